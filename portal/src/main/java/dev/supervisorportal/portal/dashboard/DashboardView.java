package dev.supervisorportal.portal.dashboard;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.inventory.HostView;
import dev.supervisorportal.backend.inventory.Topology;
import dev.supervisorportal.backend.reconcile.Dashboard;
import dev.supervisorportal.backend.reconcile.DashboardService;
import dev.supervisorportal.backend.reconcile.ReconcileRunView;
import dev.supervisorportal.backend.reconcile.ReconcileStatus.ZoneCycles;
import dev.supervisorportal.backend.reconcile.SupervisorHealth;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.portal.charts.CapacityChart;
import dev.supervisorportal.portal.charts.ShareBar;
import dev.supervisorportal.portal.charts.SvgChart;
import dev.supervisorportal.portal.events.EventsGrid;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.AutoRefresh;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.StatCard;
import dev.supervisorportal.portal.ui.StatusBadge;
import jakarta.annotation.security.PermitAll;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The start page, scoped to what the user may see: capacity, reservations and use per zone as charts, workloads by
 * status, requests waiting, the control plane's health, the reconciler's last cycle per zone and recent events; for
 * admins also hosts by state and the approval queue. One backend call per refresh, which runs after each change
 * and reaches the browser by server push ({@link AutoRefresh}).
 */
@Route("")
@PermitAll
public class DashboardView extends Main implements HasDynamicTitle {

    private final DashboardService dashboards;
    private final boolean admin;
    private final Div cards = new Div();
    private final Div zoneCharts = new Div();
    private final Map<String, SvgChart> zoneChartsByName = new HashMap<>();
    private final SvgChart workloadsChart = new SvgChart("workloads-by-status", "<svg/>");
    private final SvgChart hostsChart = new SvgChart("hosts-by-state", "<svg/>");
    private final Div healthBox = new Div();
    private final Grid<SupervisorHealth.ControlPlaneVm> controlPlaneGrid = controlPlaneGrid();
    private final Grid<ZoneCycles> runsGrid = reconcilerRuns();
    private final Grid<HostView> hostsGrid = hostsNotReady();
    private final Span allHostsReady = new Span(getTranslation("dashboard.hosts.all-ready"));
    private final EventsGrid eventsGrid = new EventsGrid("dashboard-events", true);
    private Dashboard shown;

