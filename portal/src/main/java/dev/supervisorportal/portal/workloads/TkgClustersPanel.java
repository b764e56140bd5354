package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.supervisorportal.backend.workloads.ClusterHealth;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.backend.workloads.WorkloadView;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.StatusBadge;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A namespace's TKG clusters, each with the node VMs it expanded into listed under it (each node's placement
 * explained on request, as for a VM), and each as YAML.
 */
public class TkgClustersPanel extends Div {

    /** Node roles the portal has words for; another role shows as the backend names it. */
    static final List<String> NODE_ROLES = List.of("control-plane", "worker");

    /**
     * @param explainNode shows why a node VM waits or how the hosts score for it ({@link PlacementDialog})
     * @param change      scales, upgrades or changes the pools of a cluster ({@link TkgClusterChangeDialog})
     */
    public TkgClustersPanel(List<TkgClusterView> clusters, boolean mayEdit, Consumer<TkgClusterView> delete,
                            Consumer<WorkloadView> explainNode, Consumer<TkgClusterView> showYaml,
                            Consumer<TkgClusterView> change) {
        if (clusters.isEmpty()) {
            var empty = new Paragraph(getTranslation(mayEdit ? "workloads.tkg-clusters.none.may-create"
                    : "workloads.tkg-clusters.none"));
            empty.setId("no-tkg-clusters");
            add(empty);
            return;
        }
        var grid = new Grid<TkgClusterView>();
        grid.setId("tkg-clusters");
        grid.addColumn(TkgClusterView::name).setHeader(getTranslation("workloads.name")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(TkgClusterView::kubernetesRelease).setHeader(getTranslation("workloads.tkg.release"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(cluster -> cluster.controlPlaneNodes() + " × " + cluster.controlPlaneVmClass())
                .setHeader(getTranslation("workloads.tkg.control-plane")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::pools).setHeader(getTranslation("workloads.tkg.pools")).setFlexGrow(2);
        grid.addComponentColumn(TkgClustersPanel::health).setHeader(getTranslation("workloads.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TkgClusterView::createdBy).setHeader(getTranslation("workloads.created-by")).setAutoWidth(true)
                .setFlexGrow(0);
        WorkloadColumns.actions(grid,
                cluster -> WorkloadColumns.yamlButton("yaml-tkg-cluster-" + cluster.name(), cluster(cluster),
                        () -> showYaml.accept(cluster)),
                mayEdit ? cluster -> WorkloadColumns.changeButton("change-cluster-" + cluster.name(),
                        cluster(cluster), () -> change.accept(cluster)) : null,
                mayEdit ? cluster -> WorkloadColumns.deleteButton("delete-tkg-cluster-" + cluster.name(),
                        cluster(cluster), () -> delete.accept(cluster)) : null);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(cluster -> nodes(cluster, explainNode)));
        grid.setDetailsVisibleOnClick(false);
        grid.setItems(clusters);
        clusters.forEach(cluster -> grid.setDetailsVisible(cluster, true));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    /** "TKG cluster dev", as buttons name it. */
    private String cluster(TkgClusterView cluster) {
        return getTranslation("workloads.what.tkg-cluster", cluster.name());
    }

    /** The health as a badge, and the status sentence: "Degraded, available: 2/3 control-plane nodes, …". */
    static Div health(TkgClusterView cluster) {
        var badge = new StatusBadge(health(cluster.health()), switch (cluster.health()) {
            case CREATING -> StatusBadge.Tone.PENDING;
            case RUNNING -> StatusBadge.Tone.SUCCESS;
            case DEGRADED -> StatusBadge.Tone.WARNING;
            case UNAVAILABLE -> StatusBadge.Tone.ERROR;
        });
        var cell = new Div(badge);
        // While a running cluster rolls, its status sentence is the roll's progress: shown once, below.
        if (!cluster.status().equals(cluster.rollout())) {
            cell.add(new Span(Texts.of(cluster.status())));
        }
        cell.addClassName("cluster-health");
        cell.setId("cluster-status-" + cluster.name());
        if (cluster.rollout() != null) {
            var rollout = new Span(Texts.of(cluster.rollout()));
            rollout.setId("cluster-rollout-" + cluster.name());
            rollout.addClassName("cluster-rollout");
            rollout.getElement().setAttribute("role", "status");
            cell.add(rollout);
        }
        return cell;
    }

    static String health(ClusterHealth health) {
        return Texts.t("workloads.health." + health.name());
    }

    private String pools(TkgClusterView cluster) {
        if (cluster.nodePools().isEmpty()) {
            return getTranslation("workloads.tkg.pools.none");
        }
        return cluster.nodePools().stream().map(pool -> pool.zone() == null
                        ? getTranslation("workloads.tkg.pool.spread", pool.name(), pool.replicas(), pool.vmClass())
                        : getTranslation("workloads.tkg.pool.in-zone", pool.name(), pool.replicas(), pool.vmClass(),
                        pool.zone()))
                .collect(Collectors.joining("; "));
    }

    /** The cluster's node VMs, under its row, each with its Explain button. */
    Grid<WorkloadView> nodes(TkgClusterView cluster, Consumer<WorkloadView> explain) {
        var grid = new Grid<WorkloadView>();
        grid.setId("nodes-" + cluster.name());
        grid.addClassName("node-grid");
        grid.addColumn(WorkloadView::name).setHeader(getTranslation("workloads.tkg.node")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(node -> role(node.nodeRole())).setHeader(getTranslation("workloads.tkg.role"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkloadView::vmClass).setHeader(getTranslation("workloads.vm-class")).setAutoWidth(true)
                .setFlexGrow(0);
        WorkloadColumns.placement(grid, node -> node);
        grid.addComponentColumn(node -> WorkloadColumns.explainButton("explain-node-" + node.name(),
                getTranslation("workloads.what.node", node.name()), () -> explain.accept(node)))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(cluster.nodes());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private String role(String role) {
        return NODE_ROLES.contains(role) ? getTranslation("workloads.role." + role) : role;
    }
}
