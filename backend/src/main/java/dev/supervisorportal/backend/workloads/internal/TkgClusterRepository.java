package dev.supervisorportal.backend.workloads.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface TkgClusterRepository extends JpaRepository<TkgCluster, Long> {

    List<TkgCluster> findByNamespaceIdOrderByNameAsc(long namespaceId);

    Optional<TkgCluster> findByNamespaceIdAndName(long namespaceId, String name);

    boolean existsByNamespaceIdAndName(long namespaceId, String name);

    /** The rolling clusters with a node in the zone, by id. */
    @Query("""
            select c.id from TkgCluster c where c.rolling = true
            and exists (select w.id from Workload w where w.clusterId = c.id and w.zoneId = :zoneId)
            order by c.id""")
    List<Long> findRollingWithNodeIn(long zoneId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from TkgCluster c where c.id = :id")
    Optional<TkgCluster> findLockedById(long id);

    long countByNamespaceId(long namespaceId);

    /** Deletes a namespace's TKG clusters (their node pools go with them, by the database's cascade). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from TkgCluster c where c.namespaceId = :namespaceId")
    void deleteByNamespaceId(long namespaceId);
}