    DashboardView(DashboardService dashboards) {
        this.dashboards = dashboards;
        addClassName("page");
        Dashboard dashboard = dashboards.dashboard();
        admin = dashboard.admin() != null;
        cards.addClassName("stat-cards");
        zoneCharts.addClassName("zone-charts");
        zoneCharts.setId("zone-capacity");
        healthBox.setId("supervisor-health");

        var capacityNote = note(getTranslation(admin ? "dashboard.capacity.note.admin" : "dashboard.capacity.note"));
        var statusCharts = new Div(chartCard(workloadsTitle(), workloadsChart));
        statusCharts.addClassName("zone-charts");
        add(cards, new H2(getTranslation(admin ? "dashboard.capacity.admin" : "dashboard.capacity")), capacityNote,
                zoneCharts, statusCharts);
        if (admin) {
            statusCharts.add(chartCard(getTranslation("dashboard.hosts-by-state"), hostsChart));
            hostsGrid.setVisible(false);
            allHostsReady.setId("dashboard-hosts-all-ready");
            add(new H2(getTranslation("dashboard.hosts.attention")), allHostsReady,
                    new Anchor("hosts", getTranslation("dashboard.hosts.open")), hostsGrid);
        }
        add(new H2(getTranslation("dashboard.control-plane")), healthBox, controlPlaneGrid,
                new H2(getTranslation("dashboard.reconciler")), note(getTranslation("dashboard.reconciler.note")),
                runsGrid, new H2(getTranslation(admin ? "dashboard.events.admin" : "dashboard.events")), eventsGrid);
        show(dashboard);
        AutoRefresh.whileShown(this, () -> show(dashboards.dashboard()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }

    private String workloadsTitle() {
        return getTranslation(admin ? "dashboard.workloads-by-status.admin" : "dashboard.workloads-by-status");
    }

    /** The names of the capacity charts' three layers: what an admin sees of a zone, or a DevOps engineer. */
    static CapacityChart.Series series(boolean admin) {
        return admin ? new CapacityChart.Series(Texts.t("dashboard.series.capacity.admin"),
                Texts.t("dashboard.series.reserved.admin"), Texts.t("dashboard.series.used"))
                : new CapacityChart.Series(Texts.t("dashboard.series.capacity"), Texts.t("dashboard.series.reserved"),
                Texts.t("dashboard.series.used"));
    }

    private void show(Dashboard dashboard) {
        if (dashboard.equals(shown)) {
            return;
        }
        Dashboard before = shown;
        shown = dashboard;
        showCards(dashboard);
        showCapacity(dashboard.zones());
        workloadsChart.show(ShareBar.svg(workloadsTitle(), getTranslation("dashboard.unit.workloads"),
                workloadParts(dashboard.workloadsByStatus())));
        if (admin) {
            hostsChart.show(ShareBar.svg(getTranslation("dashboard.hosts-by-state"),
                    getTranslation("dashboard.unit.hosts"), hostParts(dashboard.admin().hostsByState())));
            hostsGrid.setItems(dashboard.admin().hostsNotReady());
            hostsGrid.setVisible(!dashboard.admin().hostsNotReady().isEmpty());
            allHostsReady.setVisible(dashboard.admin().hostsNotReady().isEmpty());
        }
        if (before == null || !dashboard.health().equals(before.health())) {
            showHealth(dashboard.health());
        }
        if (before == null || !dashboard.reconcilerCycles().equals(before.reconcilerCycles())) {
            runsGrid.setItems(dashboard.reconcilerCycles());
        }
        eventsGrid.show(dashboard.recentEvents());
    }

    private void showCards(Dashboard dashboard) {
        cards.removeAll();
        cards.add(new StatCard("supervisor-card", getTranslation("dashboard.card.supervisor", dashboard.supervisorName()),
                getTranslation("dashboard.card.hosts", dashboard.hosts()),
                new Span(dashboard.topology() == Topology.THREE_ZONE
                        ? getTranslation("dashboard.card.three-zones", String.join(", ", dashboard.zones().stream()
                        .map(Dashboard.ZoneCapacity::zone).toList()))
                        : getTranslation("dashboard.card.one-zone"))));
        cards.add(new StatCard("namespaces-card",
                getTranslation(admin ? "dashboard.card.namespaces.admin" : "dashboard.card.namespaces"),
                Formats.number(dashboard.namespaces()), new Anchor("namespaces", getTranslation("dashboard.card.open-list"))));
        long workloads = dashboard.workloadsByStatus().values().stream().mapToLong(Long::longValue).sum();
        cards.add(new StatCard("workloads-card",
                getTranslation(admin ? "dashboard.card.workloads.admin" : "dashboard.card.workloads"),
                Formats.number(workloads), new Span(getTranslation("dashboard.card.workloads.context",
                dashboard.workloadsByStatus().get(WorkloadStatus.RUNNING),
                dashboard.workloadsByStatus().get(WorkloadStatus.PENDING)))));
        if (admin) {
            long namespaceRequests = dashboard.admin().pendingNamespaceRequests();
            long quotaRequests = dashboard.admin().pendingQuotaRequests();
            cards.add(new StatCard("approvals-card", getTranslation("dashboard.card.approvals"),
                    Formats.number(namespaceRequests + quotaRequests),
                    new Span(getTranslation("dashboard.card.approvals.context", namespaceRequests, quotaRequests)),
                    new Anchor("approvals", getTranslation("dashboard.card.approvals.open"))));
        } else {
            cards.add(new StatCard("my-requests-card", getTranslation("dashboard.card.my-requests"),
                    Formats.number(dashboard.myPendingRequests()),
                    new Anchor("namespaces/request", getTranslation("dashboard.card.request-namespace"))));
        }
    }

    private void showCapacity(List<Dashboard.ZoneCapacity> zones) {
        for (Dashboard.ZoneCapacity zone : zones) {
            String svg = CapacityChart.svg(zone.zone(), series(admin), List.of(
                    new CapacityChart.Row(getTranslation("dashboard.resource.cpu"), zone.capacity().cpuMhz(),
                            zone.reserved().cpuMhz(), zone.used().cpuMhz(), Formats::cpu),
                    new CapacityChart.Row(getTranslation("dashboard.resource.memory"), zone.capacity().memoryMib(),
                            zone.reserved().memoryMib(), zone.used().memoryMib(), Formats::memorySize),
                    new CapacityChart.Row(getTranslation("dashboard.resource.storage"), zone.capacity().storageGib(),
                            zone.reserved().storageGib(),
                            zone.used().storageGib(), Formats::storageSize)));
            SvgChart chart = zoneChartsByName.get(zone.zone());
            if (chart == null) {
                chart = new SvgChart("capacity-" + zone.zone(), svg);
                zoneChartsByName.put(zone.zone(), chart);
                zoneCharts.add(chartCard(zone.zone(), chart));
            } else {
                chart.show(svg);
            }
        }
    }

    private void showHealth(SupervisorHealth health) {
        healthBox.removeAll();
        var line = new Div(new StatusBadge(getTranslation(health.quorum() ? "dashboard.quorum" : "dashboard.no-quorum"),
                health.quorum() ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.ERROR), new Span(Texts.of(health.summary())));
        line.addClassName("health-line");
        line.setId("health-summary");
        healthBox.add(line);
        health.zonesDown().forEach(down -> {
            var banner = new Div(VaadinIcon.WARNING.create(), new Span(Texts.of(down)));
            banner.addClassName("zone-down");
            healthBox.add(banner);
        });
        controlPlaneGrid.setItems(health.controlPlaneVms());
    }

    static List<ShareBar.Part> workloadParts(Map<WorkloadStatus, Long> byStatus) {
        return List.of(new ShareBar.Part(Texts.t("dashboard.part.running"), byStatus.get(WorkloadStatus.RUNNING), "success"),
                new ShareBar.Part(Texts.t("dashboard.part.placed"), byStatus.get(WorkloadStatus.PLACED), "primary"),
                new ShareBar.Part(Texts.t("dashboard.part.pending"), byStatus.get(WorkloadStatus.PENDING), "warning"),
                new ShareBar.Part(Texts.t("dashboard.part.deleting"), byStatus.get(WorkloadStatus.DELETING), "contrast"));
    }

    static List<ShareBar.Part> hostParts(Map<HostState, Long> byState) {
        return List.of(new ShareBar.Part(Texts.t("dashboard.part.ready"), byState.get(HostState.READY), "success"),
                new ShareBar.Part(Texts.t("dashboard.part.maintenance"), byState.get(HostState.MAINTENANCE), "warning"),
                new ShareBar.Part(Texts.t("dashboard.part.failed"), byState.get(HostState.FAILED), "error"));
    }

    private static Div chartCard(String title, SvgChart chart) {
        var card = new Div(new H3(title), chart);
        card.addClassName("chart-card");
        return card;
    }

    private static Span note(String text) {
        var note = new Span(text);
        note.addClassName("section-note");
        return note;
    }

    private static Grid<SupervisorHealth.ControlPlaneVm> controlPlaneGrid() {
        var grid = new Grid<SupervisorHealth.ControlPlaneVm>();
        grid.setId("control-plane-vms");
        grid.addColumn(SupervisorHealth.ControlPlaneVm::name).setHeader(Texts.t("dashboard.control-plane-vm"))
                .setAutoWidth(true);
        grid.addColumn(SupervisorHealth.ControlPlaneVm::zone).setHeader(Texts.t("dashboard.zone")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(vm -> vm.host() == null ? "—" : vm.host()).setHeader(Texts.t("dashboard.host"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(vm -> StatusBadge.workload(vm.status())).setHeader(Texts.t("dashboard.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(vm -> vm.statusReason() == null ? "" : Texts.of(vm.statusReason())).setHeader(Texts.t("dashboard.why"))
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private static Grid<HostView> hostsNotReady() {
        var grid = new Grid<HostView>();
        grid.setId("dashboard-hosts");
        grid.addColumn(HostView::zone).setHeader(Texts.t("dashboard.zone")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HostView::name).setHeader(Texts.t("dashboard.host")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(host -> StatusBadge.host(host.state())).setHeader(Texts.t("dashboard.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(host -> Formats.cpu(host.cpuMhz()) + " · " + Formats.memorySize(host.memoryMib()) + " · "
                + Formats.storageSize(host.storageGib())).setHeader(Texts.t("dashboard.out-of-service"))
                .setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        return grid;
    }

    private static Grid<ZoneCycles> reconcilerRuns() {
        var grid = new Grid<ZoneCycles>();
        grid.setId("reconciler-runs");
        String notRunYet = Texts.t("dashboard.runs.not-run-yet");
        String nothingYet = Texts.t("dashboard.runs.nothing-yet");
        String waiting = Texts.t("dashboard.runs.waiting");
        grid.addColumn(ZoneCycles::zone).setHeader(Texts.t("dashboard.zone")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.lastRun().map(ReconcileRunView::startedAt).map(Formats::dateTime)
                .orElse(notRunYet)).setHeader(Texts.t("dashboard.runs.last-cycle")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.lastRun().map(r -> Texts.t("dashboard.runs.millis", r.durationMillis())).orElse(""))
                .setHeader(Texts.t("dashboard.runs.took")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> row.lastRun()
                        .map(r -> new StatusBadge(r.outcome(), r.outcome().equals("OK") ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.ERROR))
                        .orElseGet(() -> new StatusBadge(waiting, StatusBadge.Tone.NEUTRAL)))
                .setHeader(Texts.t("dashboard.runs.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.lastRun().map(r -> Texts.of(r.detail())).orElse(""))
                .setHeader(Texts.t("dashboard.runs.did")).setFlexGrow(2);
        grid.addColumn(row -> row.lastChange().map(r -> Formats.dateTime(r.startedAt()) + ": " + Texts.of(r.changes()))
                .orElse(nothingYet)).setHeader(Texts.t("dashboard.runs.last-change")).setFlexGrow(3);
        grid.addColumn(row -> row.lastRun().map(ReconcileRunView::node).orElse(""))
                .setHeader(Texts.t("dashboard.runs.node")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }
}
