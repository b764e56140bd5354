package dev.supervisorportal.portal.hosts;

import dev.supervisorportal.portal.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.inventory.DatastoreService;
import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.reconcile.EventType;
import dev.supervisorportal.backend.reconcile.EventView;
import dev.supervisorportal.backend.reconcile.HostUsage;
import dev.supervisorportal.backend.reconcile.PlacementOverview;
import dev.supervisorportal.backend.reconcile.ReconcileEvents;
import dev.supervisorportal.backend.reconcile.ZoneOverview;
import dev.supervisorportal.portal.events.EventsGrid;
import dev.supervisorportal.portal.ui.Notices;
import dev.supervisorportal.portal.ui.AutoRefresh;
import dev.supervisorportal.portal.ui.ErrorBanner;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.StatusBadge;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ESXi hosts per zone for admins, as the reconciler leaves them: state, CPU and memory use, the workloads on each,
 * and the workloads that wait for a host. Hosts go into maintenance and out, fail (simulated) and recover here; new
 * hosts are added. The page reads again after each change and the server pushes it to the browser
 * ({@link AutoRefresh}), so HA restarts and DRS moves appear as they happen.
 */
@Route("hosts")
@RolesAllowed("ADMIN")
public class HostsView extends Main implements HasDynamicTitle {

    static final int EVENTS_SHOWN = 50;
    /** How far back a failed host's events are read to say where its workloads went. */
    static final int FAILED_HOST_EVENTS = 200;

    private final InventoryService inventory;
    private final PlacementOverview placement;
    private final ReconcileEvents events;
    private final ErrorBanner banner = new ErrorBanner("hosts-error");
    private final Div zonesBox = new Div();
    /** How many of a host's own events its dialog shows. */
    static final int HOST_EVENTS = 50;

    private final EventsGrid eventsGrid = new EventsGrid("host-events", true);
    private final AddHostForm addHostForm;
    private final DatastoresSection datastoresSection;
    private List<ZoneOverview> shown;

    HostsView(InventoryService inventory, PlacementOverview placement, ReconcileEvents events,
              DatastoreService datastores) {
        this.inventory = inventory;
        this.placement = placement;
        this.events = events;
        addClassName("page");

        var intro = new Paragraph(getTranslation("hosts.intro"));
        intro.addClassName("section-note");

        addHostForm = new AddHostForm(inventory.zoneRefs().stream().map(ZoneRef::name).toList());
        addHostForm.addSubmitListener(command -> addHostForm.send(() -> inventory.addHost(command)).ifPresent(host -> {
            Notices.success(getTranslation("hosts.added", host.name(), host.zone()));
            addHostForm.clear();
            refresh();
        }));
        var addHost = new Details(new Span(getTranslation("hosts.add.title")), addHostForm);
        addHost.setId("add-host");
        addHost.addClassName("add-host");

        datastoresSection = new DatastoresSection(datastores, inventory.zoneRefs().stream().map(ZoneRef::name)
                .toList());
        zonesBox.setId("zones");
        zonesBox.addClassName("zones");
        add(intro, banner, addHost, zonesBox, datastoresSection, new H2(getTranslation("hosts.events.title")),
                note(getTranslation("hosts.events.note", EVENTS_SHOWN)), eventsGrid);
        refresh();
        AutoRefresh.whileShown(this, this::refresh);
    }

    private void refresh() {
        List<ZoneOverview> zones = placement.zones();
        if (!zones.equals(shown)) {
            shown = zones;
            zonesBox.removeAll();
            zones.forEach(zone -> zonesBox.add(zoneSection(zone)));
        }
        eventsGrid.show(events.recent(EVENTS_SHOWN));
        if (datastoresSection != null) {
            datastoresSection.refresh();
        }
    }

    private Component zoneSection(ZoneOverview zone) {
        var section = new Div();
        section.setId("zone-" + zone.name());
        section.addClassName("zone-section");
        var title = new H2(zone.name());
        var summary = new Span(summary(zone));
        summary.addClassName("zone-summary");
        var header = new Div(title, summary);
        header.addClassName("zone-header");
        section.add(header);
        if (zone.down()) {
            var down = new Div(VaadinIcon.WARNING.create(), new Span(getTranslation("hosts.zone.down", zone.name())));
            down.setId("zone-down-" + zone.name());
            down.addClassName("zone-down");
            down.getElement().setAttribute("role", "alert");
            section.add(down);
        }
        if (zone.hosts().isEmpty()) {
            section.add(note(getTranslation("hosts.zone.no-hosts", zone.name())));
        }
        var cards = new Div();
        cards.addClassName("host-cards");
        zone.hosts().forEach(host -> cards.add(new HostCard(host,
                host.state() == HostState.FAILED ? restartedFrom(host.name()) : List.of(), this::act,
                this::showEvents)));
        section.add(cards);
        if (!zone.waiting().isEmpty()) {
            var waiting = new Div();
            waiting.setId("waiting-" + zone.name());
            waiting.addClassName("waiting");
            var heading = new Span(getTranslation("hosts.zone.waiting", zone.waiting().size()));
            heading.addClassName("waiting-title");
            waiting.add(heading);
            zone.waiting().forEach(workload -> {
                var row = new Div(new Span(HostCard.kind(workload.kind())), new Span(HostCard.qualifiedName(workload)),
                        StatusBadge.workload(workload.status()), new Span(workload.statusReason() == null ? ""
                        : Texts.of(workload.statusReason())));
                row.addClassName("waiting-row");
                waiting.add(row);
            });
            section.add(waiting);
        }
        return section;
    }

