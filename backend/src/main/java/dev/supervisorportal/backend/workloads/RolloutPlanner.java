package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Msg;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The next step of a TKG cluster's rolling change, from its desired spec and its nodes: a pure function, as Cluster
 * API's machine deployments roll with {@code maxSurge: 1, maxUnavailable: 0}. The control plane goes first, then each
 * pool in order. A step adds ONE surge node built to the desired spec (in the zone of the old node it is to replace),
 * waits until it runs, then removes one old node; so the cluster never has more than one node above its desired
 * count, and a node that ran is only removed once its replacement runs (a three-node control plane keeps quorum).
 */
final class RolloutPlanner {

    /**
     * A group of nodes built alike: the control plane ({@code pool} null) or a node pool.
     *
     * @param desired how many nodes the group should have
     */
    record Group(String pool, int desired, String vmClass) {

        boolean holds(Node node) {
            return Objects.equals(pool, node.pool());
        }
    }

    /** A node as the planner sees it; a higher id was created later. */
    record Node(long id, String name, String pool, String release, String vmClass, WorkloadStatus status,
                String zone) {

        boolean runs() {
            return status == WorkloadStatus.RUNNING;
        }
    }

    /** What to do next. */
    sealed interface Step {
    }

    /** Every node is built to the desired spec, and no group has more than it should: the roll is over. */
    record Done() implements Step {
    }

    /** The surge node (or a new node) is not running yet: nothing to do until it runs. */
    record Wait(Node node) implements Step {
    }

    /** Create one node of {@code group} to the desired spec in {@code zone}, to replace {@code replacing}. */
    record AddSurge(Group group, String zone, Node replacing) implements Step {
    }

    /** Remove this node: an old one whose replacement runs, or one above the group's desired count. */
    record RemoveOld(Node node) implements Step {
    }

    private RolloutPlanner() {
    }

    /**
     * The next step.
     *
     * @param release the desired Kubernetes release
     * @param groups  the control plane first, then the pools in the order they roll
     */
    static Step next(String release, List<Group> groups, List<Node> nodes) {
        for (Group group : groups) {
            List<Node> members = members(group, nodes);
            if (members.size() > group.desired()) {
                return surplus(release, group, members);
            }
        }
        for (Group group : groups) {
            Optional<Node> oldest = members(group, nodes).stream().filter(node -> !current(release, group, node))
                    .min(OLD_FIRST);
            if (oldest.isPresent()) {
                return new AddSurge(group, oldest.get().zone(), oldest.get());
            }
        }
        return new Done();
    }

    /**
     * What the roll says about itself: "Upgrading to v1.30.1: 3 of 5 nodes" (all of the cluster's nodes change) or
     * "Changing pool workers to best-effort-large: 1 of 2 nodes"; empty when nothing rolls.
     */
    static Optional<Msg> progress(String release, List<Group> groups, List<Node> nodes) {
        if (nodes.stream().anyMatch(node -> !release.equals(node.release()))) {
            int all = groups.stream().mapToInt(Group::desired).sum();
            long done = groups.stream().mapToLong(group -> upToDateRunning(release, group, nodes)).sum();
            return Optional.of(Msg.of("workloads.rollout.upgrading", KubernetesReleases.version(release),
                    Math.min(done, all), all));
        }
        return groups.stream()
                .filter(group -> members(group, nodes).stream().anyMatch(node -> !current(release, group, node)))
                .findFirst()
                .map(group -> Msg.of(group.pool() == null ? "workloads.rollout.control-plane-class"
                                : "workloads.rollout.pool-class", group.pool(), group.vmClass(),
                        Math.min(upToDateRunning(release, group, nodes), group.desired()), group.desired()));
    }

    static boolean current(String release, Group group, Node node) {
        return release.equals(node.release()) && group.vmClass().equals(node.vmClass());
    }

    private static long upToDateRunning(String release, Group group, List<Node> nodes) {
        return members(group, nodes).stream().filter(node -> node.runs() && current(release, group, node)).count();
    }

    /**
     * A group above its desired count: wait while a node built to the spec does not run yet; then remove an old
     * node, one that does not run first; with no old node left, remove the newest of the surplus.
     */
    private static Step surplus(String release, Group group, List<Node> members) {
        Optional<Node> starting = members.stream().filter(node -> current(release, group, node) && !node.runs())
                .min(OLD_FIRST);
        if (starting.isPresent()) {
            return new Wait(starting.get());
        }
        List<Node> old = members.stream().filter(node -> !current(release, group, node)).toList();
        if (!old.isEmpty()) {
            return new RemoveOld(old.stream().min(NOT_RUNNING_FIRST.thenComparing(OLD_FIRST)).orElseThrow());
        }
        return new RemoveOld(members.stream().min(NOT_RUNNING_FIRST.thenComparing(OLD_FIRST.reversed()))
                .orElseThrow());
    }

    private static final Comparator<Node> OLD_FIRST = Comparator.comparingLong(Node::id);
    private static final Comparator<Node> NOT_RUNNING_FIRST = Comparator.comparing(Node::runs);

    private static List<Node> members(Group group, List<Node> nodes) {
        return nodes.stream().filter(group::holds).toList();
    }
}
