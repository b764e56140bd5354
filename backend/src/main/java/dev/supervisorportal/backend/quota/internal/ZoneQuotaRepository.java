package dev.supervisorportal.backend.quota.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import java.util.List;

public interface ZoneQuotaRepository extends JpaRepository<ZoneQuota, Long> {

    List<ZoneQuota> findByNamespaceId(long namespaceId);

    /** The namespace's ledger rows, locked until the transaction ends; always in one order, so lockers never deadlock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<ZoneQuota> findForUpdateByNamespaceIdOrderByZoneIdAsc(long namespaceId);
}
