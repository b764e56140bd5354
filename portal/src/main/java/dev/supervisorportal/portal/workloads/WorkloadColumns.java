package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.ValueProvider;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.WorkloadView;
import dev.supervisorportal.portal.ui.StatusBadge;

/** The columns every workload grid has: zone, host, status and why, in the same words everywhere. */
final class WorkloadColumns {

    private WorkloadColumns() {
    }

    static <T> void placement(Grid<T> grid, ValueProvider<T, WorkloadView> workload) {
        grid.addColumn(item -> workload.apply(item).zone()).setHeader("Zone").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> host(workload.apply(item))).setHeader("Host").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(item -> workload.apply(item).host() == null ? "Not placed on a host yet" : null);
        grid.addComponentColumn(item -> badge(workload.apply(item).status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> workload.apply(item).statusReason()).setHeader("Why").setFlexGrow(3);
    }

    static String host(WorkloadView workload) {
        return workload.host() == null ? "—" : workload.host();
    }

    static StatusBadge badge(WorkloadStatus status) {
        return new StatusBadge(status.name(), switch (status) {
            case PENDING -> StatusBadge.Tone.PENDING;
            case PLACED, DELETING -> StatusBadge.Tone.NEUTRAL;
            case RUNNING -> StatusBadge.Tone.SUCCESS;
        });
    }

    static Button deleteButton(String id, String what, Runnable delete) {
        var button = new Button("Delete", VaadinIcon.TRASH.create(), click -> delete.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel("Delete " + what);
        return button;
    }
}
