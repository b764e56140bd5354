package dev.supervisorportal.backend.quota.internal;

import jakarta.persistence.LockModeType;
import dev.supervisorportal.backend.quota.ZoneQuotaTotal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Lock;

import java.util.Collection;
import java.util.List;

public interface ZoneQuotaRepository extends JpaRepository<ZoneQuota, Long> {

    List<ZoneQuota> findByNamespaceId(long namespaceId);

    String TOTALS = """
            select new dev.supervisorportal.backend.quota.ZoneQuotaTotal(q.zoneId, sum(q.cpuLimitMhz),
                   sum(q.memoryLimitMib), sum(q.storageLimitGib), sum(q.cpuUsedMhz), sum(q.memoryUsedMib),
                   sum(q.storageUsedGib))
            from ZoneQuota q""";

    @Query(TOTALS + " group by q.zoneId")
    List<ZoneQuotaTotal> totalsByZone();

    @Query(TOTALS + " where q.namespaceId in :namespaceIds group by q.zoneId")
    List<ZoneQuotaTotal> totalsByZone(@Param("namespaceIds") Collection<Long> namespaceIds);

    /** The namespace's ledger rows, locked until the transaction ends; always in one order, so lockers never deadlock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<ZoneQuota> findForUpdateByNamespaceIdOrderByZoneIdAsc(long namespaceId);
}
