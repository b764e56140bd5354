package dev.supervisorportal.backend.workloads.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface TkgClusterRepository extends JpaRepository<TkgCluster, Long> {

    List<TkgCluster> findByNamespaceIdOrderByNameAsc(long namespaceId);

    Optional<TkgCluster> findByNamespaceIdAndName(long namespaceId, String name);

    boolean existsByNamespaceIdAndName(long namespaceId, String name);
}
