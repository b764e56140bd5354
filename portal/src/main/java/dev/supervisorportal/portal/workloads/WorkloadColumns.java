package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.ValueProvider;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.workloads.WorkloadView;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.StatusBadge;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/** The columns every workload grid has: zone, host, status and why, in the same words everywhere. */
final class WorkloadColumns {

    private WorkloadColumns() {
    }

    static <T> void placement(Grid<T> grid, ValueProvider<T, WorkloadView> workload) {
        grid.addColumn(item -> workload.apply(item).zone()).setHeader(Texts.t("workloads.zone")).setAutoWidth(true)
                .setFlexGrow(0);
        String notPlaced = Texts.t("workloads.host.not-placed");
        grid.addColumn(item -> host(workload.apply(item))).setHeader(Texts.t("workloads.host")).setAutoWidth(true)
                .setFlexGrow(0).setTooltipGenerator(item -> workload.apply(item).host() == null ? notPlaced : null);
        grid.addComponentColumn(item -> StatusBadge.workload(workload.apply(item).status())).setHeader(Texts.t("workloads.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> workload.apply(item).statusReason() == null ? null
                        : Texts.of(workload.apply(item).statusReason()))
                .setHeader(Texts.t("workloads.why")).setFlexGrow(3).setWidth("8em");
    }

    static String host(WorkloadView workload) {
        return workload.host() == null ? "—" : workload.host();
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
        }).setHeader(Texts.t("workloads.reserves")).setAutoWidth(true).setFlexGrow(0);
    }

    /**
     * One column for a row's buttons (Explain, YAML, delete), kept in view at the grid's right edge, so that the
     * grid keeps to the page's width. A {@code null} button maker is left out (delete for those who may only look).
     */
    @SafeVarargs
    static <T> void actions(Grid<T> grid, Function<T, ? extends Component>... buttons) {
        grid.addComponentColumn(item -> {
            var row = new Div();
            row.addClassName("row-actions");
            Arrays.stream(buttons).filter(Objects::nonNull).forEach(button -> row.add(button.apply(item)));
            return row;
        }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
    }

    static Button deleteButton(String id, String what, Runnable delete) {
        var button = iconButton(id, VaadinIcon.TRASH, Texts.t("workloads.delete", what), delete);
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return button;
    }

    static Button changeButton(String id, String what, Runnable change) {
        return iconButton(id, VaadinIcon.EDIT, Texts.t("workloads.change.aria-label", what), change);
    }

    static Button explainButton(String id, String what, Runnable explain) {
        return iconButton(id, VaadinIcon.QUESTION_CIRCLE_O, Texts.t("workloads.explain.aria-label", what), explain);
    }

    static Button yamlButton(String id, String what, Runnable show) {
        return iconButton(id, VaadinIcon.CODE, Texts.t("workloads.yaml.aria-label", what), show);
    }

    /** A small icon button that says what it does in its tooltip and to screen readers. */
    static Button iconButton(String id, VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
