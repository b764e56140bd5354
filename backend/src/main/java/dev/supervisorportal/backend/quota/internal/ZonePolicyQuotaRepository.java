package dev.supervisorportal.backend.quota.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import java.util.List;

public interface ZonePolicyQuotaRepository extends JpaRepository<ZonePolicyQuota, Long> {

    List<ZonePolicyQuota> findByNamespaceId(long namespaceId);

    /** The namespace's rows of one policy, locked; callers lock the namespace's overall ledger rows first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<ZonePolicyQuota> findForUpdateByNamespaceIdAndStoragePolicyOrderByZoneIdAsc(long namespaceId,
                                                                                     String storagePolicy);

    /** Every policy row of the namespace, locked; callers lock the namespace's overall ledger rows first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<ZonePolicyQuota> findForUpdateByNamespaceIdOrderByZoneIdAscStoragePolicyAsc(long namespaceId);
}
