package dev.supervisorportal.backend.reconcile.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ReconcileRunRepository extends JpaRepository<ReconcileRun, Long> {

    @Query("select max(r.id) from ReconcileRun r")
    Optional<Long> newestId();

    /** Each zone's latest recorded run (two at one instant are both returned). */
    @Query("""
            select r from ReconcileRun r
            where r.startedAt = (select max(l.startedAt) from ReconcileRun l where l.zoneName = r.zoneName)""")
    List<ReconcileRun> findLatestPerZone();

    /** Drops a zone's runs older than {@code before}, keeping the history short. */
    @Modifying
    @Query("delete from ReconcileRun r where r.zoneName = :zone and r.startedAt < :before")
    int deleteOlderThan(@Param("zone") String zone, @Param("before") Instant before);
}
