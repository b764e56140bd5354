package dev.supervisorportal.portal.hosts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.reconcile.HostUsage;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.StatusBadge;
import dev.supervisorportal.portal.ui.UsageBar;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One ESXi host: its state, CPU and memory use, the workloads on it, why it is not what it seems, and the actions
 * its state allows.
 */
class HostCard extends Div {

    /**
     * @param restarted for a failed host, where vSphere HA restarted what ran on it: "team-a/web-1 → esx-a-03"
     */
    HostCard(HostUsage host, List<String> restarted, BiConsumer<HostUsage, HostAction> act,
             Consumer<HostUsage> showEvents) {
        addClassNames("host-card", "host-" + host.state().name().toLowerCase());
        setId("host-" + host.name());

        var name = new Span(host.name());
        name.addClassName("host-name");
        var state = StatusBadge.host(host.state());
        state.setId("host-state-" + host.name());
        var header = new Div(VaadinIcon.SERVER.create(), name, state);
        header.addClassName("host-header");
        add(header);

        add(new UsageBar(getTranslation("hosts.cpu"), host.used().cpuMhz(), host.capacity().cpuMhz(), Formats::mhz),
                new UsageBar(getTranslation("hosts.memory"), host.used().memoryMib(), host.capacity().memoryMib(),
                        Formats::mib));

        String note = host.note() != null ? Texts.of(host.note())
                : host.state() == HostState.FAILED ? getTranslation("hosts.card.failed-note", host.zone()) : null;
        if (note != null) {
            var noteLine = new Div(note);
            noteLine.addClassName("host-note");
            noteLine.setId("host-note-" + host.name());
            add(noteLine);
        }

        if (!restarted.isEmpty()) {
            var list = new Div(new Span(getTranslation("hosts.card.restarted", restarted.size())));
            restarted.forEach(line -> list.add(new Div(line)));
            list.addClassName("host-restarted");
            list.setId("host-restarted-" + host.name());
            add(list);
        }

        var workloads = new Div();
        workloads.addClassName("host-workloads");
        workloads.setId("host-workloads-" + host.name());
        if (host.workloads().isEmpty()) {
            var empty = new Span(getTranslation("hosts.card.no-workloads"));
            empty.addClassName("host-empty");
            workloads.add(empty);
        }
        host.workloads().forEach(workload -> {
            var row = new Div(new Span(kind(workload.kind())), new Span(qualifiedName(workload)),
                    StatusBadge.workload(workload.status()));
            row.addClassName("host-workload");
            if (workload.statusReason() != null) {
                row.setTitle(Texts.of(workload.statusReason()));
            }
            workloads.add(row);
        });
        add(workloads);

        var actions = new Div();
        actions.addClassName("host-actions");
        for (HostAction action : HostAction.validFor(host.state())) {
            var button = new Button(getTranslation(action.labelKey()), click -> act.accept(host, action));
            button.setId(action.idPrefix + "-" + host.name());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            if (action == HostAction.MARK_FAILED || action == HostAction.REMOVE) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            if (action == HostAction.REMOVE && !host.workloads().isEmpty()) {
                // The backend refuses too; here the admin sees why before trying.
                button.setEnabled(false);
                button.setTooltipText(getTranslation("hosts.remove.not-empty", host.workloads().size()));
            }
            actions.add(button);
        }
        var events = new Button(getTranslation("hosts.card.events"), VaadinIcon.LIST.create(),
                click -> showEvents.accept(host));
        events.setId("host-events-" + host.name());
        events.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        events.setAriaLabel(getTranslation("hosts.card.events-label", host.name()));
        actions.add(events);
        add(actions);
    }

    static String kind(String kind) {
        return switch (kind) {
            case "vm" -> Texts.t("hosts.kind.vm");
            case "tkg-node" -> Texts.t("hosts.kind.tkg-node");
            case "pod" -> Texts.t("hosts.kind.pod");
            case "supervisor-vm" -> Texts.t("hosts.kind.supervisor-vm");
            default -> kind;
        };
    }

    static String qualifiedName(HostUsage.HostedWorkload workload) {
        return Formats.qualifiedName(workload.namespace(), workload.name());
    }
}
