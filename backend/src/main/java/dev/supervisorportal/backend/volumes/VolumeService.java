package dev.supervisorportal.backend.volumes;

import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogKind;
import dev.supervisorportal.backend.catalog.CatalogService;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.Dns1123;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.common.StaleVersionException;
import dev.supervisorportal.backend.inventory.DatastoreService;
import dev.supervisorportal.backend.inventory.DatastoreView;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.inventory.ZoneChanged;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.namespaces.CatalogGrantKind;
import dev.supervisorportal.backend.namespaces.CountLimits;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.ObjectKind;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaLedger;
import dev.supervisorportal.backend.quota.ZoneFit;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.backend.volumes.internal.PersistentVolumeClaim;
import dev.supervisorportal.backend.volumes.internal.PvcRepository;
import dev.supervisorportal.backend.workloads.WorkloadKind;
import dev.supervisorportal.backend.workloads.WorkloadRef;
import dev.supervisorportal.backend.workloads.ZoneWorkloads;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Persistent volume claims: created in a zone with their storage reserved in the namespace's share there (overall and
 * of their storage policy), bound to a datastore of that zone by the zone's reconcile cycle ({@link
 * VolumeProvisioning}), attached to a VM or vSphere Pod of the same zone, grown (never shrunk) and deleted, which gives
 * the storage back.
 */
@PreAuthorize("isAuthenticated()")
@Service
@Transactional
public class VolumeService {

    private final NamespaceService namespaces;
    private final QuotaLedger quotaLedger;
    private final CatalogService catalog;
    private final InventoryService inventory;
    private final DatastoreService datastores;
    private final ZoneWorkloads workloads;
    private final PvcRepository pvcs;
    private final UserAccounts users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CountLimits countLimits;

