package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.backend.workloads.WorkloadView;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.StatusBadge;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A namespace's TKG clusters, each with the node VMs it expanded into listed under it, and each as YAML. */
public class TkgClustersPanel extends Div {

    public TkgClustersPanel(List<TkgClusterView> clusters, boolean mayEdit, Consumer<TkgClusterView> delete,
                            Consumer<TkgClusterView> showYaml) {
        if (clusters.isEmpty()) {
            var empty = new Paragraph(mayEdit ? "No TKG clusters yet. Create one with “Create TKG cluster”."
                    : "No TKG clusters yet.");
            empty.setId("no-tkg-clusters");
            add(empty);
            return;
        }
        var grid = new Grid<TkgClusterView>();
        grid.setId("tkg-clusters");
        grid.addColumn(TkgClusterView::name).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(TkgClusterView::kubernetesRelease).setHeader("Kubernetes release").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(cluster -> cluster.controlPlaneNodes() + " × " + cluster.controlPlaneVmClass())
                .setHeader("Control plane").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TkgClustersPanel::pools).setHeader("Node pools").setFlexGrow(2);
        grid.addComponentColumn(TkgClustersPanel::health).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TkgClusterView::createdBy).setHeader("Created by").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(cluster -> WorkloadColumns.yamlButton("yaml-tkg-cluster-" + cluster.name(),
                "TKG cluster " + cluster.name(), () -> showYaml.accept(cluster))).setAutoWidth(true).setFlexGrow(0);
        if (mayEdit) {
            grid.addComponentColumn(cluster -> WorkloadColumns.deleteButton("delete-tkg-cluster-" + cluster.name(),
                    "TKG cluster " + cluster.name(), () -> delete.accept(cluster))).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItemDetailsRenderer(new ComponentRenderer<>(TkgClustersPanel::nodes));
        grid.setDetailsVisibleOnClick(false);
        grid.setItems(clusters);
        clusters.forEach(cluster -> grid.setDetailsVisible(cluster, true));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    /** The health as a badge, and the status sentence: "Degraded, available: 2/3 control-plane nodes, …". */
    private static Div health(TkgClusterView cluster) {
        var badge = new StatusBadge(cluster.health().name(), switch (cluster.health()) {
            case CREATING -> StatusBadge.Tone.PENDING;
            case RUNNING -> StatusBadge.Tone.SUCCESS;
            case DEGRADED -> StatusBadge.Tone.WARNING;
            case UNAVAILABLE -> StatusBadge.Tone.ERROR;
        });
        var cell = new Div(badge, new Span(Texts.of(cluster.status())));
        cell.addClassName("cluster-health");
        cell.setId("cluster-status-" + cluster.name());
        return cell;
    }

    private static String pools(TkgClusterView cluster) {
        if (cluster.nodePools().isEmpty()) {
            return "none: control plane only";
        }
        return cluster.nodePools().stream().map(pool -> pool.name() + ": " + pool.replicas() + " × " + pool.vmClass()
                + (pool.zone() == null ? ", spread" : ", in " + pool.zone())).collect(Collectors.joining("; "));
    }

    /** The cluster's node VMs, under its row. */
    private static Grid<WorkloadView> nodes(TkgClusterView cluster) {
        var grid = new Grid<WorkloadView>();
        grid.setId("nodes-" + cluster.name());
        grid.addClassName("node-grid");
        grid.addColumn(WorkloadView::name).setHeader("Node VM").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(WorkloadView::nodeRole).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkloadView::vmClass).setHeader("VM class").setAutoWidth(true).setFlexGrow(0);
        WorkloadColumns.placement(grid, node -> node);
        grid.setItems(cluster.nodes());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }
}
