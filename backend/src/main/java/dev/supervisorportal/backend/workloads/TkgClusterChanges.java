package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.catalog.CatalogService;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.common.StaleVersionException;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaLedger;
import dev.supervisorportal.backend.quota.ZoneFit;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.backend.workloads.TkgNodePlan.PlannedNode;
import dev.supervisorportal.backend.workloads.internal.TkgCluster;
import dev.supervisorportal.backend.workloads.internal.TkgClusterRepository;
import dev.supervisorportal.backend.workloads.internal.TkgNodePool;
import dev.supervisorportal.backend.workloads.internal.Workload;
import dev.supervisorportal.backend.workloads.internal.WorkloadRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Day 2 of a TKG cluster: the desired state changes (Cluster API's way). Replicas and pools change at once: new
 * nodes are admitted against the namespace's quota (lock-then-plan) and wait for the reconciler, removed ones (the
 * newest of a pool first) give their quota back. A newer Kubernetes release or a pool's new VM class only changes
 * the desired spec and starts a roll, which {@link ClusterRollouts} carries out one node at a time after each
 * reconcile cycle. Same checks and messages for the form, the API and YAML; {@link #preview} answers without writing.
 */
@PreAuthorize("isAuthenticated()")
@Service
@Transactional
public class TkgClusterChanges {

    private static final Msg TO_CHANGE = Msg.of("workloads.to-change-tkg-clusters");

    private final NamespaceService namespaces;
    private final AdmissionChecks admission;
    private final ClusterNodes clusterNodes;
    private final QuotaLedger quotaLedger;
    private final CatalogService catalog;
    private final InventoryService inventory;
    private final WorkloadViews views;
    private final TkgClusterRepository clusters;
    private final WorkloadRepository workloads;
    private final UserAccounts users;
    private final AuditLog audit;
    private final Clock clock;

    TkgClusterChanges(NamespaceService namespaces, AdmissionChecks admission, ClusterNodes clusterNodes,
                      QuotaLedger quotaLedger, CatalogService catalog, InventoryService inventory, WorkloadViews views,
                      TkgClusterRepository clusters, WorkloadRepository workloads, UserAccounts users,
                      AuditLog audit, Clock clock) {
        this.namespaces = namespaces;
        this.admission = admission;
        this.clusterNodes = clusterNodes;
        this.quotaLedger = quotaLedger;
        this.catalog = catalog;
        this.inventory = inventory;
        this.views = views;
        this.clusters = clusters;
        this.workloads = workloads;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a change does to the cluster, decided before anything is written. */
    private record Plan(String release, List<Workload> removed, List<PlannedNode> added, Set<String> removedPools,
                        Map<String, CreateTkgClusterCommand.NodePool> pools, boolean rolls, boolean changed) {

        Limits addedDemand() {
            return added.stream().map(PlannedNode::demand).reduce(Limits.NONE, Limits::plus);
        }

        Map<String, Limits> addedByZone() {
            return added.stream().collect(Collectors.groupingBy(PlannedNode::zone, TreeMap::new,
                    Collectors.reducing(Limits.NONE, PlannedNode::demand, Limits::plus)));
        }
    }

    /**
     * Changes the cluster to the desired state; unchanged fields (and a change that changes nothing) write nothing.
     * Refused: a stale {@code version}, an immutable field, a release that is no allowed upgrade, a roll while one is
     * in progress, new nodes beyond the quota.
     */
    public TkgClusterView change(String namespaceName, String name, ChangeTkgClusterCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS, TO_CHANGE);
        TkgCluster cluster = clusters.findByNamespaceIdAndName(namespace.id(), name)
                .flatMap(found -> clusters.findLockedById(found.getId()))
                .orElseThrow(() -> notFound(namespace, name));
        List<Workload> nodes = workloads.findLockedByClusterId(cluster.getId());
        StaleVersionException.check(command.version(), cluster.getVersion(), label(namespace, cluster),
                describe(cluster));
        Plan plan = plan(namespace, cluster, nodes, command);
        if (!plan.changed()) {
            return views.cluster(cluster, namespace.name());
        }
        clusterNodes.remove(namespace.id(), plan.removed());
        Map<String, Limits> reserved = plan.added().isEmpty() ? Map.of()
                : clusterNodes.reserve(cluster, shares -> plan.addedByZone());
        cluster.getNodePools().removeIf(pool -> plan.removedPools().contains(pool.getName()));
        plan.pools().forEach((poolName, asked) -> cluster.getNodePools().stream()
                .filter(pool -> pool.getName().equals(poolName)).findFirst()
                .ifPresentOrElse(pool -> {
                    pool.scaleTo(asked.replicas());
                    pool.changeClass(asked.vmClass());
                }, () -> cluster.getNodePools().add(new TkgNodePool(poolName, asked.replicas(), asked.vmClass(),
                        asked.askedZone()))));
        cluster.upgradeTo(plan.release());
        cluster.specChanged(plan.rolls());
        clusters.saveAndFlush(cluster);
        clusterNodes.add(cluster, plan.added(), users.current().username(), Instant.now(clock));
        audit.record("TKG_CLUSTER_CHANGED", "tkg-cluster", namespace.name() + "/" + name, "CHANGED",
                Msg.of("audit.tkg-cluster-changed", plan.added().size(), plan.removed().size(),
                        KubernetesReleases.version(plan.release()), plan.rolls() ? 1 : 0,
                        reserved.values().stream().reduce(Limits.NONE, Limits::plus).text(),
                        plan.removed().stream().map(Workload::demand).reduce(Limits.NONE, Limits::plus).text()));
        return views.cluster(cluster, namespace.name());
    }

    /**
     * What {@link #change} would do, without writing: the nodes it would add and, for a roll, the first surge node
     * (a roll needs room for one extra node), with how their demand fits each zone's free share after the nodes it
     * would remove. Refused like the change for bad input, a stale version or a missing permission.
     */
    @Transactional(readOnly = true)
    public AdmissionPreview preview(String namespaceName, String name, ChangeTkgClusterCommand command) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS, TO_CHANGE);
        TkgCluster cluster = clusters.findByNamespaceIdAndName(namespace.id(), name)
                .orElseThrow(() -> notFound(namespace, name));
        List<Workload> nodes = workloads.findByClusterIdInOrderByNameAsc(List.of(cluster.getId()));
        StaleVersionException.check(command.version(), cluster.getVersion(), label(namespace, cluster),
                describe(cluster));
        Plan plan = plan(namespace, cluster, nodes, command);
        List<PlannedNode> planned = new ArrayList<>(plan.added());
        if (plan.rolls()) {
            firstSurge(namespace, cluster, nodes, plan).ifPresent(planned::add);
        }
        Map<String, Limits> net = new TreeMap<>();
        planned.forEach(node -> net.merge(node.zone(), node.demand(), Limits::plus));
        clusterNodes.demandByZone(plan.removed()).forEach((zone, freed) -> net.merge(zone,
                Limits.NONE.minus(freed), Limits::plus));
        List<ZoneFit> quota = quotaLedger.check(namespace.id(), cluster.getStoragePolicy(), shares -> net);
        return new AdmissionPreview(namespace.name(), planned.stream().map(node -> new AdmissionPreview.PlannedWorkload(
                WorkloadKind.TKG_NODE, node.name(), node.role(), node.zone(), node.demand(),
                ZoneWorkloads.antiAffinityKey(namespace.name(), node.antiAffinity()))).toList(), quota);
    }

    /** The first node the roll would add, after the change: the planner run on the cluster as it would be. */
    private java.util.Optional<PlannedNode> firstSurge(NamespaceRef namespace, TkgCluster cluster,
                                                       List<Workload> nodes, Plan plan) {
        List<RolloutPlanner.Group> groups = new ArrayList<>();
        groups.add(new RolloutPlanner.Group(null, cluster.getControlPlaneNodes(), cluster.getControlPlaneVmClass()));
        plan.pools().forEach((pool, asked) -> groups.add(new RolloutPlanner.Group(pool, asked.replicas(),
                asked.vmClass())));
        List<RolloutPlanner.Node> after = new ArrayList<>(clusterNodes.plannerNodes(nodes.stream()
                .filter(node -> !plan.removed().contains(node)).toList()));
        long id = Long.MAX_VALUE - plan.added().size();
        for (PlannedNode node : plan.added()) {
            after.add(new RolloutPlanner.Node(id++, node.name(), node.pool(), plan.release(), node.vmClass(),
                    WorkloadStatus.RUNNING, node.zone()));
        }
        if (!(RolloutPlanner.next(plan.release(), groups, after) instanceof RolloutPlanner.AddSurge surge)) {
            return java.util.Optional.empty();
        }
        Set<String> taken = Stream.concat(nodes.stream().map(Workload::getName),
                plan.added().stream().map(PlannedNode::name)).collect(Collectors.toSet());
        return java.util.Optional.of(node(cluster, surge.group().pool(), surge.group().vmClass(), surge.zone(),
                taken, inventory.facts()));
    }

    private Plan plan(NamespaceRef namespace, TkgCluster cluster, List<Workload> nodes,
                      ChangeTkgClusterCommand command) {
        immutable("controlPlaneNodes", command.controlPlaneNodes(), cluster.getControlPlaneNodes(), cluster);
        immutable("controlPlaneVmClass", command.controlPlaneVmClass(), cluster.getControlPlaneVmClass(), cluster);
        immutable("storagePolicy", command.storagePolicy(), cluster.getStoragePolicy(), cluster);
        Map<String, VmClassView> classes = admission.tkgChange(namespace, cluster.getName(),
                cluster.getKubernetesRelease(), command);
        String release = command.kubernetesRelease() == null ? cluster.getKubernetesRelease()
                : command.kubernetesRelease();
        Map<String, CreateTkgClusterCommand.NodePool> asked = new TreeMap<>();
        if (command.nodePools() == null) {
            cluster.getNodePools().forEach(pool -> asked.put(pool.getName(), new CreateTkgClusterCommand.NodePool(
                    pool.getName(), pool.getReplicas(), pool.getVmClass(), pool.getZoneName())));
        } else {
            command.nodePools().forEach(pool -> asked.put(pool.name(), pool));
        }
        SupervisorFacts facts = inventory.facts();
        Set<String> taken = nodes.stream().map(Workload::getName).collect(Collectors.toCollection(HashSet::new));
        List<Workload> removed = new ArrayList<>();
        List<PlannedNode> added = new ArrayList<>();
        Set<String> removedPools = new HashSet<>();
        boolean rolls = !release.equals(cluster.getKubernetesRelease());
        for (TkgNodePool pool : cluster.getNodePools()) {
            if (!asked.containsKey(pool.getName())) {
                removedPools.add(pool.getName());
                removed.addAll(poolNodes(nodes, pool.getName()));
            }
        }
        int index = 0;
        for (Map.Entry<String, CreateTkgClusterCommand.NodePool> entry : asked.entrySet()) {
            CreateTkgClusterCommand.NodePool want = entry.getValue();
            TkgNodePool current = cluster.getNodePools().stream()
                    .filter(pool -> pool.getName().equals(entry.getKey())).findFirst().orElse(null);
            String field = "nodePools[" + index++ + "]";
            int had = current == null ? 0 : current.getReplicas();
            if (current != null && command.nodePools() != null
                    && !Objects.equals(want.askedZone(), current.getZoneName())) {
                throw new InvalidInputException(field + ".zone", Msg.of("workloads.tkg-change.pool-zone",
                        current.getName(), Objects.requireNonNullElse(current.getZoneName(), "-")));
            }
            String vmClass = classes.containsKey(want.name()) ? classes.get(want.name()).name() : want.vmClass();
            List<Workload> members = poolNodes(nodes, entry.getKey());
            if (current != null && !vmClass.equals(current.getVmClass()) && want.replicas() > 0) {
                rolls = true;
            }
            if (want.replicas() < had) {
                members.stream().sorted(Comparator.comparingLong(Workload::getId).reversed())
                        .limit(had - want.replicas()).forEach(removed::add);
            }
            List<String> poolZones = new ArrayList<>(members.stream().filter(node -> !removed.contains(node))
                    .map(clusterNodes::zoneName).toList());
            for (int i = had; i < want.replicas(); i++) {
                String zone = ClusterNodes.zoneForPool(want.askedZone(), facts.zoneNames(), poolZones);
                PlannedNode node = node(cluster, want.name(), vmClass, zone, taken, facts);
                poolZones.add(zone);
                added.add(node);
            }
        }
        if (rolls && cluster.isRolling()) {
            throw new ConflictException(command.kubernetesRelease() != null
                    && !release.equals(cluster.getKubernetesRelease()) ? "kubernetesRelease" : "nodePools",
                    Msg.of("workloads.rollout.in-progress", cluster.getName()));
        }
        boolean changed = rolls || !removed.isEmpty() || !added.isEmpty() || !removedPools.isEmpty()
                || asked.entrySet().stream().anyMatch(entry -> cluster.getNodePools().stream()
                .noneMatch(pool -> pool.getName().equals(entry.getKey())
                        && pool.getReplicas() == entry.getValue().replicas()
                        && pool.getVmClass().equals(entry.getValue().vmClass())));
        return new Plan(release, removed, added, removedPools, asked, rolls, changed);
    }

    /** A new node of the group, named with the lowest free number; {@code taken} gets its name. */
    private PlannedNode node(TkgCluster cluster, String pool, String vmClass, String zone, Set<String> taken,
                             SupervisorFacts facts) {
        String name = ClusterNodes.nextName(cluster.getName(), pool, taken);
        taken.add(name);
        Limits demand = WorkloadDemand.tkgNode(catalog.vmClass(vmClass).orElseThrow(), facts.mhzPerVcpu());
        return pool == null
                ? new PlannedNode(name, TkgNodePlan.CONTROL_PLANE, zone, null, vmClass, demand,
                cluster.getName() + "/" + TkgNodePlan.CONTROL_PLANE, null)
                : new PlannedNode(name, TkgNodePlan.WORKER, zone, cluster.getNodePools().stream()
                .filter(p -> p.getName().equals(pool)).map(TkgNodePool::getZoneName).filter(Objects::nonNull)
                .findFirst().orElse(null), vmClass, demand, null, pool);
    }

    private static List<Workload> poolNodes(List<Workload> nodes, String pool) {
        return nodes.stream().filter(node -> pool.equals(node.getNodePool())).toList();
    }

    private static void immutable(String field, Object asked, Object current, TkgCluster cluster) {
        if (asked != null && !asked.equals(current)) {
            throw new InvalidInputException(field, Msg.of("workloads.tkg-change.immutable", field, cluster.getName(),
                    String.valueOf(current)));
        }
    }

    private static Msg label(NamespaceRef namespace, TkgCluster cluster) {
        return Msg.of("workloads.tkg-cluster.label", namespace.name(), cluster.getName());
    }

    /** "release v1.30.1, pools workers × 2 (best-effort-small)" for a stale-version answer. */
    static Msg describe(TkgCluster cluster) {
        return Msg.of("workloads.tkg-cluster.now", KubernetesReleases.version(cluster.getKubernetesRelease()),
                cluster.getNodePools().stream().map(pool -> pool.getName() + " × " + pool.getReplicas() + " ("
                        + pool.getVmClass() + ")").collect(Collectors.joining(", ")));
    }

    private static NotFoundException notFound(NamespaceRef namespace, String name) {
        return new NotFoundException(Msg.of("workloads.tkg-cluster.not-found", namespace.name(), name));
    }
}
