package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.catalog.CatalogKind;
import dev.supervisorportal.backend.catalog.CatalogService;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.inventory.ZoneChanged;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.namespaces.CatalogGrantKind;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.PermissionRole;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaLedger;
import dev.supervisorportal.backend.quota.ZoneFit;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.backend.users.UserAccounts;
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
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creating and deleting what the Supervisor runs: VMs, TKG clusters (admitted all or nothing) and vSphere Pods.
 * Admission picks the zone, checks the namespace's share there and reserves the demand in the same transaction
 * that records the workload; deleting gives it back.
 */
@PreAuthorize("isAuthenticated()")
@Service
@Transactional
public class WorkloadService {

    /** The disk of each TKG node VM. */
    public static final long TKG_NODE_DISK_GIB = 20;

    private final NamespaceService namespaces;
    private final QuotaLedger quotaLedger;
    private final CatalogService catalog;
    private final InventoryService inventory;
    private final WorkloadRepository workloads;
    private final TkgClusterRepository clusters;
    private final PodContainerRepository containers;
    private final UserAccounts users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkloadService(NamespaceService namespaces, QuotaLedger quotaLedger, CatalogService catalog,
                    InventoryService inventory, WorkloadRepository workloads, TkgClusterRepository clusters,
                    PodContainerRepository containers, UserAccounts users, AuditLog audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.namespaces = namespaces;
        this.quotaLedger = quotaLedger;
        this.catalog = catalog;
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
        NamespaceRef namespace = namespaces.require(namespaceName, PermissionRole.EDIT, Msg.of("workloads.to-create-vms"));
        VmAdmission admission = vmAdmission(namespace, command);
        String zone = quotaLedger.reserve(namespace.id(), admission::plan).keySet().iterator().next();
        SupervisorFacts facts = admission.facts();
        Workload vm = workloads.save(Workload.vm(namespace.id(), command.name(), zoneId(facts, zone),
                admission.demand(), admission.vmClass().name(), command.image(), command.storagePolicy(),
                admission.askedZone(), users.current().username(), Instant.now(clock)));
        audit.record("VM_CREATED", "vm", namespace.name() + "/" + vm.getName(), "ADMITTED",
                Msg.of("audit.vm-created", admission.vmClass().name(), zone, admission.demand().text()));
        events.publishEvent(new ZoneChanged(zone));
        return toView(vm, namespace.name(), facts, hostNames(List.of(vm)));
    }

