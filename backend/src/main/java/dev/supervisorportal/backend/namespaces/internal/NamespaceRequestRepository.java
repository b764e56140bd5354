package dev.supervisorportal.backend.namespaces.internal;

import dev.supervisorportal.backend.namespaces.RequestStatus;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface NamespaceRequestRepository extends JpaRepository<NamespaceRequest, Long> {

    boolean existsByNamespaceNameAndStatus(String namespaceName, RequestStatus status);

    List<NamespaceRequest> findByStatusOrderBySubmittedAtAsc(RequestStatus status);

    List<NamespaceRequest> findByRequestedByOrderBySubmittedAtDesc(String requestedBy);

    long countByStatus(RequestStatus status);

    long countByRequestedByAndStatus(String requestedBy, RequestStatus status);
}
