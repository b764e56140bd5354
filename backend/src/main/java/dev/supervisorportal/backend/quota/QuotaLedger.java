package dev.supervisorportal.backend.quota;

import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.quota.internal.ZoneQuota;
import dev.supervisorportal.backend.quota.internal.ZoneQuotaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The per-zone quota ledger of every namespace: limit share and use. */
@Service
public class QuotaLedger {

    private final ZoneQuotaRepository quotas;
    private final InventoryService inventory;

    QuotaLedger(ZoneQuotaRepository quotas, InventoryService inventory) {
        this.quotas = quotas;
        this.inventory = inventory;
    }

    /** Opens a new namespace's ledger: its limits split over all zones, nothing used. Part of the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ZoneShare> open(long namespaceId, Limits limits) {
        List<ZoneRef> zones = inventory.zoneRefs();
        Map<String, Limits> shares = QuotaSplit.split(limits, zones.stream().map(ZoneRef::name).toList());
        zones.forEach(zone -> quotas.save(new ZoneQuota(namespaceId, zone.id(), shares.get(zone.name()))));
        return shares(namespaceId);
    }

    /** The namespace's share and use per zone, in zone-name order. */
    @Transactional(readOnly = true)
    public List<ZoneShare> shares(long namespaceId) {
        Map<Long, String> zoneNames = inventory.zoneRefs().stream()
                .collect(Collectors.toMap(ZoneRef::id, ZoneRef::name));
        return quotas.findByNamespaceId(namespaceId).stream()
                .map(quota -> quota.toShare(zoneNames.get(quota.getZoneId())))
                .sorted(Comparator.comparing(ZoneShare::zone))
                .toList();
    }
}
