package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.ValueProvider;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.WorkloadView;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.Formats;
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
        grid.addColumn(item -> workload.apply(item).statusReason() == null ? null
                : Texts.of(workload.apply(item).statusReason())).setHeader("Why").setFlexGrow(3).setWidth("12em");
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

    /** What a workload reserves of its zone's share, one resource a line. */
    static <T> void reserves(Grid<T> grid, ValueProvider<T, WorkloadView> workload) {
        grid.addComponentColumn(item -> {
            Limits demand = workload.apply(item).demand();
            var lines = new Div(new Div(Formats.mhz(demand.cpuMhz())), new Div(Formats.mib(demand.memoryMib())));
            if (demand.storageGib() > 0) {
                lines.add(new Div(Formats.gib(demand.storageGib())));
            }
            lines.addClassName("reserves");
            return lines;
        }).setHeader("Reserves").setAutoWidth(true).setFlexGrow(0);
    }

    static Button deleteButton(String id, String what, Runnable delete) {
        var button = new Button(VaadinIcon.TRASH.create(), click -> delete.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
        button.setAriaLabel("Delete " + what);
        button.setTooltipText("Delete " + what);
        return button;
    }

    static Button explainButton(String id, String what, Runnable explain) {
        var button = new Button("Explain", click -> explain.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel("Explain the placement of " + what);
        button.setTooltipText("Why it waits, or how the hosts score for it");
        return button;
    }

    static Button yamlButton(String id, String what, Runnable show) {
        var button = new Button("YAML", click -> show.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel("Show " + what + " as a YAML manifest");
        button.setTooltipText("The manifest that creates it again");
        return button;
    }
}