    /**
     * Where vSphere HA restarted what ran on a host since it last failed: "team-a/web-1 → esx-a-03", from the
     * placements out of the host at or after its newest RESTARTING event.
     */
    private List<String> restartedFrom(String host) {
        List<EventView> recent = events.forHost(host, FAILED_HOST_EVENTS);
        return recent.stream().filter(event -> event.type() == EventType.RESTARTING && host.equals(event.fromHost()))
                .findFirst().map(failure -> recent.stream()
                        .filter(event -> event.type() == EventType.PLACED && host.equals(event.fromHost())
                                && !event.occurredAt().isBefore(failure.occurredAt()))
                        .map(event -> Formats.qualifiedName(event.namespace(), event.workload())
                                + " → " + event.toHost())
                        .sorted().toList())
                .orElse(List.of());
    }

    /** "4 hosts: 3 READY, 1 FAILED · 12 workloads". */
    private static String summary(ZoneOverview zone) {
        Map<HostState, Long> byState = zone.hosts().stream()
                .collect(Collectors.groupingBy(HostUsage::state, TreeMap::new, Collectors.counting()));
        int workloads = zone.hosts().stream().mapToInt(host -> host.workloads().size()).sum();
        String hosts = Texts.t("hosts.summary.hosts", zone.hosts().size());
        if (!byState.isEmpty()) {
            hosts = Texts.t("hosts.summary.by-state", hosts, byState.entrySet().stream()
                    .map(entry -> Texts.t("hosts.summary.state-count", entry.getValue(),
                            StatusBadge.hostState(entry.getKey())))
                    .collect(Collectors.joining(", ")));
        }
        return hosts + " · " + Texts.t("hosts.summary.workloads", workloads)
                + (zone.waiting().isEmpty() ? "" : " · " + Texts.t("hosts.summary.waiting", zone.waiting().size()));
    }

    /** The host's own history: what the reconciler placed on it, moved onto or off it, restarted elsewhere. */
    private void showEvents(HostUsage host) {
        var grid = new EventsGrid("host-events-of-" + host.name(), true);
        grid.show(events.forHost(host.name(), HOST_EVENTS));
        var dialog = new Dialog();
        dialog.setId("host-events-dialog");
        dialog.setHeaderTitle(getTranslation("hosts.host-events.title", host.name(), host.zone(), StatusBadge.hostState(host.state()),
                HOST_EVENTS));
        dialog.setWidth("min(90vw, 70rem)");
        dialog.add(grid);
        dialog.getFooter().add(new Button(getTranslation("hosts.host-events.close"), close -> dialog.close()));
        dialog.open();
    }

    private void act(HostUsage host, HostAction action) {
        if (action == HostAction.MARK_FAILED) {
            confirmFailure(host);
        } else if (action == HostAction.REMOVE) {
            confirmRemoval(host);
        } else {
            run(host, action);
        }
    }

    private void confirmFailure(HostUsage host) {
        confirm(host, HostAction.MARK_FAILED, "confirm-failure",
                getTranslation("hosts.confirm-failure.title", host.name()), failureConsequences(host, shown));
    }

    private void confirmRemoval(HostUsage host) {
        confirm(host, HostAction.REMOVE, "confirm-remove-host",
                getTranslation("hosts.confirm-remove.title", host.name()),
                getTranslation("hosts.confirm-remove.text", host.name(), host.zone()));
    }

    /** Asks before an action that cannot be undone; its button is labelled like the card's. */
    private void confirm(HostUsage host, HostAction action, String id, String header, String text) {
        var dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText(getTranslation(action.labelKey()));
        dialog.setCancelText(getTranslation("hosts.confirm-failure.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> run(host, action));
        dialog.open();
    }

    /** What vSphere HA will do when the host fails, in the words an admin needs before confirming. */
    static String failureConsequences(HostUsage host, List<ZoneOverview> zones) {
        long otherReady = zones.stream().filter(zone -> zone.name().equals(host.zone()))
                .flatMap(zone -> zone.hosts().stream())
                .filter(other -> !other.name().equals(host.name()) && other.state() == HostState.READY).count();
        int count = host.workloads().size();
        String what = count == 0 ? Texts.t("hosts.failure.nothing-runs")
                : Texts.t("hosts.failure.restarts", count, host.workloads().stream().limit(4)
                        .map(HostCard::qualifiedName).collect(Collectors.joining(", ")) + (count > 4 ? ", …" : ""),
                host.zone());
        String last = otherReady == 0 ? " " + Texts.t("hosts.failure.last-ready-host", host.zone()) : "";
        return Texts.t("hosts.failure.consequences", host.name(), what + last);
    }

    private void run(HostUsage host, HostAction action) {
        try {
            String done = switch (action) {
                case ENTER_MAINTENANCE -> {
                    inventory.enterMaintenance(host.name());
                    yield getTranslation("hosts.done.enter-maintenance", host.name(), host.zone());
                }
                case EXIT_MAINTENANCE -> {
                    inventory.exitMaintenance(host.name());
                    yield getTranslation("hosts.done.exit-maintenance", host.name());
                }
                case MARK_FAILED -> {
                    inventory.markFailed(host.name());
                    yield getTranslation("hosts.done.mark-failed", host.name(), host.zone());
                }
                case RECOVER -> {
                    inventory.recover(host.name());
                    yield getTranslation("hosts.done.recover", host.name());
                }
                case REMOVE -> {
                    inventory.removeHost(host.name());
                    yield getTranslation("hosts.done.remove", host.name(), host.zone());
                }
            };
            banner.clear();
            Notices.success(done);
        } catch (ConflictException | NotFoundException refused) {
            banner.show(Texts.reason(refused));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hosts.title");
    }

    private static Paragraph note(String text) {
        var note = new Paragraph(text);
        note.addClassName("section-note");
        return note;
    }
}
