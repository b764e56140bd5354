package dev.supervisorportal.portal.workloads;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.reconcile.WhatIfAnswer;
import dev.supervisorportal.backend.workloads.ChangeTkgClusterCommand;
import dev.supervisorportal.backend.workloads.ClusterHealth;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.portal.ui.PortalUi;
import dev.supervisorportal.portal.ui.WhatIfVerdict;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The form that changes a TKG cluster: only allowed upgrades offered, pools scaled, added and removed. */
@ExtendWith(PortalUi.class)
class TkgClusterChangeFormTest {

    static final String V128 = "v1.28.8---vmware.1-fips.1-tkg.2";
    static final String V129 = "v1.29.4---vmware.3-fips.1-tkg.1";
    static final String V130 = "v1.30.1---vmware.1-fips.1-tkg.5";
    static final TkgClusterView CLUSTER = new TkgClusterView("dev", "team-a-apps", V128, 1, "best-effort-medium",
            "vsan-default-storage-policy", List.of(new TkgClusterView.NodePool("workers", 2, "best-effort-medium",
            null)), List.of(), ClusterHealth.RUNNING, Msg.of("stored.as-written", "Running: 3/3 nodes"), "alice",
            Instant.EPOCH, 7, null);

    private final TkgClusterChangeForm form = new TkgClusterChangeForm(CLUSTER, List.of(V128, V129, V130),
            List.of(TkgClusterFormTest.MEDIUM, VmFormTest.LARGE), List.of("zone-a", "zone-b", "zone-c"));
    private final List<ChangeTkgClusterCommand> sent = new ArrayList<>();

    TkgClusterChangeFormTest() {
        form.addSubmitListener(sent::add);
    }

    @Test
    void offersTheCurrentReleaseAndOnlyTheNextMinor() {
        assertThat(form.release.getListDataView().getItems().toList()).containsExactly(V128, V129);
        assertThat(form.release.getValue()).isEqualTo(V128);
        assertThat(form.release.getItemLabelGenerator().apply(V129)).isEqualTo("Upgrade to " + V129);
    }

    @Test
    void scalingAPoolAndUpgradingSendsTheDesiredStateWithTheVersionItWasDecidedOn() {
        form.pools.getFirst().replicas.setValue(4);
        form.release.setValue(V129);

        form.submit.click();

        assertThat(sent).containsExactly(new ChangeTkgClusterCommand(V129, null, null, null, List.of(
                new CreateTkgClusterCommand.NodePool("workers", 4, "best-effort-medium", null)), 7L));
        assertThat(form.pools.getFirst().replicas.getId()).contains("pool-replicas-workers");
        assertThat(form.pools.getFirst().name.isReadOnly()).isTrue();
    }

    @Test
    void aNewPoolIsAddedAndARemovedOneIsLeftOut() {
        form.pools.getFirst().remove.click();
        NodePoolRow gpu = form.addRow();
        gpu.name.setValue("big");
        gpu.replicas.setValue(1);
        gpu.vmClass.setValue(VmFormTest.LARGE);

        form.submit.click();

        assertThat(sent).containsExactly(new ChangeTkgClusterCommand(V128, null, null, null, List.of(
                new CreateTkgClusterCommand.NodePool("big", 1, VmFormTest.LARGE.name(), null)), 7L));
    }

    @Test
    void aRefusedReplicaCountIsShownAtThePoolAndNothingIsSent() {
        form.pools.getFirst().replicas.setValue(-1);

        form.submit.click();

        assertThat(sent).isEmpty();
        assertThat(form.pools.getFirst().replicas.getErrorMessage()).isEqualTo("Enter from 0 to 100 replicas.");
    }

    @Test
    void theWhatIfAnswerIsShownBeforeTheChangeIsSent() {
        List<ChangeTkgClusterCommand> asked = new ArrayList<>();
        form.setWhatIf(command -> {
            asked.add(command);
            return new WhatIfAnswer(false, false, Msg.of("stored.as-written", "zone-a: CPU falls short by 2,000 MHz"),
                    "spread", List.of(), List.of());
        });
        form.pools.getFirst().replicas.setValue(5);

        assertThat(asked).last().extracting(command -> command.nodePools().getFirst().replicas()).isEqualTo(5);
        assertThat(form.whatIf.outcome()).isEqualTo(WhatIfVerdict.Outcome.REFUSED);
        assertThat(form.whatIf.text()).contains("zone-a: CPU falls short by 2,000 MHz");
        assertThat(sent).isEmpty();
    }

    @Test
    void theClusterRowOffersTheChangeToEditorsAndShowsTheRollsProgress() {
        var rolling = new TkgClusterView("dev", "team-a-apps", V129, 1, "best-effort-medium",
                "vsan-default-storage-policy", CLUSTER.nodePools(), List.of(), ClusterHealth.RUNNING,
                Msg.of("stored.as-written", "Upgrading to v1.29.4: 1 of 3 nodes"), "alice", Instant.EPOCH, 8,
                Msg.of("stored.as-written", "Upgrading to v1.29.4: 1 of 3 nodes"));
        List<TkgClusterView> changed = new ArrayList<>();

        Grid<TkgClusterView> grid = grid(new TkgClustersPanel(List.of(rolling), true, c -> { }, n -> { }, c -> { },
                changed::add));
        Div actions = cell(grid, grid.getColumns().size() - 1, rolling);
        ((Button) byId(actions, "change-cluster-dev")).click();
        Div status = cell(grid, 4, rolling);

        assertThat(changed).containsExactly(rolling);
        assertThat(byId(status, "cluster-rollout-dev").getElement().getText())
                .isEqualTo("Upgrading to v1.29.4: 1 of 3 nodes");
        Grid<TkgClusterView> forViewers = grid(new TkgClustersPanel(List.of(rolling), false, c -> { }, n -> { },
                c -> { }, changed::add));
        assertThat(cell(forViewers, forViewers.getColumns().size() - 1, rolling).getChildren()
                .map(child -> child.getId().orElse(""))).doesNotContain("change-cluster-dev");
    }

    @SuppressWarnings("unchecked")
    private static Grid<TkgClusterView> grid(TkgClustersPanel panel) {
        return (Grid<TkgClusterView>) panel.getChildren().findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Div cell(Grid<TkgClusterView> grid, int column, TkgClusterView cluster) {
        return ((ComponentRenderer<Div, TkgClusterView>) grid.getColumns().get(column).getRenderer())
                .createComponent(cluster);
    }

    private static Component byId(Div cell, String id) {
        return cell.getChildren().filter(child -> child.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }
}
