package dev.supervisorportal.backend.workloads;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 seeded histories of a cluster: upgrades, pool class changes and scaling (done at once, as the service does)
 * interleaved with roll-out steps and nodes starting and failing. At every step: never more than one node above the
 * desired count, a node that runs is removed only when its group keeps as many running nodes as it should have (a
 * three-node control plane keeps quorum), every step acts on a node that exists; at the end every node is built to
 * the desired spec and every group has its count.
 */
class RolloutPlannerPropertiesTest {

    private static final List<String> RELEASES = List.of("v1.28.8---vmware.1", "v1.29.4---vmware.3",
            "v1.30.1---vmware.1", "v1.31.2---vmware.1");
    private static final List<String> CLASSES = List.of("small", "medium", "large");
    private static final List<String> ZONES = List.of("zone-a", "zone-b", "zone-c");

    static LongStream seeds() {
        return LongStream.range(0, 1_000);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aRollNeverSurgesTwiceKeepsItsRunningNodesAndEndsAtTheTarget(long seed) {
        Random random = new Random(seed);
        State state = new State(random.nextBoolean() ? 3 : 1, random.nextInt(3));
        IntStream.range(0, 1 + random.nextInt(3)).forEach(i -> state.addPool("pool-" + i, random.nextInt(4)));
        state.allRunning();

        for (int t = 0; t < 200; t++) {
            int event = random.nextInt(100);
            if (event < 5) {
                state.upgrade();
            } else if (event < 10) {
                state.changeClass(random);
            } else if (event < 15) {
                state.scale(random);
            } else if (event < 45) {
                state.startOne(random);
            } else if (event < 48) {
                state.failOne(random);
            } else {
                state.step();
            }
            state.checkInvariants();
        }
        for (int t = 0; t < 2_000 && !(state.step() instanceof RolloutPlanner.Done); t++) {
            state.allRunning();
            state.checkInvariants();
        }
        assertThat(RolloutPlanner.next(state.release, state.groups, state.nodes))
                .isInstanceOf(RolloutPlanner.Done.class);
        for (RolloutPlanner.Group group : state.groups) {
            List<RolloutPlanner.Node> members = state.members(group);
            assertThat(members).hasSize(group.desired());
            assertThat(members).allMatch(node -> RolloutPlanner.current(state.release, group, node));
        }
    }

    @Test
    void progressCountsTheUpToDateRunningNodesOfTheWholeClusterForAnUpgrade() {
        State state = new State(3, 0);
        state.addPool("workers", 2);
        state.allRunning();
        state.upgrade();
        assertThat(RolloutPlanner.progress(state.release, state.groups, state.nodes).orElseThrow().english())
                .isEqualTo("Upgrading to v1.29.4: 0 of 5 nodes");
        state.step();
        state.allRunning();
        state.step();
        assertThat(RolloutPlanner.progress(state.release, state.groups, state.nodes).orElseThrow().english())
                .isEqualTo("Upgrading to v1.29.4: 1 of 5 nodes");
    }

    private static final class State {
        String release = RELEASES.getFirst();
        final List<RolloutPlanner.Group> groups = new ArrayList<>();
        final List<RolloutPlanner.Node> nodes = new ArrayList<>();
        long nextId = 1;

        State(int controlPlane, int classIndex) {
            groups.add(new RolloutPlanner.Group(null, controlPlane, CLASSES.get(classIndex)));
            IntStream.range(0, controlPlane).forEach(i -> add(null, CLASSES.get(classIndex), ZONES.get(i % 3)));
        }

        void addPool(String name, int replicas) {
            groups.add(new RolloutPlanner.Group(name, replicas, "small"));
            IntStream.range(0, replicas).forEach(i -> add(name, "small", ZONES.get(i % 3)));
        }

        void add(String pool, String vmClass, String zone) {
            long id = nextId++;
            nodes.add(new RolloutPlanner.Node(id, "n" + id, pool, release, vmClass, WorkloadStatus.PENDING, zone));
        }

        List<RolloutPlanner.Node> members(RolloutPlanner.Group group) {
            return nodes.stream().filter(group::holds).toList();
        }

        void allRunning() {
            nodes.replaceAll(node -> with(node, WorkloadStatus.RUNNING));
        }

        void startOne(Random random) {
            List<RolloutPlanner.Node> waiting = nodes.stream().filter(node -> !node.runs()).toList();
            if (!waiting.isEmpty()) {
                RolloutPlanner.Node node = waiting.get(random.nextInt(waiting.size()));
                nodes.set(nodes.indexOf(node), with(node, WorkloadStatus.RUNNING));
            }
        }

        void failOne(Random random) {
            RolloutPlanner.Node node = nodes.get(random.nextInt(nodes.size()));
            nodes.set(nodes.indexOf(node), with(node, WorkloadStatus.PENDING));
        }

        void upgrade() {
            int at = RELEASES.indexOf(release);
            if (at + 1 < RELEASES.size()) {
                release = RELEASES.get(at + 1);
            }
        }

        void changeClass(Random random) {
            int at = 1 + random.nextInt(groups.size());
            if (at < groups.size()) {
                RolloutPlanner.Group group = groups.get(at);
                groups.set(at, new RolloutPlanner.Group(group.pool(), group.desired(),
                        CLASSES.get(random.nextInt(CLASSES.size()))));
            }
        }

        /** As the service scales: the difference to the old desired count, new nodes to spec, the newest removed. */
        void scale(Random random) {
            int at = 1 + random.nextInt(groups.size());
            if (at >= groups.size()) {
                return;
            }
            RolloutPlanner.Group group = groups.get(at);
            int replicas = random.nextInt(5);
            int delta = replicas - group.desired();
            groups.set(at, new RolloutPlanner.Group(group.pool(), replicas, group.vmClass()));
            for (int i = 0; i < delta; i++) {
                add(group.pool(), group.vmClass(), ZONES.get(i % 3));
            }
            members(group).stream().sorted(Comparator.comparingLong(RolloutPlanner.Node::id).reversed())
                    .limit(Math.max(0, -delta)).forEach(nodes::remove);
        }

        RolloutPlanner.Step step() {
            RolloutPlanner.Step step = RolloutPlanner.next(release, groups, nodes);
            switch (step) {
                case RolloutPlanner.AddSurge surge -> {
                    assertThat(nodes).as("the node it replaces exists").contains(surge.replacing());
                    assertThat(RolloutPlanner.current(release, surge.group(), surge.replacing())).isFalse();
                    int before = nodes.size();
                    add(surge.group().pool(), surge.group().vmClass(), surge.zone());
                    assertThat(nodes).hasSize(before + 1);
                }
                case RolloutPlanner.RemoveOld old -> {
                    assertThat(nodes).as("the node it removes exists").contains(old.node());
                    RolloutPlanner.Group group = groups.stream().filter(g -> g.holds(old.node())).findFirst()
                            .orElseThrow();
                    long runningBefore = members(group).stream().filter(RolloutPlanner.Node::runs).count();
                    nodes.remove(old.node());
                    if (old.node().runs()) {
                        assertThat(runningBefore - 1).as("running nodes of %s after removing a running one",
                                group).isGreaterThanOrEqualTo(group.desired());
                    }
                }
                case RolloutPlanner.Wait wait -> assertThat(wait.node().runs()).isFalse();
                case RolloutPlanner.Done done -> {
                }
            }
            return step;
        }

        void checkInvariants() {
            int desired = groups.stream().mapToInt(RolloutPlanner.Group::desired).sum();
            assertThat(nodes.size()).as("nodes of the cluster, at most one surge").isLessThanOrEqualTo(desired + 1);
            assertThat(nodes).allMatch(node -> groups.stream().anyMatch(group -> Objects.equals(group.pool(),
                    node.pool())));
        }

        private static RolloutPlanner.Node with(RolloutPlanner.Node node, WorkloadStatus status) {
            return new RolloutPlanner.Node(node.id(), node.name(), node.pool(), node.release(), node.vmClass(),
                    status, node.zone());
        }
    }
}
