package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.inventory.ZoneChanged;
import dev.supervisorportal.backend.inventory.ZoneRef;
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
import dev.supervisorportal.backend.workloads.TkgNodePlan.PlannedNode;
import dev.supervisorportal.backend.workloads.internal.PodContainer;
import dev.supervisorportal.backend.workloads.internal.PodContainerRepository;
import dev.supervisorportal.backend.workloads.internal.TkgCluster;
import dev.supervisorportal.backend.workloads.internal.TkgClusterRepository;
import dev.supervisorportal.backend.workloads.internal.TkgNodePool;
import dev.supervisorportal.backend.workloads.internal.Workload;
import dev.supervisorportal.backend.workloads.internal.WorkloadRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creating and deleting what the Supervisor runs: VMs, TKG clusters (admitted all or nothing) and vSphere Pods.
 * Admission ({@link AdmissionChecks}) checks the request and picks the zone, the quota ledger checks the namespace's
 * share there and reserves the demand in the same transaction that records the workload; deleting gives it back.
 * {@link WorkloadViews} shows what runs.
 */
@PreAuthorize("isAuthenticated()")
@Service
@Transactional
public class WorkloadService {

    private final NamespaceService namespaces;
    private final QuotaLedger quotaLedger;
    private final AdmissionChecks admission;
    private final WorkloadViews views;
    private final InventoryService inventory;
    private final WorkloadRepository workloads;
    private final TkgClusterRepository clusters;
    private final PodContainerRepository containers;
    private final UserAccounts users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CountLimits countLimits;
    private final NamespaceWorkloads namespaceWorkloads;

    WorkloadService(NamespaceService namespaces, QuotaLedger quotaLedger, AdmissionChecks admission,
                    WorkloadViews views, InventoryService inventory, WorkloadRepository workloads,
                    TkgClusterRepository clusters, PodContainerRepository containers, UserAccounts users,
                    AuditLog audit, ApplicationEventPublisher events, Clock clock, CountLimits countLimits,
                    NamespaceWorkloads namespaceWorkloads) {
        this.countLimits = countLimits;
        this.namespaceWorkloads = namespaceWorkloads;
        this.namespaces = namespaces;
        this.quotaLedger = quotaLedger;
        this.admission = admission;
        this.views = views;
        this.inventory = inventory;
        this.workloads = workloads;
        this.clusters = clusters;
        this.containers = containers;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public WorkloadView createVm(String namespaceName, CreateVmCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS, Msg.of("workloads.to-create-vms"));
        VmAdmission admitted = admission.vm(namespace, command);
        String zone = reserve(namespace, command.storagePolicy(), counted(namespace, ObjectKind.VM, admitted::plan))
                .keySet().iterator().next();
        Workload vm = workloads.save(Workload.vm(namespace.id(), command.name(), zoneId(admitted.facts(), zone),
                admitted.demand(), admitted.vmClass().name(), command.image(), command.storagePolicy(),
                admitted.askedZone(), users.current().username(), Instant.now(clock)));
        audit.record("VM_CREATED", "vm", namespace.name() + "/" + vm.getName(), "ADMITTED",
                Msg.of("audit.vm-created", admitted.vmClass().name(), zone, admitted.demand().text()));
        events.publishEvent(new ZoneChanged(zone));
        return views.workload(vm, namespace.name());
    }

