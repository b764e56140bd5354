package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Dns1123;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.inventory.Topology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The shape every workload request must have, before the catalog and the quota are asked. The one place these rules
 * live: the services enforce them, the forms show them at the fields, and the API names the fields.
 */
public final class WorkloadRules {

    public static final long MAX_DISK_GIB = 65_536;
    public static final int MAX_REPLICAS = 100;
    public static final int MAX_NODE_POOLS = 10;
    public static final int MAX_CONTAINERS = 10;
    public static final int MAX_IMAGE_LENGTH = 200;
    /** The longest node-name suffix a cluster gets: "-control-plane-3". */
    private static final int NODE_SUFFIX = "-control-plane-3".length();

    private WorkloadRules() {
    }

    public static List<FieldProblem> problems(CreateVmCommand vm) {
        List<FieldProblem> problems = new ArrayList<>();
        add(problems, "name", Dns1123.labelProblem(vm.name()));
        add(problems, "vmClass", required(vm.vmClass(), Msg.of("workloads.choose.vm-class")));
        add(problems, "image", required(vm.image(), Msg.of("workloads.choose.image")));
        add(problems, "storagePolicy", required(vm.storagePolicy(), Msg.of("workloads.choose.storage-policy")));
        add(problems, "diskGib", diskProblem(vm.diskGib()));
        return problems;
    }

    /** A change of a VM's size: the disk, when given, in range (that it grows is the service's to check). */
    public static List<FieldProblem> problems(ChangeVmCommand change) {
        List<FieldProblem> problems = new ArrayList<>();
        if (change.storageGib() != null) {
            add(problems, "storageGib", diskProblem(change.storageGib()));
        }
        if (change.vmClass() != null) {
            add(problems, "vmClass", required(change.vmClass(), Msg.of("workloads.choose.vm-class")));
        }
        return problems;
    }

    public static List<FieldProblem> problems(CreateTkgClusterCommand cluster) {
        List<FieldProblem> problems = new ArrayList<>();
        add(problems, "name", clusterNameProblem(cluster.name()));
        add(problems, "kubernetesRelease", required(cluster.kubernetesRelease(),
                Msg.of("workloads.choose.kubernetes-release")));
        add(problems, "controlPlaneNodes", controlPlaneProblem(cluster.controlPlaneNodes()));
        add(problems, "controlPlaneVmClass", required(cluster.controlPlaneVmClass(),
                Msg.of("workloads.choose.control-plane-vm-class")));
        add(problems, "storagePolicy", required(cluster.storagePolicy(), Msg.of("workloads.choose.storage-policy")));
        addPoolProblems(problems, cluster.nodePools(), cluster.name());
        return problems;
    }

    /** What a change of the cluster {@code cluster} must look like; the pools as for a new cluster. */
    public static List<FieldProblem> problems(ChangeTkgClusterCommand change, String cluster) {
        List<FieldProblem> problems = new ArrayList<>();
        if (change.kubernetesRelease() != null) {
            add(problems, "kubernetesRelease", required(change.kubernetesRelease(),
                    Msg.of("workloads.choose.kubernetes-release")));
        }
        addPoolProblems(problems, change.nodePools(), cluster);
        return problems;
    }

    private static void addPoolProblems(List<FieldProblem> problems, List<CreateTkgClusterCommand.NodePool> asked,
                                        String cluster) {
        List<CreateTkgClusterCommand.NodePool> pools = asked == null ? List.of() : asked;
        if (pools.size() > MAX_NODE_POOLS) {
            problems.add(FieldProblem.of("nodePools", "workloads.node-pools.too-many", MAX_NODE_POOLS));
        }
        Set<String> poolNames = new HashSet<>();
        eachRow(problems, "nodePools", pools, "workloads.node-pool.missing", (pool, prefix) -> {
            add(problems, prefix + "name", unique(poolNameProblem(pool.name(), cluster), pool.name(),
                    poolNames, "workloads.node-pool.name-taken"));
            add(problems, prefix + "replicas", replicasProblem(pool.replicas()));
            add(problems, prefix + "vmClass", required(pool.vmClass(), Msg.of("workloads.choose.vm-class")));
        });
    }

    public static List<FieldProblem> problems(CreatePodCommand pod) {
        List<FieldProblem> problems = new ArrayList<>();
        add(problems, "name", Dns1123.labelProblem(pod.name()));
        List<CreatePodCommand.Container> containers = pod.containers() == null ? List.of() : pod.containers();
        if (containers.isEmpty()) {
            problems.add(FieldProblem.of("containers", "workloads.containers.missing"));
        }
        if (containers.size() > MAX_CONTAINERS) {
            problems.add(FieldProblem.of("containers", "workloads.containers.too-many", MAX_CONTAINERS));
        }
        Set<String> names = new HashSet<>();
        eachRow(problems, "containers", containers, "workloads.container.missing", (container, prefix) -> {
            add(problems, prefix + "name", unique(Dns1123.labelProblem(container.name()), container.name(), names,
                    "workloads.container.name-taken"));
            add(problems, prefix + "image", containerImageProblem(container.image()));
            add(problems, prefix + "cpu", KubernetesQuantities.cpuMillicores(container.cpu()).problemMessage());
            add(problems, prefix + "memory", KubernetesQuantities.memoryMib(container.memory()).problemMessage());
        });
        return problems;
    }

