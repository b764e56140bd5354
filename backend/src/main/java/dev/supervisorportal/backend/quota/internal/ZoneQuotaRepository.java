package dev.supervisorportal.backend.quota.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ZoneQuotaRepository extends JpaRepository<ZoneQuota, Long> {

    List<ZoneQuota> findByNamespaceId(long namespaceId);
}