    /**
     * What {@link #createVm} would admit, by the same checks and zone choice, without writing: refused with the same
     * exceptions for bad input, a taken name or a missing permission; a quota that does not fit is part of the answer.
     */
    @Transactional(readOnly = true)
    public AdmissionPreview previewVm(String namespaceName, CreateVmCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS, Msg.of("workloads.to-create-vms"));
        VmAdmission admitted = admission.vm(namespace, command);
        List<ZoneFit> quota = quotaLedger.check(namespace.id(), command.storagePolicy(),
                counted(namespace, ObjectKind.VM, admitted::plan));
        return new AdmissionPreview(namespace.name(), List.of(new AdmissionPreview.PlannedWorkload(WorkloadKind.VM,
                command.name(), null, quota.getFirst().zone(), admitted.demand(), null)), quota);
    }

    public TkgClusterView createTkgCluster(String namespaceName, CreateTkgClusterCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS, Msg.of("workloads.to-create-tkg-clusters"));
        TkgAdmission admitted = admission.tkgCluster(namespace, command);
        SupervisorFacts facts = admitted.facts();
        List<PlannedNode> nodes = new ArrayList<>();
        Map<String, Limits> demandByZone = reserve(namespace, command.storagePolicy(),
                counted(namespace, ObjectKind.TKG_CLUSTER, shares -> admitted.plan(shares, nodes)));

        String me = users.current().username();
        Instant now = Instant.now(clock);
        TkgCluster cluster = clusters.save(new TkgCluster(namespace.id(), command.name(), command.kubernetesRelease(),
                command.controlPlaneNodes(), admitted.controlPlaneClass().name(), command.storagePolicy(),
                command.pools().stream().map(pool -> new TkgNodePool(pool.name(), pool.replicas(), pool.vmClass(),
                        pool.askedZone())).toList(), me, now));
        nodes.forEach(node -> workloads.save(Workload.tkgNode(namespace.id(), node.name(), zoneId(facts, node.zone()),
                node.demand(), cluster.getId(), node.role(), node.antiAffinity(), node.vmClass(),
                command.storagePolicy(), node.askedZone(), me, now).builtWith(command.kubernetesRelease(), node.pool())));
        audit.record("TKG_CLUSTER_CREATED", "tkg-cluster", namespace.name() + "/" + cluster.getName(), "ADMITTED",
                Msg.of("audit.tkg-cluster-created", nodes.size(), command.controlPlaneNodes(),
                        Msg.joined("audit.list", demandByZone.entrySet().stream()
                                .map(e -> Msg.of("audit.in-zone", e.getKey(), e.getValue().text())).toList())));
        demandByZone.keySet().forEach(zone -> events.publishEvent(new ZoneChanged(zone)));
        return views.cluster(cluster, namespace.name());
    }

    /** What {@link #createTkgCluster} would admit, node by node, without writing; see {@link #previewVm}. */
    @Transactional(readOnly = true)
    public AdmissionPreview previewTkgCluster(String namespaceName, CreateTkgClusterCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS, Msg.of("workloads.to-create-tkg-clusters"));
        TkgAdmission admitted = admission.tkgCluster(namespace, command);
        List<PlannedNode> nodes = new ArrayList<>();
        List<ZoneFit> quota = quotaLedger.check(namespace.id(), command.storagePolicy(),
                counted(namespace, ObjectKind.TKG_CLUSTER, shares -> admitted.plan(shares, nodes)));
        return new AdmissionPreview(namespace.name(), nodes.stream().map(node -> new AdmissionPreview.PlannedWorkload(
                WorkloadKind.TKG_NODE, node.name(), node.role(), node.zone(), node.demand(),
                ZoneWorkloads.antiAffinityKey(namespace.name(), node.antiAffinity()))).toList(), quota);
    }

    public PodView createPod(String namespaceName, CreatePodCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS, Msg.of("workloads.to-create-pods"));
        PodAdmission admitted = admission.pod(namespace, command);
        String zone = admitted.zone();
        Limits demand = admitted.demand();
        reserve(namespace, null, counted(namespace, ObjectKind.POD, admitted::plan));
        Workload pod = workloads.save(Workload.pod(namespace.id(), command.name(), zoneId(admitted.facts(), zone),
                demand, users.current().username(), Instant.now(clock)));
        command.containers().forEach(c -> containers.save(new PodContainer(pod.getId(), c.name(), c.image().strip(),
                c.cpu().strip(), c.memory().strip())));
        audit.record("POD_CREATED", "pod", namespace.name() + "/" + pod.getName(), "ADMITTED",
                Msg.of("audit.pod-created", command.containers().size(), demand.text()));
        events.publishEvent(new ZoneChanged(zone));
        return views.pod(pod, namespace.name());
    }

    /** What {@link #createPod} would admit, without writing; see {@link #previewVm}. */
    @Transactional(readOnly = true)
    public AdmissionPreview previewPod(String namespaceName, CreatePodCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS, Msg.of("workloads.to-create-pods"));
        PodAdmission admitted = admission.pod(namespace, command);
        return new AdmissionPreview(namespace.name(), List.of(new AdmissionPreview.PlannedWorkload(WorkloadKind.POD,
                command.name(), null, admitted.zone(), admitted.demand(), null)),
                quotaLedger.check(namespace.id(), counted(namespace, ObjectKind.POD, admitted::plan)));
    }

    @Transactional(readOnly = true)
    public List<WorkloadView> vms(String namespaceName) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.SEE, Msg.of("workloads.to-see-vms"));
        return views.workloads(workloads.findByNamespaceIdAndKindOrderByNameAsc(namespace.id(), WorkloadKind.VM),
                namespace.name());
    }

    @Transactional(readOnly = true)
    public WorkloadView vm(String namespaceName, String name) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.SEE, Msg.of("workloads.to-see-vms"));
        return views.workload(find(namespace, WorkloadKind.VM, name), namespace.name());
    }

    @Transactional(readOnly = true)
    public List<TkgClusterView> tkgClusters(String namespaceName) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.SEE, Msg.of("workloads.to-see-tkg-clusters"));
        return views.clusters(clusters.findByNamespaceIdOrderByNameAsc(namespace.id()), namespace.name());
    }

    @Transactional(readOnly = true)
    public TkgClusterView tkgCluster(String namespaceName, String name) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.SEE, Msg.of("workloads.to-see-tkg-clusters"));
        return views.cluster(findCluster(namespace, name), namespace.name());
    }

    @Transactional(readOnly = true)
    public List<PodView> pods(String namespaceName) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.SEE, Msg.of("workloads.to-see-pods"));
        return views.pods(workloads.findByNamespaceIdAndKindOrderByNameAsc(namespace.id(), WorkloadKind.POD),
                namespace.name());
    }

    @Transactional(readOnly = true)
    public PodView pod(String namespaceName, String name) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.SEE, Msg.of("workloads.to-see-pods"));
        return views.pod(find(namespace, WorkloadKind.POD, name), namespace.name());
    }

    public void deleteVm(String namespaceName, String name) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS, Msg.of("workloads.to-delete-vms"));
        Workload vm = findLocked(namespace, WorkloadKind.VM, name);
        release(namespace, List.of(vm));
        workloads.delete(vm);
        audit.record("VM_DELETED", "vm", namespace.name() + "/" + name, "DELETED",
                Msg.of("audit.released", vm.demand().text()));
        publishZonesOf(List.of(vm));
    }

    public void deleteTkgCluster(String namespaceName, String name) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS, Msg.of("workloads.to-delete-tkg-clusters"));
        TkgCluster cluster = findCluster(namespace, name);
        List<Workload> nodes = workloads.findLockedByClusterId(cluster.getId());
        release(namespace, nodes);
        workloads.deleteAll(nodes);
        workloads.flush();
        clusters.delete(cluster);
        audit.record("TKG_CLUSTER_DELETED", "tkg-cluster", namespace.name() + "/" + name, "DELETED",
                Msg.of("audit.tkg-cluster-deleted", nodes.size(), nodes.stream().map(Workload::demand)
                        .reduce(Limits.NONE, Limits::plus).text()));
        publishZonesOf(nodes);
    }

    public void deletePod(String namespaceName, String name) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS, Msg.of("workloads.to-delete-pods"));
        Workload pod = findLocked(namespace, WorkloadKind.POD, name);
        release(namespace, List.of(pod));
        containers.deleteByWorkloadId(pod.getId());
        workloads.delete(pod);
        audit.record("POD_DELETED", "pod", namespace.name() + "/" + name, "DELETED",
                Msg.of("audit.released", pod.demand().text()));
        publishZonesOf(List.of(pod));
    }

    /**
     * The admission plan, preceded by the namespace's count limit of {@code kind}: run by the quota ledger with the
     * namespace's ledger rows locked, so the count it takes cannot change before this transaction commits.
     */
    private Function<List<ZoneShare>, Map<String, Limits>> counted(NamespaceRef namespace, ObjectKind kind,
                                                                  Function<List<ZoneShare>, Map<String, Limits>> plan) {
        return shares -> {
            countLimits.check(namespace, kind, namespaceWorkloads.count(namespace.id(), kind));
            return plan.apply(shares);
        };
    }

    /** A deleted workload frees room on its host: the zone's next cycle may place what waits. */
    private void publishZonesOf(List<Workload> deleted) {
        Map<Long, String> zoneNames = zoneNames();
        deleted.stream().map(w -> zoneNames.get(w.getZoneId())).distinct()
                .forEach(zone -> events.publishEvent(new ZoneChanged(zone)));
    }

    /**
     * Every reservation of this service: the demand in the namespace's zone shares, its storage in the storage
     * policy's share too (VM and TKG node disks; pods have none).
     */
    private Map<String, Limits> reserve(NamespaceRef namespace, String storagePolicy,
                                        Function<List<ZoneShare>, Map<String, Limits>> plan) {
        return quotaLedger.reserve(namespace.id(), storagePolicy, plan);
    }

    /** Every release of this service: per zone and storage policy, what {@link #reserve} took. */
    private void release(NamespaceRef namespace, List<Workload> released) {
        Map<Long, String> zoneNames = zoneNames();
        released.stream().collect(Collectors.groupingBy(w -> new ZoneAndPolicy(zoneNames.get(w.getZoneId()),
                        w.getStoragePolicy()), Collectors.reducing(Limits.NONE, Workload::demand, Limits::plus)))
                .forEach((where, demand) -> quotaLedger.release(namespace.id(), where.zone(), where.storagePolicy(),
                        demand));
    }

    private record ZoneAndPolicy(String zone, String storagePolicy) {
    }

    private Map<Long, String> zoneNames() {
        return inventory.facts().zones().stream().collect(Collectors.toMap(ZoneRef::id, ZoneRef::name));
    }

    private Workload find(NamespaceRef namespace, WorkloadKind kind, String name) {
        return workloads.findByNamespaceIdAndKindAndName(namespace.id(), kind, name)
                .orElseThrow(() -> notFound(namespace, kind, name));
    }

    private Workload findLocked(NamespaceRef namespace, WorkloadKind kind, String name) {
        return workloads.findLocked(namespace.id(), kind, name).orElseThrow(() -> notFound(namespace, kind, name));
    }

    private static NotFoundException notFound(NamespaceRef namespace, WorkloadKind kind, String name) {
        return new NotFoundException(kind == WorkloadKind.VM
                ? Msg.of("workloads.vm.not-found", namespace.name(), name)
                : Msg.of("workloads.pod.not-found", namespace.name(), name));
    }

    private TkgCluster findCluster(NamespaceRef namespace, String name) {
        return clusters.findByNamespaceIdAndName(namespace.id(), name)
                .orElseThrow(() -> new NotFoundException(Msg.of("workloads.tkg-cluster.not-found", namespace.name(),
                        name)));
    }

    private static long zoneId(SupervisorFacts facts, String zone) {
        return facts.zone(zone).map(ZoneRef::id).orElseThrow();
    }
}
