package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Dns1123;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.inventory.Topology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        add(problems, "vmClass", required(vm.vmClass(), "a VM class"));
        add(problems, "image", required(vm.image(), "an image"));
        add(problems, "storagePolicy", required(vm.storagePolicy(), "a storage policy"));
        add(problems, "diskGib", diskProblem(vm.diskGib()));
        return problems;
    }

    public static List<FieldProblem> problems(CreateTkgClusterCommand cluster) {
        List<FieldProblem> problems = new ArrayList<>();
        add(problems, "name", clusterNameProblem(cluster.name()));
        add(problems, "kubernetesRelease", required(cluster.kubernetesRelease(), "a Kubernetes release"));
        add(problems, "controlPlaneNodes", controlPlaneProblem(cluster.controlPlaneNodes()));
        add(problems, "controlPlaneVmClass", required(cluster.controlPlaneVmClass(), "a VM class for the control plane"));
        add(problems, "storagePolicy", required(cluster.storagePolicy(), "a storage policy"));
        List<CreateTkgClusterCommand.NodePool> pools = cluster.nodePools() == null ? List.of() : cluster.nodePools();
        if (pools.size() > MAX_NODE_POOLS) {
            problems.add(new FieldProblem("nodePools", "Use at most " + MAX_NODE_POOLS + " node pools."));
        }
        Set<String> poolNames = new HashSet<>();
        for (int i = 0; i < pools.size(); i++) {
            CreateTkgClusterCommand.NodePool pool = pools.get(i);
            String prefix = "nodePools[" + i + "].";
            if (pool == null) {
                problems.add(new FieldProblem("nodePools[" + i + "]", "Describe the node pool."));
                continue;
            }
            Optional<String> nameProblem = poolNameProblem(pool.name(), cluster.name());
            if (nameProblem.isEmpty() && !poolNames.add(pool.name())) {
                nameProblem = Optional.of("Another node pool of this cluster is named " + pool.name() + ".");
            }
            add(problems, prefix + "name", nameProblem);
            add(problems, prefix + "replicas", replicasProblem(pool.replicas()));
            add(problems, prefix + "vmClass", required(pool.vmClass(), "a VM class"));
        }
        return problems;
    }

    public static List<FieldProblem> problems(CreatePodCommand pod) {
        List<FieldProblem> problems = new ArrayList<>();
        add(problems, "name", Dns1123.labelProblem(pod.name()));
        List<CreatePodCommand.Container> containers = pod.containers() == null ? List.of() : pod.containers();
        if (containers.isEmpty()) {
            problems.add(new FieldProblem("containers", "Add at least one container."));
        }
        if (containers.size() > MAX_CONTAINERS) {
            problems.add(new FieldProblem("containers", "Use at most " + MAX_CONTAINERS + " containers."));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < containers.size(); i++) {
            CreatePodCommand.Container container = containers.get(i);
            String prefix = "containers[" + i + "].";
            if (container == null) {
                problems.add(new FieldProblem("containers[" + i + "]", "Describe the container."));
                continue;
            }
            Optional<String> nameProblem = Dns1123.labelProblem(container.name());
            if (nameProblem.isEmpty() && !names.add(container.name())) {
                nameProblem = Optional.of("Another container of this pod is named " + container.name() + ".");
            }
            add(problems, prefix + "name", nameProblem);
            add(problems, prefix + "image", containerImageProblem(container.image()));
            add(problems, prefix + "cpu", KubernetesQuantities.cpuMillicores(container.cpu()).problemMessage());
            add(problems, prefix + "memory", KubernetesQuantities.memoryMib(container.memory()).problemMessage());
        }
        return problems;
    }

    /** A container image reference, like {@code nginx:1.27} or {@code registry.example.com/team/app@sha256:…}. */
    public static Optional<String> containerImageProblem(String image) {
        Optional<String> missing = required(image, "an image, like nginx:1.27");
        if (missing.isPresent()) {
            return missing;
        }
        if (image.strip().length() > MAX_IMAGE_LENGTH) {
            return Optional.of("Use at most " + MAX_IMAGE_LENGTH + " characters; this image has " + image.strip().length()
                    + ".");
        }
        if (image.strip().chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of("Write the image without spaces, like nginx:1.27.");
        }
        return Optional.empty();
    }

    /**
     * Why this Supervisor runs no vSphere Pods, or empty when it does: they need a single-zone one. A rule of its
     * own so the pod form can say it before anyone fills it in.
     */
    public static Optional<String> podTopologyProblem(SupervisorFacts facts) {
        if (facts.topology() == Topology.SINGLE_ZONE) {
            return Optional.empty();
        }
        return Optional.of("vSphere Pods run only on a single-zone Supervisor, and this one has "
                + facts.zones().size() + " zones (" + String.join(", ", facts.zoneNames())
                + "). Run the containers in a TKG cluster instead.");
    }

    public static Optional<String> diskProblem(Long diskGib) {
        if (diskGib == null) {
            return Optional.of("Enter the disk size in GiB.");
        }
        if (diskGib < 1 || diskGib > MAX_DISK_GIB) {
            return Optional.of("Enter a disk size from 1 to " + String.format("%,d", MAX_DISK_GIB) + " GiB.");
        }
        return Optional.empty();
    }

    public static Optional<String> controlPlaneProblem(Integer nodes) {
        if (nodes == null || (nodes != 1 && nodes != 3)) {
            return Optional.of("A control plane has 1 node, or 3 for high availability.");
        }
        return Optional.empty();
    }

    public static Optional<String> replicasProblem(Integer replicas) {
        if (replicas == null || replicas < 0 || replicas > MAX_REPLICAS) {
            return Optional.of("Enter from 0 to " + MAX_REPLICAS + " replicas.");
        }
        return Optional.empty();
    }

    /** A cluster's name must leave room for its nodes' names ("name-control-plane-1") within 63 characters. */
    public static Optional<String> clusterNameProblem(String name) {
        Optional<String> label = Dns1123.labelProblem(name);
        if (label.isPresent()) {
            return label;
        }
        int max = Dns1123.MAX_LENGTH - NODE_SUFFIX;
        if (name.length() > max) {
            return Optional.of("Use at most " + max + " characters, so the node names fit in 63.");
        }
        return Optional.empty();
    }

    /** A pool's nodes are named "cluster-pool-N"; that must stay a DNS-1123 label. */
    public static Optional<String> poolNameProblem(String pool, String cluster) {
        Optional<String> label = Dns1123.labelProblem(pool);
        if (label.isPresent()) {
            return label;
        }
        int clusterLength = cluster == null ? 0 : cluster.length();
        if (clusterLength + 1 + pool.length() + 4 > Dns1123.MAX_LENGTH) {
            return Optional.of("Too long with the cluster's name: node names like " + cluster + "-" + pool
                    + "-1 must fit in 63 characters.");
        }
        return Optional.empty();
    }

    private static Optional<String> required(String value, String what) {
        return value == null || value.isBlank() ? Optional.of("Choose " + what + ".") : Optional.empty();
    }

    private static void add(List<FieldProblem> problems, String field, Optional<String> problem) {
        problem.ifPresent(message -> problems.add(new FieldProblem(field, message)));
    }
}