    VolumeService(NamespaceService namespaces, QuotaLedger quotaLedger, CatalogService catalog,
                  InventoryService inventory, DatastoreService datastores, ZoneWorkloads workloads, PvcRepository pvcs,
                  UserAccounts users, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                  CountLimits countLimits) {
        this.countLimits = countLimits;
        this.namespaces = namespaces;
        this.quotaLedger = quotaLedger;
        this.catalog = catalog;
        this.inventory = inventory;
        this.datastores = datastores;
        this.workloads = workloads;
        this.pvcs = pvcs;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PvcView> claims(String namespaceName) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.SEE, Msg.of("volumes.to-see"));
        return views(pvcs.findByNamespaceIdOrderByNameAsc(namespace.id()), namespace.name());
    }

    @Transactional(readOnly = true)
    public PvcView claim(String namespaceName, String name) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.SEE, Msg.of("volumes.to-see"));
        return view(pvcs.findByNamespaceIdAndName(namespace.id(), name)
                .orElseThrow(() -> notFound(namespace, name)), namespace.name());
    }

    public PvcView create(String namespaceName, CreatePvcCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS,
                Msg.of("volumes.to-create"));
        Admission admitted = admit(namespace, command);
        String zone = reserve(namespace, admitted.storagePolicy(), counted(namespace, admitted::plan)).keySet()
                .iterator().next();
        PersistentVolumeClaim claim = pvcs.save(new PersistentVolumeClaim(namespace.id(), command.name(),
                admitted.facts().zone(zone).map(ZoneRef::id).orElseThrow(), admitted.storagePolicy(),
                command.storageGib(), VolumeRules.accessMode(command.accessMode()), users.current().username(),
                Instant.now(clock)));
        audit.record("PVC_CREATED", "pvc", label(namespace, claim.getName()), "ADMITTED",
                Msg.of("audit.pvc-created", admitted.storagePolicy(), command.storageGib(), zone));
        events.publishEvent(new ZoneChanged(zone));
        return view(claim, namespace.name());
    }

    /** What {@link #create} would meet, by the same checks, nothing written; a shortfall is part of the answer. */
    @Transactional(readOnly = true)
    public VolumeWhatIf previewCreate(String namespaceName, CreatePvcCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS,
                Msg.of("volumes.to-create"));
        Admission admitted = admit(namespace, command);
        ZoneFit quota = quotaLedger.check(namespace.id(), admitted.storagePolicy(), counted(namespace, admitted::plan))
                .getFirst();
        return whatIf(quota, VolumePlanner.noRoomFor(quota.zone(), datastores.datastoresIn(quota.zone()),
                command.storageGib()).orElse(null));
    }

    /**
     * Grows the claim, attaches or detaches it, at the version the caller saw. A grow is admitted against the
     * difference in the claim's zone (overall and policy share) and, once bound, must fit its datastore.
     */
    public PvcView update(String namespaceName, String name, UpdatePvcCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS,
                Msg.of("volumes.to-change"));
        PersistentVolumeClaim claim = locked(namespace, name);
        StaleVersionException.check(command.version(), claim.getVersion(), label(namespace, name),
                describe(claim, zoneNames()));
        String zone = zoneNames().get(claim.getZoneId());
        if (command.storageGib() != null && command.storageGib() != claim.getStorageGib()) {
            grow(namespace, claim, zone, command.storageGib());
        }
        if (command.detach()) {
            detach(namespace, claim);
        } else if (command.attachTo() != null) {
            attach(namespace, claim, zone, command.attachTo());
        }
        events.publishEvent(new ZoneChanged(zone));
        return view(pvcs.saveAndFlush(claim), namespace.name());
    }

    /** What growing the claim to {@code storageGib} would meet, nothing written; see {@link #previewCreate}. */
    @Transactional(readOnly = true)
    public VolumeWhatIf previewGrow(String namespaceName, String name, Long storageGib) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS,
                Msg.of("volumes.to-change"));
        PersistentVolumeClaim claim = pvcs.findByNamespaceIdAndName(namespace.id(), name)
                .orElseThrow(() -> notFound(namespace, name));
        long extra = checkedGrowth(namespace, claim, storageGib);
        String zone = zoneNames().get(claim.getZoneId());
        ZoneFit quota = quotaLedger.check(namespace.id(), claim.getStoragePolicy(),
                shares -> Map.of(zone, storage(extra))).getFirst();
        Msg noRoom = claim.getDatastoreId() == null ? null : datastores.datastoresIn(zone).stream()
                .filter(datastore -> datastore.id() == claim.getDatastoreId()).findFirst()
                .flatMap(datastore -> VolumePlanner.noRoomToGrow(datastore, extra)).orElse(null);
        return whatIf(quota, noRoom);
    }

    /** Deletes a claim that is attached to nothing; its storage goes back to the quota and its datastore. */
    public void delete(String namespaceName, String name) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS,
                Msg.of("volumes.to-delete"));
        PersistentVolumeClaim claim = locked(namespace, name);
        if (claim.getWorkloadId() != null) {
            WorkloadRef workload = workloads.refs(List.of(claim.getWorkloadId())).get(claim.getWorkloadId());
            throw new ConflictException("attachedTo", Msg.of("volumes.pvc.in-use", label(namespace, name),
                    workload.kind().name(), workload.name()));
        }
        String zone = zoneNames().get(claim.getZoneId());
        release(namespace, zone, claim.getStoragePolicy(), claim.getStorageGib());
        if (claim.getDatastoreId() != null) {
            datastores.provision(claim.getDatastoreId(), -claim.getStorageGib());
        }
        pvcs.delete(claim);
        audit.record("PVC_DELETED", "pvc", label(namespace, name), "DELETED",
                Msg.of("audit.pvc-deleted", claim.getStorageGib(), zone));
        events.publishEvent(new ZoneChanged(zone));
    }

    private void grow(NamespaceRef namespace, PersistentVolumeClaim claim, String zone, long storageGib) {
        long extra = checkedGrowth(namespace, claim, storageGib);
        reserve(namespace, claim.getStoragePolicy(), shares -> Map.of(zone, storage(extra)));
        if (claim.getDatastoreId() != null) {
            DatastoreView datastore = datastores.lock(claim.getDatastoreId());
            VolumePlanner.noRoomToGrow(datastore, extra).ifPresent(message -> {
                throw new ConflictException("storageGib", message);
            });
            datastores.provision(datastore.id(), extra);
        }
        audit.record("PVC_GROWN", "pvc", label(namespace, claim.getName()), "GROWN",
                Msg.of("audit.pvc-grown", claim.getStorageGib(), storageGib, zone));
        claim.grow(storageGib);
    }

    private long checkedGrowth(NamespaceRef namespace, PersistentVolumeClaim claim, Long storageGib) {
        if (storageGib == null) {
            throw new InvalidInputException("storageGib", Msg.of("volumes.pvc.size-missing"));
        }
        VolumeRules.growProblem(label(namespace, claim.getName()), claim.getStorageGib(), storageGib)
                .ifPresent(message -> {
                    throw new InvalidInputException("storageGib", message);
                });
        return storageGib - claim.getStorageGib();
    }

    private void attach(NamespaceRef namespace, PersistentVolumeClaim claim, String zone, AttachTarget target) {
        WorkloadKind kind = attachableKind(target);
        if (target.name() == null || target.name().isBlank()) {
            throw new InvalidInputException("attachedTo.name", Msg.of("volumes.pvc.attach-name-missing"));
        }
        Dns1123.labelProblem(target.name().strip()).ifPresent(message -> {
            throw new InvalidInputException("attachedTo.name", message);
        });
        WorkloadRef workload = workloads.lockForAttach(namespace.id(), kind, target.name().strip())
                .orElseThrow(() -> new NotFoundException(Msg.of("volumes.pvc.attach-target-not-found",
                        namespace.name(), kind.name(), target.name().strip())));
        if (Objects.equals(claim.getWorkloadId(), workload.id())) {
            return;
        }
        if (claim.getWorkloadId() != null) {
            WorkloadRef current = workloads.refs(List.of(claim.getWorkloadId())).get(claim.getWorkloadId());
            throw new ConflictException("attachedTo", Msg.of("volumes.pvc.attached-elsewhere",
                    label(namespace, claim.getName()), current.kind().name(), current.name()));
        }
        if (workload.zoneId() != claim.getZoneId()) {
            throw new ConflictException("attachedTo", Msg.of("volumes.pvc.attach-other-zone",
                    label(namespace, claim.getName()), zone, kind.name(), workload.name(),
                    zoneNames().get(workload.zoneId())));
        }
        claim.attachTo(workload.id());
        audit.record("PVC_ATTACHED", "pvc", label(namespace, claim.getName()), "ATTACHED",
                Msg.of("audit.pvc-attached", kind.name(), workload.name()));
    }

    private void detach(NamespaceRef namespace, PersistentVolumeClaim claim) {
        if (claim.getWorkloadId() == null) {
            throw new ConflictException("attachedTo", Msg.of("volumes.pvc.not-attached",
                    label(namespace, claim.getName())));
        }
        WorkloadRef current = workloads.refs(List.of(claim.getWorkloadId())).get(claim.getWorkloadId());
        claim.attachTo(null);
        audit.record("PVC_DETACHED", "pvc", label(namespace, claim.getName()), "DETACHED",
                Msg.of("audit.pvc-detached", current.kind().name(), current.name()));
    }

    private static WorkloadKind attachableKind(AttachTarget target) {
        String kind = target.kind() == null ? "" : target.kind().strip();
        return switch (kind) {
            case "VM" -> WorkloadKind.VM;
            case "POD" -> WorkloadKind.POD;
            case "TKG_NODE" -> throw new InvalidInputException("attachedTo.kind",
                    Msg.of("volumes.pvc.attach-tkg-node"));
            default -> throw new InvalidInputException("attachedTo.kind", Msg.of("volumes.pvc.attach-kind-unknown",
                    kind.length() > 40 ? kind.substring(0, 40) + "…" : kind));
        };
    }

    /** The plan, refused first when the namespace holds as many claims as its count limit allows. */
    private Function<List<ZoneShare>, Map<String, Limits>> counted(NamespaceRef namespace,
                                                                  Function<List<ZoneShare>, Map<String, Limits>> plan) {
        return shares -> {
            countLimits.check(namespace, ObjectKind.PVC, pvcs.countByNamespaceId(namespace.id()));
            return plan.apply(shares);
        };
    }

    /** Every reservation of this service: the claim's storage in its zone, overall and in its policy's share. */
    private Map<String, Limits> reserve(NamespaceRef namespace, String storagePolicy,
                                        Function<List<ZoneShare>, Map<String, Limits>> plan) {
        return quotaLedger.reserve(namespace.id(), storagePolicy, plan);
    }

    /** Every release of this service: what {@link #reserve} took. */
    private void release(NamespaceRef namespace, String zone, String storagePolicy, long storageGib) {
        quotaLedger.release(namespace.id(), zone, storagePolicy, storage(storageGib));
    }

    private Admission admit(NamespaceRef namespace, CreatePvcCommand command) {
        List<FieldProblem> problems = VolumeRules.problems(command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String policy = command.storagePolicy().strip();
        if (!catalog.exists(CatalogKind.STORAGE_POLICY, policy)) {
            throw new InvalidInputException("storagePolicy", Msg.of("volumes.pvc.storage-policy-unknown", policy,
                    catalog.items(CatalogKind.STORAGE_POLICY).stream().map(CatalogItemView::name)
                            .collect(Collectors.joining(", "))));
        }
        namespaces.requireAllowed(namespace, CatalogGrantKind.STORAGE_POLICY, policy, "storagePolicy");
        SupervisorFacts facts = inventory.facts();
        String askedZone = command.zone() == null || command.zone().isBlank() ? null : command.zone().strip();
        if (askedZone != null && facts.zone(askedZone).isEmpty()) {
            throw new InvalidInputException("zone", Msg.of("volumes.pvc.zone-unknown", askedZone,
                    String.join(", ", facts.zoneNames())));
        }
        if (pvcs.existsByNamespaceIdAndName(namespace.id(), command.name())) {
            throw new ConflictException("name", Msg.of("volumes.pvc.name-taken", namespace.name(), command.name()));
        }
        return new Admission(facts, askedZone, policy, storage(command.storageGib()));
    }

    /** A checked claim; {@link #plan} is the zone choice from the namespace's current shares. */
    private record Admission(SupervisorFacts facts, String askedZone, String storagePolicy, Limits demand) {

        Map<String, Limits> plan(List<ZoneShare> shares) {
            return Map.of(askedZone != null ? askedZone : QuotaLedger.bestZone(shares, demand), demand);
        }
    }

    private static VolumeWhatIf whatIf(ZoneFit quota, Msg noRoom) {
        return new VolumeWhatIf(quota.zone(), quota, noRoom == null,
                noRoom == null ? Msg.of("volumes.what-if.datastore-room", quota.zone()) : noRoom);
    }

    private static Limits storage(long gib) {
        return new Limits(0, 0, gib);
    }

    private PersistentVolumeClaim locked(NamespaceRef namespace, String name) {
        return pvcs.findLocked(namespace.id(), name).orElseThrow(() -> notFound(namespace, name));
    }

    private static NotFoundException notFound(NamespaceRef namespace, String name) {
        return new NotFoundException(Msg.of("volumes.pvc.not-found", namespace.name(), name));
    }

    private static String label(NamespaceRef namespace, String name) {
        return namespace.name() + "/" + name;
    }

    private Msg describe(PersistentVolumeClaim claim, Map<Long, String> zoneNames) {
        return Msg.of("volumes.pvc.now", claim.getStorageGib(), claim.getStatus().name(),
                zoneNames.get(claim.getZoneId()), claim.getWorkloadId() == null ? Msg.of("volumes.pvc.now-detached")
                        : attachedText(workloads.refs(List.of(claim.getWorkloadId())).get(claim.getWorkloadId())));
    }

    private static Msg attachedText(WorkloadRef workload) {
        return Msg.of("volumes.pvc.now-attached", workload.kind().name(), workload.name());
    }

    private Map<Long, String> zoneNames() {
        return inventory.zoneRefs().stream().collect(Collectors.toMap(ZoneRef::id, ZoneRef::name));
    }

    private PvcView view(PersistentVolumeClaim claim, String namespace) {
        return views(List.of(claim), namespace).getFirst();
    }

    private List<PvcView> views(List<PersistentVolumeClaim> claims, String namespace) {
        Map<Long, String> zoneNames = zoneNames();
        Map<Long, String> datastoreNames = datastores.datastores().stream()
                .collect(Collectors.toMap(DatastoreView::id, DatastoreView::name));
        Map<Long, WorkloadRef> attached = workloads.refs(claims.stream().map(PersistentVolumeClaim::getWorkloadId)
                .filter(Objects::nonNull).toList());
        return claims.stream().map(claim -> new PvcView(claim.getName(), namespace, zoneNames.get(claim.getZoneId()),
                claim.getStoragePolicy(), claim.getStorageGib(), claim.getAccessMode(), claim.getStatus(),
                claim.getStatusReason(), claim.getDatastoreId() == null ? null
                        : datastoreNames.get(claim.getDatastoreId()),
                claim.getWorkloadId() == null ? null : new AttachTarget(attached.get(claim.getWorkloadId()).kind()
                        .name(), attached.get(claim.getWorkloadId()).name()),
                claim.getCreatedBy(), claim.getCreatedAt(), claim.getVersion())).toList();
    }
}
