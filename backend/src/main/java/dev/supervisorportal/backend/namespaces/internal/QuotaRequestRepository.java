package dev.supervisorportal.backend.namespaces.internal;

import dev.supervisorportal.backend.namespaces.RequestStatus;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface QuotaRequestRepository extends JpaRepository<QuotaRequest, Long> {

    List<QuotaRequest> findByStatusOrderBySubmittedAtAsc(RequestStatus status);

    List<QuotaRequest> findByNamespaceIdOrderBySubmittedAtDesc(long namespaceId);

    boolean existsByNamespaceIdAndStatus(long namespaceId, RequestStatus status);

    long countByStatus(RequestStatus status);

    long countByRequestedByAndStatus(String requestedBy, RequestStatus status);

    /** For a namespace's deletion. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query("delete from QuotaRequest x where x.namespaceId = :namespaceId")
    void deleteByNamespaceId(@org.springframework.data.repository.query.Param("namespaceId") long namespaceId);
}