    /** A container image reference, like {@code nginx:1.27} or {@code registry.example.com/team/app@sha256:…}. */
    public static Optional<Msg> containerImageProblem(String image) {
        Optional<Msg> missing = required(image, Msg.of("workloads.choose.container-image"));
        if (missing.isPresent()) {
            return missing;
        }
        if (image.strip().length() > MAX_IMAGE_LENGTH) {
            return Optional.of(Msg.of("workloads.image.too-long", MAX_IMAGE_LENGTH, image.strip().length()));
        }
        if (image.strip().chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of(Msg.of("workloads.image.spaces"));
        }
        return Optional.empty();
    }

    /**
     * Why this Supervisor runs no vSphere Pods, or empty when it does: they need a single-zone one. A rule of its
     * own so the pod form can say it before anyone fills it in.
     */
    public static Optional<Msg> podTopologyProblem(SupervisorFacts facts) {
        if (facts.topology() == Topology.SINGLE_ZONE) {
            return Optional.empty();
        }
        return Optional.of(Msg.of("workloads.pods.single-zone-only", facts.zones().size(),
                String.join(", ", facts.zoneNames())));
    }

    public static Optional<Msg> diskProblem(Long diskGib) {
        if (diskGib == null) {
            return Optional.of(Msg.of("workloads.disk.missing"));
        }
        if (diskGib < 1 || diskGib > MAX_DISK_GIB) {
            return Optional.of(Msg.of("workloads.disk.out-of-range", MAX_DISK_GIB));
        }
        return Optional.empty();
    }

    public static Optional<Msg> controlPlaneProblem(Integer nodes) {
        if (nodes == null || (nodes != 1 && nodes != 3)) {
            return Optional.of(Msg.of("workloads.control-plane.nodes"));
        }
        return Optional.empty();
    }

    public static Optional<Msg> replicasProblem(Integer replicas) {
        if (replicas == null || replicas < 0 || replicas > MAX_REPLICAS) {
            return Optional.of(Msg.of("workloads.replicas.out-of-range", MAX_REPLICAS));
        }
        return Optional.empty();
    }

    /** A cluster's name must leave room for its nodes' names ("name-control-plane-1") within 63 characters. */
    public static Optional<Msg> clusterNameProblem(String name) {
        Optional<Msg> label = Dns1123.labelProblem(name);
        if (label.isPresent()) {
            return label;
        }
        int max = Dns1123.MAX_LENGTH - NODE_SUFFIX;
        if (name.length() > max) {
            return Optional.of(Msg.of("workloads.cluster-name.too-long", max));
        }
        return Optional.empty();
    }

    /** A pool's nodes are named "cluster-pool-N"; that must stay a DNS-1123 label. */
    public static Optional<Msg> poolNameProblem(String pool, String cluster) {
        Optional<Msg> label = Dns1123.labelProblem(pool);
        if (label.isPresent()) {
            return label;
        }
        int clusterLength = cluster == null ? 0 : cluster.length();
        if (clusterLength + 1 + pool.length() + 4 > Dns1123.MAX_LENGTH) {
            return Optional.of(Msg.of("workloads.pool-name.too-long", cluster, pool));
        }
        return Optional.empty();
    }

    /** {@code missing} when {@code value} is blank. */
    /**
     * Checks each row of a list a request repeats (node pools, containers) with the prefix of its fields
     * ("containers[1]."); a row that is missing is a problem of its own ("containers[1]").
     */
    private static <T> void eachRow(List<FieldProblem> problems, String field, List<T> rows, String missingKey,
                                    BiConsumer<T, String> check) {
        for (int i = 0; i < rows.size(); i++) {
            String path = field + "[" + i + "]";
            if (rows.get(i) == null) {
                problems.add(FieldProblem.of(path, missingKey));
            } else {
                check.accept(rows.get(i), path + ".");
            }
        }
    }

    /** The name's own problem or, when it has none, that an earlier row of the request took the name already. */
    private static Optional<Msg> unique(Optional<Msg> nameProblem, String name, Set<String> taken, String takenKey) {
        if (nameProblem.isEmpty() && !taken.add(name)) {
            return Optional.of(Msg.of(takenKey, name));
        }
        return nameProblem;
    }

    private static Optional<Msg> required(String value, Msg missing) {
        return value == null || value.isBlank() ? Optional.of(missing) : Optional.empty();
    }

    private static void add(List<FieldProblem> problems, String field, Optional<Msg> problem) {
        problem.ifPresent(message -> problems.add(new FieldProblem(field, message)));
    }
}
