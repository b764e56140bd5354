package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.reconcile.HostRefusal;
import dev.supervisorportal.backend.reconcile.HostScore;
import dev.supervisorportal.backend.reconcile.PlacementExplanation;
import dev.supervisorportal.backend.workloads.ClusterHealth;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.backend.workloads.WorkloadKind;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.WorkloadView;
import dev.supervisorportal.portal.ui.BundleKeys;
import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The workload pages' values in words, and the clusters tab's Explain button for each node VM. */
@ExtendWith(PortalUi.class)
class WorkloadTextsTest {

    static final WorkloadView NODE = new WorkloadView(WorkloadKind.TKG_NODE, "dev-control-plane-1", "team-a-apps",
            "zone-a", WorkloadStatus.PENDING, Msg.of("stored.as-written", "No host has room."), null, new Limits(4000, 8192, 20),
            "best-effort-medium", null, "vsan-default-storage-policy", "dev", "control-plane", "alice",
            Instant.EPOCH);
    static final TkgClusterView CLUSTER = new TkgClusterView("dev", "team-a-apps", "v1.30.1---vmware.1-fips.1-tkg.5",
            1, "best-effort-medium", "vsan-default-storage-policy", List.of(), List.of(NODE), ClusterHealth.CREATING,
            Msg.of("stored.as-written", "Creating: 0/1 nodes running"), "alice", Instant.EPOCH, 0, null);

    @Test
    void aRollingClustersProgressShowsOnceUnderItsStatus() {
        Msg progress = Msg.of("workloads.rollout.upgrading", "v1.30.1", 2, 5);
        var rolling = new TkgClusterView("dev", "team-a-apps", "v1.30.1---vmware.1-fips.1-tkg.5", 1,
                "best-effort-medium", "vsan-default-storage-policy", List.of(), List.of(NODE), ClusterHealth.RUNNING,
                progress, "alice", Instant.EPOCH, 3, progress);

        var cell = TkgClustersPanel.health(rolling);

        assertThat(cell.getElement().getTextRecursively()).isEqualTo("RUNNINGUpgrading to v1.30.1: 2 of 5 nodes");
        assertThat(cell.getChildren().filter(child -> child.getId().orElse("").equals("cluster-rollout-dev")))
                .hasSize(1);
        assertThat(TkgClustersPanel.health(CLUSTER).getElement().getTextRecursively())
                .isEqualTo("CREATINGCreating: 0/1 nodes running");
    }

    @Test
    void everyStatusHealthAndNodeRoleHasItsTextInBothLanguages() {
        assertThat(BundleKeys.missing(Arrays.stream(WorkloadStatus.values())
                .map(status -> "workloads.status." + status.name()))).isEmpty();
        assertThat(BundleKeys.missing(Arrays.stream(ClusterHealth.values())
                .map(health -> "workloads.health." + health.name()))).isEmpty();
        assertThat(BundleKeys.missing(TkgClustersPanel.NODE_ROLES.stream().map(role -> "workloads.role." + role)))
                .isEmpty();
        assertThat(TkgClustersPanel.health(ClusterHealth.DEGRADED)).isEqualTo("DEGRADED");
    }

    @Test
    void eachNodeVmOfAClusterHasAnExplainButton() {
        List<WorkloadView> explained = new ArrayList<>();
        var panel = new TkgClustersPanel(List.of(CLUSTER), true, cluster -> { }, explained::add, cluster -> { }, cluster -> { });
        Grid<WorkloadView> nodes = panel.nodes(CLUSTER, explained::add);
        var explainColumn = nodes.getColumns().getLast();
        @SuppressWarnings("unchecked")
        var renderer = (ComponentRenderer<Button, WorkloadView>) explainColumn.getRenderer();
        Button explain = renderer.createComponent(NODE);

        explain.click();

        assertThat(explain.getId()).contains("explain-node-dev-control-plane-1");
        assertThat(explain.getAriaLabel()).contains("Explain the placement of node VM dev-control-plane-1");
        assertThat(explain.getTooltip().getText()).isEqualTo("Explain the placement of node VM dev-control-plane-1");
        assertThat(explained).containsExactly(NODE);
        assertThat(nodes.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("Node VM", "Role", "VM class", "Zone", "Host", "Status", "Why", "");
    }

    @Test
    void thePlacementDialogReadsAsBefore() {
        var dialog = new PlacementDialog(new PlacementExplanation(WorkloadKind.VM, "team-a-apps", "web-1", "zone-b",
                WorkloadStatus.RUNNING, "esx-b-01", "spread", Msg.of("stored.as-written", "Runs on esx-b-01."),
                List.of(new HostScore("esx-b-01", 1234), new HostScore("esx-b-02", 80)),
                List.of(new HostRefusal("esx-b-03", Msg.of("scheduler.in-maintenance")))));

        assertThat(dialog.getHeaderTitle()).isEqualTo("Placement of web-1");
        assertThat(dialog.getChildren().map(component -> component.getElement().getTextRecursively()).toList())
                .containsExactly("Runs on esx-b-01.", "Zone zone-b, status RUNNING, policy spread.",
                        "Hosts that could take it, best first", "esx-b-01: score 1234 (its host)esx-b-02: score 80",
                        "Hosts that could not", "esx-b-03: in maintenance");
    }
}
