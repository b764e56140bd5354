package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.supervisorportal.backend.workloads.WorkloadView;

import java.util.List;
import java.util.function.Consumer;

/**
 * A namespace's VMs: size, image, where each is and how it is doing, each as YAML; power, resize and delete for
 * those who may.
 */
public class VmsPanel extends Div {

    public VmsPanel(List<WorkloadView> vms, boolean mayEdit, Consumer<WorkloadView> delete,
                    Consumer<WorkloadView> explain, Consumer<WorkloadView> showYaml) {
        this(vms, null, mayEdit, delete, explain, showYaml);
    }

    /** @param changes the day-2 buttons of each row, or null for those who may only look */
    public VmsPanel(List<WorkloadView> vms, VmActions changes, boolean mayEdit, Consumer<WorkloadView> delete,
                    Consumer<WorkloadView> explain, Consumer<WorkloadView> showYaml) {
        if (vms.isEmpty()) {
            var empty = new Paragraph(getTranslation(mayEdit ? "workloads.vms.none.may-create" : "workloads.vms.none"));
            empty.setId("no-vms");
            add(empty);
            return;
        }
        var grid = new Grid<WorkloadView>();
        grid.setId("vms");
        grid.addColumn(WorkloadView::name).setHeader(getTranslation("workloads.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(WorkloadView::vmClass).setHeader(getTranslation("workloads.vm-class")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(WorkloadView::image).setHeader(getTranslation("workloads.vm.image")).setAutoWidth(true)
                .setFlexGrow(0);
        WorkloadColumns.placement(grid, vm -> vm);
        WorkloadColumns.reserves(grid, vm -> vm);
        WorkloadColumns.actions(grid,
                changes == null ? null : changes::group,
                vm -> WorkloadColumns.explainButton("explain-vm-" + vm.name(), vm(vm), () -> explain.accept(vm)),
                vm -> WorkloadColumns.yamlButton("yaml-vm-" + vm.name(), vm(vm), () -> showYaml.accept(vm)),
                mayEdit ? vm -> WorkloadColumns.deleteButton("delete-vm-" + vm.name(), vm(vm), () -> delete.accept(vm))
                        : null);
        grid.setItems(vms);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    /** "VM web-1", as buttons name it. */
    private String vm(WorkloadView vm) {
        return getTranslation("workloads.what.vm", vm.name());
    }
}
