package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.catalog.Reservation;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.inventory.SupervisorFacts;
import dev.supervisorportal.backend.inventory.Topology;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.workloads.TkgNodePlan.PlannedNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** How a cluster becomes node VMs, and which zone each goes to, without a database. */
class TkgNodePlanTest {

    static final SupervisorFacts THREE_ZONES = new SupervisorFacts(Topology.THREE_ZONE, 2_000,
            List.of(new ZoneRef(1, "zone-a"), new ZoneRef(2, "zone-b"), new ZoneRef(3, "zone-c")), "test");
    static final VmClassView SMALL = new VmClassView("best-effort-small", 2, 4_096, Reservation.BEST_EFFORT);
    static final VmClassView LARGE = new VmClassView("best-effort-large", 4, 16_384, Reservation.BEST_EFFORT);

    @Test
    void threeControlPlaneNodesOnThreeZonesGoOneToEachZone() {
        List<PlannedNode> nodes = plan(cluster(3, List.of()), demand -> "zone-b");

        assertThat(nodes).extracting(PlannedNode::name, PlannedNode::zone, PlannedNode::role).containsExactly(
                tuple("dev-control-plane-1", "zone-a", "control-plane"),
                tuple("dev-control-plane-2", "zone-b", "control-plane"),
                tuple("dev-control-plane-3", "zone-c", "control-plane"));
        assertThat(nodes).allSatisfy(node -> {
            assertThat(node.antiAffinity()).isEqualTo("dev/control-plane");
            assertThat(node.demand()).isEqualTo(new Limits(4_000, 4_096, WorkloadDemand.TKG_NODE_DISK_GIB));
        });
    }

    @Test
    void oneControlPlaneNodeGoesWhereAdmissionFindsTheMostRoom() {
        List<Limits> asked = new ArrayList<>();

        List<PlannedNode> nodes = plan(cluster(1, List.of()), demand -> {
            asked.add(demand);
            return "zone-c";
        });

        assertThat(nodes).singleElement().extracting(PlannedNode::zone).isEqualTo("zone-c");
        assertThat(asked).containsExactly(new Limits(4_000, 4_096, 20));
    }

    @Test
    void aPoolWithoutAZoneIsSpreadInNameOrderAndOneWithAZoneStaysThere() {
        var spread = new CreateTkgClusterCommand.NodePool("workers", 4, LARGE.name(), " ");
        var pinned = new CreateTkgClusterCommand.NodePool("gpu", 2, LARGE.name(), "zone-b");

        List<PlannedNode> workers = plan(cluster(1, List.of(spread, pinned)), demand -> "zone-a").subList(1, 7);

        assertThat(workers).extracting(PlannedNode::name).containsExactly("dev-workers-1", "dev-workers-2",
                "dev-workers-3", "dev-workers-4", "dev-gpu-1", "dev-gpu-2");
        assertThat(workers).extracting(PlannedNode::zone)
                .containsExactly("zone-a", "zone-b", "zone-c", "zone-a", "zone-b", "zone-b");
        assertThat(workers).extracting(PlannedNode::askedZone)
                .containsExactly(null, null, null, null, "zone-b", "zone-b");
        assertThat(workers).allSatisfy(node -> {
            assertThat(node.role()).isEqualTo("worker");
            assertThat(node.demand()).isEqualTo(new Limits(8_000, 16_384, 20));
        });
    }

    private static CreateTkgClusterCommand cluster(int controlPlaneNodes, List<CreateTkgClusterCommand.NodePool> pools) {
        return new CreateTkgClusterCommand("dev", "v1.30", controlPlaneNodes, SMALL.name(), "vsan", pools);
    }

    private static List<PlannedNode> plan(CreateTkgClusterCommand command,
                                          Function<Limits, String> bestZone) {
        return TkgNodePlan.plan(command, THREE_ZONES, SMALL,
                Map.of("workers", LARGE, "gpu", LARGE), bestZone);
    }
}
