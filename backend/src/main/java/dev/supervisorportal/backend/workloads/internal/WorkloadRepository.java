package dev.supervisorportal.backend.workloads.internal;

import dev.supervisorportal.backend.workloads.WorkloadKind;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.WorkloadTotal;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface WorkloadRepository extends JpaRepository<Workload, Long> {

    List<Workload> findByNamespaceIdAndKindOrderByNameAsc(long namespaceId, WorkloadKind kind);

    Optional<Workload> findByNamespaceIdAndKindAndName(long namespaceId, WorkloadKind kind, String name);

    boolean existsByNamespaceIdAndKindAndName(long namespaceId, WorkloadKind kind, String name);

    List<Workload> findByClusterIdInOrderByNameAsc(List<Long> clusterIds);

    List<Workload> findByZoneIdAndStatusInOrderById(long zoneId, List<WorkloadStatus> statuses);

    List<Workload> findByStatusInOrderByName(List<WorkloadStatus> statuses);

    List<Workload> findByKindOrderByName(WorkloadKind kind);

    boolean existsByClusterIdAndStatusNot(long clusterId, WorkloadStatus status);

    String TOTALS = """
            select new dev.supervisorportal.backend.workloads.WorkloadTotal(w.zoneId, w.status, count(w),
                   sum(w.cpuMhz), sum(w.memoryMib), sum(w.storageGib))
            from Workload w""";

    @Query(TOTALS + " group by w.zoneId, w.status")
    List<WorkloadTotal> totalsByZoneAndStatus();

    @Query(TOTALS + " where w.namespaceId in :namespaceIds group by w.zoneId, w.status")
    List<WorkloadTotal> totalsByZoneAndStatus(@Param("namespaceIds") Collection<Long> namespaceIds);

    /** For a delete: locks the row, so a reconcile cycle writing it meanwhile fails its version check and retries. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from Workload w where w.namespaceId = :namespaceId and w.kind = :kind and w.name = :name")
    Optional<Workload> findLocked(long namespaceId, WorkloadKind kind, String name);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from Workload w where w.clusterId = :clusterId order by w.id")
    List<Workload> findLockedByClusterId(long clusterId);

    long countByNamespaceIdAndKind(long namespaceId, WorkloadKind kind);

    long countByHostId(long hostId);

    /** A namespace's workloads, locked, for its deletion: a reconcile cycle writing one meanwhile fails and retries. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from Workload w where w.namespaceId = :namespaceId order by w.id")
    List<Workload> findLockedByNamespaceId(long namespaceId);

    /** Deletes a namespace's workloads (their pod containers go with them, by the database's cascade). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Workload w where w.namespaceId = :namespaceId")
    void deleteByNamespaceId(long namespaceId);
}
