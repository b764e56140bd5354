package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.supervisorportal.backend.workloads.PodView;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A namespace's vSphere Pods with their containers; on a Supervisor that runs none, why. */
public class PodsPanel extends Div {

    public PodsPanel(List<PodView> pods, boolean mayEdit, Optional<String> refusal, Consumer<PodView> delete,
                     Consumer<PodView> explain, Consumer<PodView> showYaml) {
        refusal.ifPresent(message -> {
            var note = new Paragraph(message);
            note.setId("pods-refused");
            note.addClassName("notice");
            add(note);
        });
        if (pods.isEmpty()) {
            var empty = new Paragraph(getTranslation(mayEdit && refusal.isEmpty()
                    ? "workloads.pods.none.may-create" : "workloads.pods.none"));
            empty.setId("no-pods");
            add(empty);
            return;
        }
        var grid = new Grid<PodView>();
        grid.setId("pods");
        grid.addColumn(pod -> pod.workload().name()).setHeader(getTranslation("workloads.name")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(pod -> pod.containers().stream()
                        .map(c -> getTranslation("workloads.pod.container", c.name(), c.image(), c.cpu(), c.memory()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("workloads.pod.containers")).setFlexGrow(2);
        WorkloadColumns.placement(grid, PodView::workload);
        WorkloadColumns.reserves(grid, PodView::workload);
        WorkloadColumns.actions(grid,
                pod -> WorkloadColumns.explainButton("explain-pod-" + pod.workload().name(), pod(pod),
                        () -> explain.accept(pod)),
                pod -> WorkloadColumns.yamlButton("yaml-pod-" + pod.workload().name(), pod(pod),
                        () -> showYaml.accept(pod)),
                mayEdit ? pod -> WorkloadColumns.deleteButton("delete-pod-" + pod.workload().name(), pod(pod),
                        () -> delete.accept(pod)) : null);
        grid.setItems(pods);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    /** "vSphere Pod web", as buttons name it. */
    private String pod(PodView pod) {
        return getTranslation("workloads.what.pod", pod.workload().name());
    }
}
