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
import com.vaadin.flow.router.PageTitle;
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
 * admins also hosts by state and the approval queue. One backend call per refresh (every two seconds).
 */
@Route("")
@PageTitle("Dashboard")
@PermitAll
public class DashboardView extends Main {

    static final CapacityChart.Series ADMIN_SERIES =
            new CapacityChart.Series("Capacity (ready hosts)", "Reserved by quota", "Used on hosts");
    static final CapacityChart.Series DEVOPS_SERIES =
            new CapacityChart.Series("My quota", "Reserved by workloads", "Used on hosts");

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
    private final Span allHostsReady = new Span("None: every host is READY.");
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

        var capacityNote = note(admin
                ? "Per zone: the capacity of its ready hosts, the quota shares all namespaces hold there (quota is "
                + "logical and may exceed capacity) and the demand of the workloads placed on its hosts."
                : "Per zone: your namespaces' quota shares there, what your workloads reserved of them, and what of "
                + "that runs on hosts.");
        var statusCharts = new Div(chartCard(admin ? "Workloads by status" : "My workloads by status", workloadsChart));
        statusCharts.addClassName("zone-charts");
        add(cards, new H2(admin ? "Capacity per zone" : "My quota per zone"), capacityNote, zoneCharts, statusCharts);
        if (admin) {
            statusCharts.add(chartCard("Hosts by state", hostsChart));
            hostsGrid.setVisible(false);
            allHostsReady.setId("dashboard-hosts-all-ready");
            add(new H2("Hosts needing attention"), allHostsReady, new Anchor("hosts", "Open the Hosts page to put "
                    + "hosts into maintenance, fail or recover them"), hostsGrid);
        }
        add(new H2("Supervisor control plane"), healthBox, controlPlaneGrid,
                new H2("Reconciler"), note("One Quartz job per zone, every few seconds and right after a change: it "
                        + "places workloads, restarts those of failed hosts (vSphere HA), empties hosts in maintenance "
                        + "and balances CPU (DRS). Each zone's last cycle:"), runsGrid,
                new H2(admin ? "Recent events" : "Recent events in my namespaces"), eventsGrid);
        show(dashboard);
        AutoRefresh.whileShown(this, () -> show(dashboards.dashboard()));
    }

    private void show(Dashboard dashboard) {
        if (dashboard.equals(shown)) {
            return;
        }
        Dashboard before = shown;
        shown = dashboard;
        showCards(dashboard);
        showCapacity(dashboard.zones());
        workloadsChart.show(ShareBar.svg(admin ? "Workloads by status" : "My workloads by status", "workloads",
                workloadParts(dashboard.workloadsByStatus())));
        if (admin) {
            hostsChart.show(ShareBar.svg("Hosts by state", "hosts", hostParts(dashboard.admin().hostsByState())));
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
        cards.add(new StatCard("supervisor-card", "Supervisor " + dashboard.supervisorName(),
                String.format("%,d ESXi hosts", dashboard.hosts()),
                new Span(dashboard.topology() == Topology.THREE_ZONE
                        ? "Three zones: " + String.join(", ", dashboard.zones().stream()
                        .map(Dashboard.ZoneCapacity::zone).toList())
                        : "One zone: host-level HA only")));
        cards.add(new StatCard("namespaces-card", admin ? "Namespaces" : "My namespaces",
                String.valueOf(dashboard.namespaces()), new Anchor("namespaces", "Open the list")));
        long workloads = dashboard.workloadsByStatus().values().stream().mapToLong(Long::longValue).sum();
        cards.add(new StatCard("workloads-card", admin ? "Workloads" : "My workloads",
                String.format("%,d", workloads), new Span(String.format("%,d running, %,d waiting for a host",
                dashboard.workloadsByStatus().get(WorkloadStatus.RUNNING),
                dashboard.workloadsByStatus().get(WorkloadStatus.PENDING)))));
        if (admin) {
            long namespaceRequests = dashboard.admin().pendingNamespaceRequests();
            long quotaRequests = dashboard.admin().pendingQuotaRequests();
            cards.add(new StatCard("approvals-card", "Waiting for approval",
                    String.valueOf(namespaceRequests + quotaRequests),
                    new Span(namespaceRequests + " for namespaces, " + quotaRequests + " for more quota"),
                    new Anchor("approvals", "Open the approval queue")));
        } else {
            cards.add(new StatCard("my-requests-card", "My requests waiting",
                    String.valueOf(dashboard.myPendingRequests()),
                    new Anchor("namespaces/request", "Request a namespace")));
        }
    }

    private void showCapacity(List<Dashboard.ZoneCapacity> zones) {
        for (Dashboard.ZoneCapacity zone : zones) {
            String svg = CapacityChart.svg(zone.zone(), admin ? ADMIN_SERIES : DEVOPS_SERIES, List.of(
                    new CapacityChart.Row("CPU", zone.capacity().cpuMhz(), zone.reserved().cpuMhz(),
                            zone.used().cpuMhz(), Formats::cpu),
                    new CapacityChart.Row("Memory", zone.capacity().memoryMib(), zone.reserved().memoryMib(),
                            zone.used().memoryMib(), Formats::memorySize),
                    new CapacityChart.Row("Storage", zone.capacity().storageGib(), zone.reserved().storageGib(),
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
        var line = new Div(new StatusBadge(health.quorum() ? "Quorum" : "No quorum",
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
        return List.of(new ShareBar.Part("Running", byStatus.get(WorkloadStatus.RUNNING), "success"),
                new ShareBar.Part("Placed, starting", byStatus.get(WorkloadStatus.PLACED), "primary"),
                new ShareBar.Part("Pending", byStatus.get(WorkloadStatus.PENDING), "warning"),
                new ShareBar.Part("Deleting", byStatus.get(WorkloadStatus.DELETING), "contrast"));
    }

    static List<ShareBar.Part> hostParts(Map<HostState, Long> byState) {
        return List.of(new ShareBar.Part("Ready", byState.get(HostState.READY), "success"),
                new ShareBar.Part("Maintenance", byState.get(HostState.MAINTENANCE), "warning"),
                new ShareBar.Part("Failed", byState.get(HostState.FAILED), "error"));
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
        grid.addColumn(SupervisorHealth.ControlPlaneVm::name).setHeader("Control-plane VM").setAutoWidth(true);
        grid.addColumn(SupervisorHealth.ControlPlaneVm::zone).setHeader("Zone").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(vm -> vm.host() == null ? "—" : vm.host()).setHeader("Host").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(vm -> StatusBadge.workload(vm.status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(vm -> vm.statusReason() == null ? "" : Texts.of(vm.statusReason())).setHeader("Why").setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private static Grid<HostView> hostsNotReady() {
        var grid = new Grid<HostView>();
        grid.setId("dashboard-hosts");
        grid.addColumn(HostView::zone).setHeader("Zone").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HostView::name).setHeader("Host").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(host -> StatusBadge.host(host.state())).setHeader("State").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(host -> Formats.cpu(host.cpuMhz()) + " · " + Formats.memorySize(host.memoryMib()) + " · "
                + Formats.storageSize(host.storageGib())).setHeader("Capacity out of service").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        return grid;
    }

    private static Grid<ZoneCycles> reconcilerRuns() {
        var grid = new Grid<ZoneCycles>();
        grid.setId("reconciler-runs");
        grid.addColumn(ZoneCycles::zone).setHeader("Zone").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.lastRun().map(ReconcileRunView::startedAt).map(Formats::dateTime)
                .orElse("not run yet")).setHeader("Last cycle").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.lastRun().map(r -> r.durationMillis() + " ms").orElse("")).setHeader("Took")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> row.lastRun()
                        .map(r -> new StatusBadge(r.outcome(), r.outcome().equals("OK") ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.ERROR))
                        .orElseGet(() -> new StatusBadge("waiting", StatusBadge.Tone.NEUTRAL)))
                .setHeader("Outcome").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.lastRun().map(r -> Texts.of(r.detail())).orElse("")).setHeader("It did")
                .setFlexGrow(2);
        grid.addColumn(row -> row.lastChange().map(r -> Formats.dateTime(r.startedAt()) + ": " + Texts.of(r.changes()))
                .orElse("nothing yet")).setHeader("Last change").setFlexGrow(3);
        grid.addColumn(row -> row.lastRun().map(ReconcileRunView::node).orElse("")).setHeader("Portal node")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }
}
