package dev.supervisorportal.backend.workloads.internal;

import dev.supervisorportal.backend.workloads.WorkloadKind;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface WorkloadRepository extends JpaRepository<Workload, Long> {

    List<Workload> findByNamespaceIdAndKindOrderByNameAsc(long namespaceId, WorkloadKind kind);

    Optional<Workload> findByNamespaceIdAndKindAndName(long namespaceId, WorkloadKind kind, String name);

    boolean existsByNamespaceIdAndKindAndName(long namespaceId, WorkloadKind kind, String name);

    List<Workload> findByClusterIdOrderByNameAsc(long clusterId);

    List<Workload> findByClusterIdInOrderByNameAsc(List<Long> clusterIds);
}
