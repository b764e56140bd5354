package dev.supervisorportal.backend.quota;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.common.SystemOnly;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.quota.internal.ZonePolicyQuota;
import dev.supervisorportal.backend.quota.internal.ZonePolicyQuotaRepository;
import dev.supervisorportal.backend.quota.internal.ZoneQuota;
import dev.supervisorportal.backend.quota.internal.ZoneQuotaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The per-zone quota ledger of every namespace: limit share and use. Its callers are the namespace and workload
 * services, which check the user's rights before they touch a namespace's ledger.
 */
@SystemOnly
@Service
public class QuotaLedger {

    private final ZoneQuotaRepository quotas;
    private final ZonePolicyQuotaRepository policyQuotas;
    private final InventoryService inventory;

    QuotaLedger(ZoneQuotaRepository quotas, ZonePolicyQuotaRepository policyQuotas, InventoryService inventory) {
        this.quotas = quotas;
        this.policyQuotas = policyQuotas;
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

    /**
     * Reserves each zone's demand in the namespace's ledger, all or nothing, in the caller's transaction. The
     * namespace's ledger rows are locked first and stay locked until the transaction ends, so parallel admissions
     * into one namespace queue up here instead of overbooking a zone; {@code plan} decides the demand per zone from
     * the locked, current shares (see {@link #bestZone}).
     *
     * @return the demand reserved per zone
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Limits> reserve(long namespaceId, Function<List<ZoneShare>, Map<String, Limits>> plan) {
        return reserve(namespaceId, null, plan);
    }

    /**
     * {@link #reserve(long, Function)} for a demand whose storage is of one storage policy (a VM's or TKG node's disk,
     * a volume): the storage is charged against that policy's share in each zone as well, after the overall share.
     * A policy without a limit of its own is bounded by the overall share only. {@code storagePolicy} null: no policy.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Limits> reserve(long namespaceId, String storagePolicy,
                                       Function<List<ZoneShare>, Map<String, Limits>> plan) {
        Map<String, ZoneQuota> ledger = lockedLedger(namespaceId);
        if (ledger.isEmpty()) {
            // The namespace was deleted while this admission waited for its ledger.
            throw new NotFoundException(Msg.of("quota.ledger-closed"));
        }
        Map<String, ZonePolicyQuota> policyLedger = lockedPolicyLedger(namespaceId, storagePolicy);
        List<ZoneShare> shares = ledger.entrySet().stream()
                .map(entry -> entry.getValue().toShare(entry.getKey())).toList();
        Map<String, Limits> demandByZone = plan.apply(shares);
        demandByZone.forEach((zone, demand) -> {
            ZoneQuota quota = ledger.get(zone);
            if (quota == null) {
                throw new IllegalArgumentException("The Supervisor has no zone named " + zone + ".");
            }
            quota.toShare(zone).shortfall(demand).ifPresent(message -> {
                throw new QuotaExceededException(message);
            });
        });
        if (storagePolicy != null) {
            demandByZone.forEach((zone, demand) -> policyShare(policyLedger, zone, storagePolicy)
                    .shortfall(demand.storageGib()).ifPresent(shortfall -> {
                        throw new QuotaExceededException(shortfall.reason());
                    }));
        }
        demandByZone.forEach((zone, demand) -> ledger.get(zone).use(demand));
        if (storagePolicy != null) {
            Map<String, Long> zoneIds = zoneIds();
            demandByZone.forEach((zone, demand) -> policyLedger.computeIfAbsent(zone, name ->
                    policyQuotas.save(new ZonePolicyQuota(namespaceId, zoneIds.get(name), storagePolicy)))
                    .use(demand.storageGib()));
        }
        return demandByZone;
    }

    /**
     * What {@link #reserve} would find, without locking or writing anything: how the demand {@code plan} decides
     * from the current shares fits each zone's share, in zone-name order. For a what-if before creating.
     */
    @Transactional(readOnly = true)
    public List<ZoneFit> check(long namespaceId, Function<List<ZoneShare>, Map<String, Limits>> plan) {
        return check(namespaceId, null, plan);
    }

    /** {@link #check(long, Function)} with the storage policy's shares too, as {@link #reserve(long, String, Function)}. */
    @Transactional(readOnly = true)
    public List<ZoneFit> check(long namespaceId, String storagePolicy,
                               Function<List<ZoneShare>, Map<String, Limits>> plan) {
        List<ZoneShare> shares = shares(namespaceId);
        Map<String, PolicyShare> policyShares = policyShares(namespaceId).stream()
                .filter(share -> share.storagePolicy().equals(storagePolicy))
                .collect(Collectors.toMap(PolicyShare::zone, share -> share));
        Map<String, ZoneShare> byZone = shares.stream().collect(Collectors.toMap(ZoneShare::zone, share -> share));
        return new java.util.TreeMap<>(plan.apply(shares)).entrySet().stream().map(entry -> {
            ZoneShare share = byZone.get(entry.getKey());
            if (share == null) {
                throw new IllegalArgumentException("The Supervisor has no zone named " + entry.getKey() + ".");
            }
            ZoneFit fit = share.fit(entry.getValue());
            PolicyShare policyShare = policyShares.get(entry.getKey());
            if (policyShare == null) {
                return fit;
            }
            List<ZoneFit.Shortfall> shortfalls = new java.util.ArrayList<>(fit.shortfalls());
            policyShare.shortfall(entry.getValue().storageGib()).ifPresent(shortfalls::add);
            return new ZoneFit(fit.zone(), fit.demand(), fit.limit(), fit.free(), shortfalls);
        }).toList();
    }

    /**
     * The zone a workload goes to when none is asked: the one with the most free share of the resource the
     * workload needs most of (relative to the namespace's limits); ties go to the zone whose name sorts first.
     */
    public static String bestZone(List<ZoneShare> shares, Limits demand) {
        Limits total = shares.stream().map(ZoneShare::limit).reduce(Limits.NONE, Limits::plus);
        Resource scarcest = Resource.scarcestFor(demand, total);
        return shares.stream()
                .max(Comparator.comparingLong((ZoneShare share) -> scarcest.of(share.free()))
                        .thenComparing(ZoneShare::zone, Comparator.reverseOrder()))
                .map(ZoneShare::zone)
                .orElseThrow(() -> new IllegalStateException("The namespace has no quota ledger."));
    }

    /** Gives a deleted workload's demand back to its zone's share. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(long namespaceId, String zone, Limits demand) {
        release(namespaceId, zone, null, demand);
    }

    /** Gives a deleted workload's or volume's demand back, its storage to its storage policy's share too. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(long namespaceId, String zone, String storagePolicy, Limits demand) {
        ZoneQuota quota = lockedLedger(namespaceId).get(zone);
        quota.use(new Limits(-demand.cpuMhz(), -demand.memoryMib(), -demand.storageGib()));
        if (storagePolicy != null) {
            ZonePolicyQuota policyQuota = lockedPolicyLedger(namespaceId, storagePolicy).get(zone);
            if (policyQuota == null) {
                throw new IllegalStateException("Nothing of storage policy " + storagePolicy + " is reserved in "
                        + zone + ".");
            }
            policyQuota.use(-demand.storageGib());
        }
    }

    /**
     * Sets the namespace's storage limits per storage policy, each split over the zones by the usual rule; a policy
     * left out has no limit of its own from now on. Refused when a zone's new share of a policy would fall below what
     * that policy uses there. Locks the namespace's ledger first, as {@link #reserve} does.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PolicyShare> setPolicyLimits(long namespaceId, Map<String, Long> limitsGib) {
        lockedLedger(namespaceId);
        List<ZoneRef> zones = inventory.zoneRefs();
        List<String> zoneNames = zones.stream().map(ZoneRef::name).toList();
        Map<String, Long> zoneIds = zoneIds();
        Map<Long, String> namesById = zones.stream().collect(Collectors.toMap(ZoneRef::id, ZoneRef::name));
        Map<String, ZonePolicyQuota> rows = new java.util.HashMap<>();
        policyQuotas.findForUpdateByNamespaceIdOrderByZoneIdAscStoragePolicyAsc(namespaceId)
                .forEach(row -> rows.put(namesById.get(row.getZoneId()) + "/" + row.getStoragePolicy(), row));
        new java.util.TreeMap<>(limitsGib).forEach((policy, limit) -> QuotaSplit.split(limit, zoneNames)
                .forEach((zone, share) -> {
                    ZonePolicyQuota row = rows.computeIfAbsent(zone + "/" + policy, key -> policyQuotas.save(
                            new ZonePolicyQuota(namespaceId, zoneIds.get(zone), policy)));
                    row.toShare(zone).belowUse(share).ifPresent(message -> {
                        throw new QuotaExceededException(message);
                    });
                    row.setLimitGib(share);
                }));
        rows.values().stream().filter(row -> !limitsGib.containsKey(row.getStoragePolicy()))
                .forEach(row -> row.setLimitGib(null));
        return policyShares(namespaceId);
    }

    /** The namespace's share and use of each storage policy per zone, by policy and zone name. */
    @Transactional(readOnly = true)
    public List<PolicyShare> policyShares(long namespaceId) {
        Map<Long, String> zoneNames = inventory.zoneRefs().stream()
                .collect(Collectors.toMap(ZoneRef::id, ZoneRef::name));
        return policyQuotas.findByNamespaceId(namespaceId).stream()
                .map(quota -> quota.toShare(zoneNames.get(quota.getZoneId())))
                .sorted(Comparator.comparing(PolicyShare::storagePolicy).thenComparing(PolicyShare::zone))
                .toList();
    }

    /** The namespace's storage limit of each policy that has one: its zones' shares added up, by policy. */
    @Transactional(readOnly = true)
    public Map<String, Long> policyLimits(long namespaceId) {
        return policyShares(namespaceId).stream().filter(PolicyShare::limited)
                .collect(Collectors.groupingBy(PolicyShare::storagePolicy, java.util.TreeMap::new,
                        Collectors.summingLong(PolicyShare::limitGib)));
    }

    private Map<String, ZonePolicyQuota> lockedPolicyLedger(long namespaceId, String storagePolicy) {
        Map<String, ZonePolicyQuota> ledger = new java.util.TreeMap<>();
        if (storagePolicy == null) {
            return ledger;
        }
        Map<Long, String> zoneNames = inventory.zoneRefs().stream()
                .collect(Collectors.toMap(ZoneRef::id, ZoneRef::name));
        policyQuotas.findForUpdateByNamespaceIdAndStoragePolicyOrderByZoneIdAsc(namespaceId, storagePolicy)
                .forEach(quota -> ledger.put(zoneNames.get(quota.getZoneId()), quota));
        return ledger;
    }

    private static PolicyShare policyShare(Map<String, ZonePolicyQuota> policyLedger, String zone, String policy) {
        ZonePolicyQuota row = policyLedger.get(zone);
        return row == null ? new PolicyShare(zone, policy, null, 0) : row.toShare(zone);
    }

    private Map<String, Long> zoneIds() {
        return inventory.zoneRefs().stream().collect(Collectors.toMap(ZoneRef::name, ZoneRef::id));
    }

    /**
     * Sets new limits, split over the zones by the usual rule; refused when a zone's new share would fall below
     * what is in use there.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ZoneShare> resplit(long namespaceId, Limits limits) {
        Map<String, ZoneQuota> ledger = lockedLedger(namespaceId);
        Map<String, Limits> shares = QuotaSplit.split(limits, List.copyOf(ledger.keySet()));
        shares.forEach((zone, share) -> ledger.get(zone).toShare(zone).belowUse(share).ifPresent(message -> {
            throw new QuotaExceededException(message);
        }));
        shares.forEach((zone, share) -> ledger.get(zone).setLimit(share));
        return shares(namespaceId);
    }

    /**
     * Locks the namespace's ledger rows until the transaction ends, as {@link #reserve} does: for a change that must
     * not interleave with admissions into the namespace (its limits, its deletion).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long namespaceId) {
        lockedLedger(namespaceId);
    }

    /** Closes a deleted namespace's ledger: its rows go, with whatever they held reserved. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void close(long namespaceId) {
        quotas.deleteAllInBatch(lockedLedger(namespaceId).values());
    }

    /** Why new limits would take some zone's share below its use (as {@link #resplit} would refuse); empty if not. */
    @Transactional(readOnly = true)
    public java.util.Optional<Msg> resplitProblem(long namespaceId, Limits limits) {
        List<ZoneShare> current = shares(namespaceId);
        Map<String, Limits> shares = QuotaSplit.split(limits, current.stream().map(ZoneShare::zone).toList());
        return current.stream().map(share -> share.belowUse(shares.get(share.zone())))
                .flatMap(java.util.Optional::stream).findFirst();
    }

    private Map<String, ZoneQuota> lockedLedger(long namespaceId) {
        Map<Long, String> zoneNames = inventory.zoneRefs().stream()
                .collect(Collectors.toMap(ZoneRef::id, ZoneRef::name));
        Map<String, ZoneQuota> ledger = new java.util.TreeMap<>();
        quotas.findForUpdateByNamespaceIdOrderByZoneIdAsc(namespaceId)
                .forEach(quota -> ledger.put(zoneNames.get(quota.getZoneId()), quota));
        return ledger;
    }

    /**
     * The ledger added up per zone: of every namespace when {@code namespaceIds} is {@code null}, else of those. One
     * aggregate query.
     */
    @Transactional(readOnly = true)
    public List<ZoneQuotaTotal> totalsByZone(Collection<Long> namespaceIds) {
        if (namespaceIds == null) {
            return quotas.totalsByZone();
        }
        return namespaceIds.isEmpty() ? List.of() : quotas.totalsByZone(namespaceIds);
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