    /**
     * What {@link #createVm} would admit, by the same checks and zone choice, without writing: refused with the same
     * exceptions for bad input, a taken name or a missing permission; a quota that does not fit is part of the answer.
     */
    @Transactional(readOnly = true)
    public AdmissionPreview previewVm(String namespaceName, CreateVmCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, PermissionRole.EDIT, Msg.of("workloads.to-create-vms"));
        VmAdmission admission = vmAdmission(namespace, command);
        List<ZoneFit> quota = quotaLedger.check(namespace.id(), admission::plan);
        return new AdmissionPreview(namespace.name(), List.of(new AdmissionPreview.PlannedWorkload(WorkloadKind.VM,
                command.name(), null, quota.getFirst().zone(), admission.demand(), null)), quota);
    }

    /** Everything {@link #createVm} checks before it asks the quota ledger. */
    private VmAdmission vmAdmission(NamespaceRef namespace, CreateVmCommand command) {
        throwIfAny(WorkloadRules.problems(command));
        SupervisorFacts facts = inventory.facts();
        VmClassView vmClass = requireVmClass(namespace, command.vmClass(), "vmClass");
        requireCatalogEntry(namespace, CatalogGrantKind.IMAGE, command.image(), "image");
        requireCatalogEntry(namespace, CatalogGrantKind.STORAGE_POLICY, command.storagePolicy(), "storagePolicy");
        String askedZone = blankToNull(command.zone());
        requireZone(facts, askedZone, "zone");
        if (workloads.existsByNamespaceIdAndKindAndName(namespace.id(), WorkloadKind.VM, command.name())) {
            throw new ConflictException("name", Msg.of("workloads.vm.name-taken", namespace.name(), command.name()));
        }
        Limits demand = new Limits((long) vmClass.cpus() * facts.mhzPerVcpu(), vmClass.memoryMib(), command.diskGib());
        return new VmAdmission(facts, vmClass, askedZone, demand);
    }

    /** A checked VM request; {@link #plan} is admission's zone choice from the namespace's current shares. */
    private record VmAdmission(SupervisorFacts facts, VmClassView vmClass, String askedZone, Limits demand) {

        Map<String, Limits> plan(List<ZoneShare> shares) {
            return Map.of(askedZone != null ? askedZone : QuotaLedger.bestZone(shares, demand), demand);
        }
    }

    public TkgClusterView createTkgCluster(String namespaceName, CreateTkgClusterCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, PermissionRole.EDIT, Msg.of("workloads.to-create-tkg-clusters"));
        TkgAdmission admission = tkgAdmission(namespace, command);
        SupervisorFacts facts = admission.facts();
        List<CreateTkgClusterCommand.NodePool> pools = command.nodePools() == null ? List.of() : command.nodePools();
        List<PlannedNode> nodes = new ArrayList<>();
        Map<String, Limits> demandByZone = quotaLedger.reserve(namespace.id(), shares -> admission.plan(shares, nodes));

        String me = users.current().username();
        Instant now = Instant.now(clock);
        TkgCluster cluster = clusters.save(new TkgCluster(namespace.id(), command.name(), command.kubernetesRelease(),
                command.controlPlaneNodes(), admission.controlPlaneClass().name(), command.storagePolicy(),
                pools.stream().map(pool -> new TkgNodePool(pool.name(), pool.replicas(), pool.vmClass(),
                        blankToNull(pool.zone()))).toList(), me, now));
        nodes.forEach(node -> workloads.save(Workload.tkgNode(namespace.id(), node.name(), zoneId(facts, node.zone()),
                node.demand(), cluster.getId(), node.role(), node.antiAffinity(), node.vmClass(),
                command.storagePolicy(), node.askedZone(), me, now)));
        audit.record("TKG_CLUSTER_CREATED", "tkg-cluster", namespace.name() + "/" + cluster.getName(), "ADMITTED",
                Msg.of("audit.tkg-cluster-created", nodes.size(), command.controlPlaneNodes(),
                        Msg.joined("audit.list", demandByZone.entrySet().stream()
                                .map(e -> Msg.of("audit.in-zone", e.getKey(), e.getValue().text())).toList())));
        demandByZone.keySet().forEach(zone -> events.publishEvent(new ZoneChanged(zone)));
        return toView(cluster, namespace.name(), facts);
    }

    /** What {@link #createTkgCluster} would admit, node by node, without writing; see {@link #previewVm}. */
    @Transactional(readOnly = true)
    public AdmissionPreview previewTkgCluster(String namespaceName, CreateTkgClusterCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, PermissionRole.EDIT, Msg.of("workloads.to-create-tkg-clusters"));
        TkgAdmission admission = tkgAdmission(namespace, command);
        List<PlannedNode> nodes = new ArrayList<>();
        List<ZoneFit> quota = quotaLedger.check(namespace.id(), shares -> admission.plan(shares, nodes));
        return new AdmissionPreview(namespace.name(), nodes.stream().map(node -> new AdmissionPreview.PlannedWorkload(
                WorkloadKind.TKG_NODE, node.name(), node.role(), node.zone(), node.demand(),
                ZoneWorkloads.antiAffinityKey(namespace.name(), node.antiAffinity()))).toList(), quota);
    }

    /** Everything {@link #createTkgCluster} checks before it asks the quota ledger. */
    private TkgAdmission tkgAdmission(NamespaceRef namespace, CreateTkgClusterCommand command) {
        throwIfAny(WorkloadRules.problems(command));
        SupervisorFacts facts = inventory.facts();
        if (!catalog.exists(CatalogKind.KUBERNETES_RELEASE, command.kubernetesRelease())) {
            throw new InvalidInputException("kubernetesRelease", Msg.of("workloads.kubernetes-release.unknown",
                    command.kubernetesRelease(), names(catalog.items(CatalogKind.KUBERNETES_RELEASE))));
        }
        VmClassView controlPlaneClass = requireVmClass(namespace, command.controlPlaneVmClass(), "controlPlaneVmClass");
        requireCatalogEntry(namespace, CatalogGrantKind.STORAGE_POLICY, command.storagePolicy(), "storagePolicy");
        List<CreateTkgClusterCommand.NodePool> pools = command.nodePools() == null ? List.of() : command.nodePools();
        Map<String, VmClassView> poolClasses = new TreeMap<>();
        for (int i = 0; i < pools.size(); i++) {
            poolClasses.put(pools.get(i).name(), requireVmClass(namespace, pools.get(i).vmClass(), "nodePools[" + i + "].vmClass"));
            requireZone(facts, blankToNull(pools.get(i).zone()), "nodePools[" + i + "].zone");
        }
        if (clusters.existsByNamespaceIdAndName(namespace.id(), command.name())) {
            throw new ConflictException("name", Msg.of("workloads.tkg-cluster.name-taken", namespace.name(),
                    command.name()));
        }
        return new TkgAdmission(command, facts, controlPlaneClass, poolClasses);
    }

    /** A checked cluster request; {@link #plan} expands it into node VMs with admission's zone choice for each. */
    private record TkgAdmission(CreateTkgClusterCommand command, SupervisorFacts facts, VmClassView controlPlaneClass,
                                Map<String, VmClassView> poolClasses) {

        /** Adds the nodes to {@code nodes} and returns their demand per zone. */
        Map<String, Limits> plan(List<ZoneShare> shares, List<PlannedNode> nodes) {
            nodes.addAll(TkgNodePlan.plan(command, facts, controlPlaneClass, poolClasses,
                    demand -> QuotaLedger.bestZone(shares, demand)));
            return nodes.stream().collect(Collectors.groupingBy(PlannedNode::zone, TreeMap::new,
                    Collectors.reducing(Limits.NONE, PlannedNode::demand, Limits::plus)));
        }
    }

    public PodView createPod(String namespaceName, CreatePodCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, PermissionRole.EDIT, Msg.of("workloads.to-create-pods"));
        PodAdmission admission = podAdmission(namespace, command);
        SupervisorFacts facts = admission.facts();
        String zone = admission.zone();
        Limits demand = admission.demand();
        quotaLedger.reserve(namespace.id(), admission::plan);
        Workload pod = workloads.save(Workload.pod(namespace.id(), command.name(), zoneId(facts, zone), demand,
                users.current().username(), Instant.now(clock)));
        command.containers().forEach(c -> containers.save(new PodContainer(pod.getId(), c.name(), c.image().strip(),
                c.cpu().strip(), c.memory().strip())));
        audit.record("POD_CREATED", "pod", namespace.name() + "/" + pod.getName(), "ADMITTED",
                Msg.of("audit.pod-created", command.containers().size(), demand.text()));
        events.publishEvent(new ZoneChanged(zone));
        return toPodView(pod, namespace.name(), facts);
    }

    /** What {@link #createPod} would admit, without writing; see {@link #previewVm}. */
    @Transactional(readOnly = true)
    public AdmissionPreview previewPod(String namespaceName, CreatePodCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, PermissionRole.EDIT, Msg.of("workloads.to-create-pods"));
        PodAdmission admission = podAdmission(namespace, command);
        return new AdmissionPreview(namespace.name(), List.of(new AdmissionPreview.PlannedWorkload(WorkloadKind.POD,
                command.name(), null, admission.zone(), admission.demand(), null)),
                quotaLedger.check(namespace.id(), admission::plan));
    }

    /** Everything {@link #createPod} checks before it asks the quota ledger. */
    private PodAdmission podAdmission(NamespaceRef namespace, CreatePodCommand command) {
        SupervisorFacts facts = inventory.facts();
        WorkloadRules.podTopologyProblem(facts).ifPresent(message -> {
            throw new ConflictException(null, message);
        });
        throwIfAny(WorkloadRules.problems(command));
        if (workloads.existsByNamespaceIdAndKindAndName(namespace.id(), WorkloadKind.POD, command.name())) {
            throw new ConflictException("name", Msg.of("workloads.pod.name-taken", namespace.name(),
                    command.name()));
        }
        long millicores = command.containers().stream()
                .mapToLong(c -> KubernetesQuantities.cpuMillicores(c.cpu()).value()).sum();
        long memoryMib = command.containers().stream()
                .mapToLong(c -> KubernetesQuantities.memoryMib(c.memory()).value()).sum();
        Limits demand = new Limits(Math.ceilDiv(millicores * facts.mhzPerVcpu(), 1000), memoryMib, 0);
        // Pods run on a single-zone Supervisor only: its one zone.
        return new PodAdmission(facts, facts.zones().getFirst().name(), demand);
    }

    private record PodAdmission(SupervisorFacts facts, String zone, Limits demand) {

        Map<String, Limits> plan(List<ZoneShare> shares) {
            return Map.of(zone, demand);
        }
    }

    @Transactional(readOnly = true)
    public List<WorkloadView> vms(String namespaceName) {
        NamespaceRef namespace = namespaces.require(namespaceName, PermissionRole.VIEW, Msg.of("workloads.to-see-vms"));
        SupervisorFacts facts = inventory.facts();
        List<Workload> vms = workloads.findByNamespaceIdAndKindOrderByNameAsc(namespace.id(), WorkloadKind.VM);
        Map<Long, String> hostNames = hostNames(vms);
        return vms.stream().map(vm -> toView(vm, namespace.name(), facts, hostNames)).toList();
    }

    @Transactional(readOnly = true)
    public WorkloadView vm(String namespaceName, String name) {
        NamespaceRef namespace = namespaces.require(namespaceName, PermissionRole.VIEW, Msg.of("workloads.to-see-vms"));
        Workload vm = find(namespace, WorkloadKind.VM, name);
        return toView(vm, namespace.name(), inventory.facts(), hostNames(List.of(vm)));
    }

    @Transactional(readOnly = true)
    public List<TkgClusterView> tkgClusters(String namespaceName) {
        NamespaceRef namespace = namespaces.require(namespaceName, PermissionRole.VIEW, Msg.of("workloads.to-see-tkg-clusters"));
        SupervisorFacts facts = inventory.facts();
        List<TkgCluster> found = clusters.findByNamespaceIdOrderByNameAsc(namespace.id());
        Map<Long, List<Workload>> nodesByCluster = workloads
                .findByClusterIdInOrderByNameAsc(found.stream().map(TkgCluster::getId).toList()).stream()
                .collect(Collectors.groupingBy(Workload::getClusterId));
        Map<Long, String> hostNames = hostNames(nodesByCluster.values().stream().flatMap(List::stream).toList());
        return found.stream().map(cluster -> toView(cluster, namespace.name(),
                nodesByCluster.getOrDefault(cluster.getId(), List.of()), facts, hostNames)).toList();
    }

    @Transactional(readOnly = true)
    public TkgClusterView tkgCluster(String namespaceName, String name) {
        NamespaceRef namespace = namespaces.require(namespaceName, PermissionRole.VIEW, Msg.of("workloads.to-see-tkg-clusters"));
        return toView(findCluster(namespace, name), namespace.name(), inventory.facts());
    }

    @Transactional(readOnly = true)
    public List<PodView> pods(String namespaceName) {
        NamespaceRef namespace = namespaces.require(namespaceName, PermissionRole.VIEW, Msg.of("workloads.to-see-pods"));
        SupervisorFacts facts = inventory.facts();
        List<Workload> pods = workloads.findByNamespaceIdAndKindOrderByNameAsc(namespace.id(), WorkloadKind.POD);
        Map<Long, List<PodContainer>> byPod = containers
                .findByWorkloadIdInOrderByNameAsc(pods.stream().map(Workload::getId).toList()).stream()
                .collect(Collectors.groupingBy(PodContainer::getWorkloadId));
        Map<Long, String> hostNames = hostNames(pods);
        return pods.stream().map(pod -> new PodView(toView(pod, namespace.name(), facts, hostNames),
                toContainers(byPod.getOrDefault(pod.getId(), List.of())))).toList();
    }

    @Transactional(readOnly = true)
    public PodView pod(String namespaceName, String name) {
        NamespaceRef namespace = namespaces.require(namespaceName, PermissionRole.VIEW, Msg.of("workloads.to-see-pods"));
        return toPodView(find(namespace, WorkloadKind.POD, name), namespace.name(), inventory.facts());
    }

    public void deleteVm(String namespaceName, String name) {
        NamespaceRef namespace = namespaces.require(namespaceName, PermissionRole.EDIT, Msg.of("workloads.to-delete-vms"));
        Workload vm = findLocked(namespace, WorkloadKind.VM, name);
        release(namespace, List.of(vm));
        workloads.delete(vm);
        audit.record("VM_DELETED", "vm", namespace.name() + "/" + name, "DELETED",
                Msg.of("audit.released", vm.demand().text()));
        publishZonesOf(List.of(vm));
    }

    public void deleteTkgCluster(String namespaceName, String name) {
        NamespaceRef namespace = namespaces.require(namespaceName, PermissionRole.EDIT, Msg.of("workloads.to-delete-tkg-clusters"));
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
        NamespaceRef namespace = namespaces.require(namespaceName, PermissionRole.EDIT, Msg.of("workloads.to-delete-pods"));
        Workload pod = findLocked(namespace, WorkloadKind.POD, name);
        release(namespace, List.of(pod));
        containers.deleteByWorkloadId(pod.getId());
        workloads.delete(pod);
        audit.record("POD_DELETED", "pod", namespace.name() + "/" + name, "DELETED",
                Msg.of("audit.released", pod.demand().text()));
        publishZonesOf(List.of(pod));
    }

    /** A deleted workload frees room on its host: the zone's next cycle may place what waits. */
    private void publishZonesOf(List<Workload> deleted) {
        Map<Long, String> zoneNames = inventory.facts().zones().stream()
                .collect(Collectors.toMap(ZoneRef::id, ZoneRef::name));
        deleted.stream().map(w -> zoneNames.get(w.getZoneId())).distinct()
                .forEach(zone -> events.publishEvent(new ZoneChanged(zone)));
    }

    private void release(NamespaceRef namespace, List<Workload> released) {
        Map<Long, String> zoneNames = inventory.facts().zones().stream()
                .collect(Collectors.toMap(ZoneRef::id, ZoneRef::name));
        released.stream().collect(Collectors.groupingBy(w -> zoneNames.get(w.getZoneId()),
                        Collectors.reducing(Limits.NONE, Workload::demand, Limits::plus)))
                .forEach((zone, demand) -> quotaLedger.release(namespace.id(), zone, demand));
    }

    private VmClassView requireVmClass(NamespaceRef namespace, String name, String field) {
        VmClassView vmClass = catalog.vmClass(name).orElseThrow(() -> new InvalidInputException(field,
                Msg.of("workloads.vm-class.unknown", name, catalog.catalog().vmClasses().stream()
                        .map(VmClassView::name).collect(Collectors.joining(", ")))));
        namespaces.requireAllowed(namespace, CatalogGrantKind.VM_CLASS, name, field);
        return vmClass;
    }

    private void requireCatalogEntry(NamespaceRef namespace, CatalogGrantKind kind, String name, String field) {
        CatalogKind catalogKind = kind == CatalogGrantKind.IMAGE ? CatalogKind.IMAGE : CatalogKind.STORAGE_POLICY;
        if (!catalog.exists(catalogKind, name)) {
            throw new InvalidInputException(field, Msg.of("workloads.catalog-entry.unknown", kind.text(), name,
                    names(catalog.items(catalogKind))));
        }
        namespaces.requireAllowed(namespace, kind, name, field);
    }

    private static void requireZone(SupervisorFacts facts, String zone, String field) {
        if (zone != null && facts.zone(zone).isEmpty()) {
            throw new InvalidInputException(field, Msg.of("workloads.zone.unknown", zone,
                    String.join(", ", facts.zoneNames())));
        }
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

    /** The names of the hosts these workloads are placed on, by id: only those hosts are read. */
    private Map<Long, String> hostNames(List<Workload> shown) {
        return inventory.hostNames(shown.stream().map(Workload::getHostId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    private TkgCluster findCluster(NamespaceRef namespace, String name) {
        return clusters.findByNamespaceIdAndName(namespace.id(), name)
                .orElseThrow(() -> new NotFoundException(Msg.of("workloads.tkg-cluster.not-found", namespace.name(),
                        name)));
    }

    private static long zoneId(SupervisorFacts facts, String zone) {
        return facts.zone(zone).map(ZoneRef::id).orElseThrow();
    }

    private TkgClusterView toView(TkgCluster cluster, String namespace, SupervisorFacts facts) {
        List<Workload> nodes = workloads.findByClusterIdOrderByNameAsc(cluster.getId());
        return toView(cluster, namespace, nodes, facts, hostNames(nodes));
    }

    private TkgClusterView toView(TkgCluster cluster, String namespace, List<Workload> nodes, SupervisorFacts facts,
                                  Map<Long, String> hostNames) {
        return TkgClusterView.of(cluster.getName(), namespace, cluster.getKubernetesRelease(),
                cluster.getControlPlaneNodes(), cluster.getControlPlaneVmClass(), cluster.getStoragePolicy(),
                cluster.getNodePools().stream().map(pool -> new TkgClusterView.NodePool(pool.getName(),
                        pool.getReplicas(), pool.getVmClass(), pool.getZoneName())).toList(),
                nodes.stream().map(node -> toView(node, namespace, facts, hostNames)).toList(),
                cluster.getReadyAt() != null, cluster.getCreatedBy(), cluster.getCreatedAt());
    }

    private PodView toPodView(Workload pod, String namespace, SupervisorFacts facts) {
        return new PodView(toView(pod, namespace, facts, hostNames(List.of(pod))),
                toContainers(containers.findByWorkloadIdInOrderByNameAsc(List.of(pod.getId()))));
    }

    private static List<PodView.Container> toContainers(List<PodContainer> found) {
        return found.stream().map(c -> new PodView.Container(c.getName(), c.getImage(), c.getCpuRequest(),
                c.getMemoryRequest())).toList();
    }

    private WorkloadView toView(Workload workload, String namespace, SupervisorFacts facts,
                                Map<Long, String> hostNames) {
        String zone = facts.zones().stream().filter(z -> z.id() == workload.getZoneId()).map(ZoneRef::name)
                .findFirst().orElse("?");
        String cluster = workload.getClusterId() == null ? null
                : clusters.findById(workload.getClusterId()).map(TkgCluster::getName).orElse(null);
        return new WorkloadView(workload.getKind(), workload.getName(), namespace, zone, workload.getStatus(),
                workload.getStatusReason(), workload.getHostId() == null ? null : hostNames.get(workload.getHostId()),
                workload.demand(), workload.getVmClass(), workload.getImage(),
                workload.getStoragePolicy(), cluster, workload.getNodeRole(), workload.getCreatedBy(),
                workload.getCreatedAt());
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String names(List<dev.supervisorportal.backend.catalog.CatalogItemView> items) {
        return items.stream().map(dev.supervisorportal.backend.catalog.CatalogItemView::name)
                .collect(Collectors.joining(", "));
    }


    /** One node VM a cluster expands into, with its zone already chosen. */
    record PlannedNode(String name, String role, String zone, String askedZone, String vmClass, Limits demand,
                       String antiAffinity) {
    }

    /** How a cluster expands into node VMs and which zone each goes to. */
    static final class TkgNodePlan {

        private TkgNodePlan() {
        }

        static List<PlannedNode> plan(CreateTkgClusterCommand command, SupervisorFacts facts,
                                      VmClassView controlPlaneClass, Map<String, VmClassView> poolClasses,
                                      Function<Limits, String> bestZoneFor) {
            List<String> zones = facts.zoneNames();
            List<PlannedNode> nodes = new ArrayList<>();
            Limits controlPlaneDemand = demand(controlPlaneClass, facts);
            String antiAffinity = command.name() + "/control-plane";
            for (int i = 0; i < command.controlPlaneNodes(); i++) {
                // Three control-plane nodes on three zones: one per zone, so the cluster survives a zone failure.
                String zone = command.controlPlaneNodes() == zones.size() ? zones.get(i)
                        : zones.size() == 1 ? zones.getFirst() : bestZoneFor.apply(controlPlaneDemand);
                nodes.add(new PlannedNode(command.name() + "-control-plane-" + (i + 1), "control-plane", zone, null,
                        controlPlaneClass.name(), controlPlaneDemand, antiAffinity));
            }
            List<CreateTkgClusterCommand.NodePool> pools = command.nodePools() == null ? List.of() : command.nodePools();
            for (CreateTkgClusterCommand.NodePool pool : pools) {
                VmClassView vmClass = poolClasses.get(pool.name());
                String askedZone = blankToNull(pool.zone());
                for (int i = 0; i < pool.replicas(); i++) {
                    // A pool without a zone is spread over the zones in name order.
                    String zone = askedZone != null ? askedZone : zones.get(i % zones.size());
                    nodes.add(new PlannedNode(command.name() + "-" + pool.name() + "-" + (i + 1), "worker", zone,
                            askedZone, vmClass.name(), demand(vmClass, facts), null));
                }
            }
            return nodes;
        }

        private static Limits demand(VmClassView vmClass, SupervisorFacts facts) {
            return new Limits((long) vmClass.cpus() * facts.mhzPerVcpu(), vmClass.memoryMib(), TKG_NODE_DISK_GIB);
        }
    }
}
