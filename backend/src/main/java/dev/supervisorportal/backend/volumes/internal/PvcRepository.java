package dev.supervisorportal.backend.volumes.internal;

import dev.supervisorportal.backend.volumes.PvcStatus;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface PvcRepository extends JpaRepository<PersistentVolumeClaim, Long> {

    List<PersistentVolumeClaim> findByNamespaceIdOrderByNameAsc(long namespaceId);

    Optional<PersistentVolumeClaim> findByNamespaceIdAndName(long namespaceId, String name);

    long countByNamespaceId(long namespaceId);

    boolean existsByNamespaceIdAndName(long namespaceId, String name);

    List<PersistentVolumeClaim> findByZoneIdAndStatusOrderById(long zoneId, PvcStatus status);

    List<PersistentVolumeClaim> findByWorkloadId(long workloadId);

    /** For a change or a delete: the row locked, so a cycle binding it meanwhile fails its version check and retries. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PersistentVolumeClaim p where p.namespaceId = :namespaceId and p.name = :name")
    Optional<PersistentVolumeClaim> findLocked(long namespaceId, String name);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PersistentVolumeClaim p where p.namespaceId = :namespaceId order by p.id")
    List<PersistentVolumeClaim> findLockedByNamespaceId(long namespaceId);
}
