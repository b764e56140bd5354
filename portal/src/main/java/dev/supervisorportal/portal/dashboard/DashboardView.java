package dev.supervisorportal.portal.dashboard;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorView;
import dev.supervisorportal.backend.inventory.Topology;
import dev.supervisorportal.backend.namespaces.NamespaceRequestService;
import dev.supervisorportal.backend.namespaces.NamespaceRequestView;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.QuotaRequestService;
import dev.supervisorportal.backend.namespaces.RequestStatus;
import dev.supervisorportal.backend.reconcile.HostUsage;
import dev.supervisorportal.backend.reconcile.PlacementOverview;
import dev.supervisorportal.backend.reconcile.ReconcileRunView;
import dev.supervisorportal.backend.reconcile.ReconcileStatus;
import dev.supervisorportal.backend.reconcile.SupervisorHealth;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.portal.ui.AutoRefresh;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.StatCard;
import dev.supervisorportal.portal.ui.StatusBadge;
import dev.supervisorportal.portal.ui.UsageBar;
import jakarta.annotation.security.PermitAll;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The start page: the Supervisor at a glance, my namespaces and requests, whether the control plane keeps quorum,
 * the reconciler's last cycle per zone and, for admins, every host's use. It reads again every two seconds.
 */
@Route("")
@PageTitle("Dashboard")
@PermitAll
public class DashboardView extends Main {

    private final PlacementOverview placement;
    private final ReconcileStatus reconcileStatus;
    private final Div healthBox = new Div();
    private final Grid<SupervisorHealth.ControlPlaneVm> controlPlaneGrid = new Grid<>();
    private final Grid<ZoneCycles> runsGrid = reconcilerRuns();
    private final Grid<HostUsage> hostsGrid;
    private SupervisorHealth shownHealth;
    private List<ZoneCycles> shownRuns;
    private List<HostUsage> shownHosts;

    DashboardView(InventoryService inventory, NamespaceService namespaces, NamespaceRequestService requests,
                  QuotaRequestService quotaRequests, ReconcileStatus reconcileStatus, PlacementOverview placement,
                  UserAccounts users) {
        this.placement = placement;
        this.reconcileStatus = reconcileStatus;
        addClassName("page");
        SupervisorView supervisor = inventory.supervisor();
        boolean admin = users.current().isAdmin();
        int hostCount = supervisor.zones().stream().mapToInt(zone -> zone.hosts().size()).sum();

        var cards = new Div();
        cards.addClassName("stat-cards");
        cards.add(new StatCard("supervisor-card", "Supervisor " + supervisor.name(), hostCount + " ESXi hosts",
                new Span(supervisor.topology() == Topology.THREE_ZONE
                        ? "Three zones: " + String.join(", ", supervisor.zones().stream().map(SupervisorView.Zone::name).toList())
                        : "One zone: host-level HA only")));
        cards.add(new StatCard("namespaces-card", admin ? "Namespaces" : "My namespaces",
                String.valueOf(namespaces.visibleNamespaces().size()), new Anchor("namespaces", "Open the list")));
        if (admin) {
            int namespaceRequests = requests.pending().size();
            int quotaRequestCount = quotaRequests.pending().size();
            cards.add(new StatCard("approvals-card", "Waiting for approval",
                    String.valueOf(namespaceRequests + quotaRequestCount),
                    new Span(namespaceRequests + " for namespaces, " + quotaRequestCount + " for more quota"),
                    new Anchor("approvals", "Open the approval queue")));
        } else {
            long waiting = requests.myRequests().stream().map(NamespaceRequestView::status)
                    .filter(RequestStatus.PENDING::equals).count();
            cards.add(new StatCard("my-requests-card", "My requests waiting", String.valueOf(waiting),
                    new Anchor("namespaces/request", "Request a namespace")));
        }
        var reconcilerNote = new Span("One Quartz job per zone, every few seconds and right after a change: it places "
                + "workloads, restarts those of failed hosts (vSphere HA), empties hosts in maintenance and balances "
                + "CPU (DRS). Each zone's last cycle:");
        reconcilerNote.addClassName("section-note");
        healthBox.setId("supervisor-health");
        add(cards, new H2("Supervisor control plane"), healthBox, controlPlaneGrid(),
                new H2("Reconciler"), reconcilerNote, runsGrid);
        if (admin) {
            hostsGrid = hostsGrid();
            add(new H2("Hosts"), new Anchor("hosts", "Open the Hosts page to put hosts into maintenance, fail or "
                    + "recover them"), hostsGrid);
        } else {
            hostsGrid = null;
        }
        refresh();
        AutoRefresh.whileShown(this, this::refresh);
    }

    private void refresh() {
        SupervisorHealth health = placement.health();
        if (!health.equals(shownHealth)) {
            shownHealth = health;
            healthBox.removeAll();
            var line = new Div(new StatusBadge(health.quorum() ? "Quorum" : "No quorum",
                    health.quorum() ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.ERROR), new Span(health.summary()));
            line.addClassName("health-line");
            line.setId("health-summary");
            healthBox.add(line);
            health.zonesDown().forEach(down -> {
                var banner = new Div(VaadinIcon.WARNING.create(), new Span(down));
                banner.addClassName("zone-down");
                healthBox.add(banner);
            });
            controlPlaneGrid.setItems(health.controlPlaneVms());
        }
        List<ZoneCycles> runs = reconcileStatus.lastRunPerZone().stream().map(zone -> new ZoneCycles(zone.zone(),
                zone.lastRun(), reconcileStatus.recentRuns(zone.zone()).stream().findFirst())).toList();
        if (!runs.equals(shownRuns)) {
            shownRuns = runs;
            runsGrid.setItems(runs);
        }
        if (hostsGrid != null) {
            List<HostUsage> hosts = placement.zones().stream().flatMap(zone -> zone.hosts().stream()).toList();
            if (!hosts.equals(shownHosts)) {
                shownHosts = hosts;
                hostsGrid.setItems(hosts);
            }
        }
    }

    private Grid<SupervisorHealth.ControlPlaneVm> controlPlaneGrid() {
        var grid = controlPlaneGrid;
        grid.setId("control-plane-vms");
        grid.addColumn(SupervisorHealth.ControlPlaneVm::name).setHeader("Control-plane VM").setAutoWidth(true);
        grid.addColumn(SupervisorHealth.ControlPlaneVm::zone).setHeader("Zone").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(vm -> vm.host() == null ? "—" : vm.host()).setHeader("Host").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(vm -> StatusBadge.workload(vm.status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(vm -> vm.statusReason() == null ? "" : vm.statusReason()).setHeader("Why").setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private static Grid<HostUsage> hostsGrid() {
        var grid = new Grid<HostUsage>();
        grid.setId("dashboard-hosts");
        grid.addColumn(HostUsage::zone).setHeader("Zone").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HostUsage::name).setHeader("Host").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(host -> StatusBadge.host(host.state())).setHeader("State").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(host -> new UsageBar("", host.used().cpuMhz(), host.capacity().cpuMhz(), Formats::mhz))
                .setHeader("CPU").setFlexGrow(2);
        grid.addComponentColumn(host -> new UsageBar("", host.used().memoryMib(), host.capacity().memoryMib(),
                Formats::mib)).setHeader("Memory").setFlexGrow(2);
        grid.addColumn(host -> host.workloads().size()).setHeader("Workloads").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        return grid;
    }

    /** "placed 0, started 2, restarted 0" as "started 2". */
    static String nonZero(String counts) {
        String kept = Arrays.stream(counts.split(", ")).filter(part -> !part.endsWith(" 0"))
                .collect(Collectors.joining(", "));
        return kept.isEmpty() ? counts : kept;
    }

    /** A zone's last cycle, and the last one that changed something (idle cycles write nothing). */
    private record ZoneCycles(String zone, Optional<ReconcileRunView> last, Optional<ReconcileRunView> lastChange) {
    }

    private static Grid<ZoneCycles> reconcilerRuns() {
        var grid = new Grid<ZoneCycles>();
        grid.setId("reconciler-runs");
        grid.addColumn(ZoneCycles::zone).setHeader("Zone").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.last().map(ReconcileRunView::startedAt).map(Formats::dateTime).orElse("not run yet"))
                .setHeader("Last cycle").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.last().map(r -> r.durationMillis() + " ms").orElse("")).setHeader("Took")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> row.last()
                        .map(r -> new StatusBadge(r.outcome(), r.outcome().equals("OK") ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.ERROR))
                        .orElseGet(() -> new StatusBadge("waiting", StatusBadge.Tone.NEUTRAL)))
                .setHeader("Outcome").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.last().map(ReconcileRunView::detail).orElse("")).setHeader("It did").setFlexGrow(2);
        grid.addColumn(row -> row.lastChange().map(r -> Formats.dateTime(r.startedAt()) + ": " + nonZero(r.detail()))
                        .orElse("nothing yet")).setHeader("Last change").setFlexGrow(3);
        grid.addColumn(row -> row.last().map(ReconcileRunView::node).orElse("")).setHeader("Portal node")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }
}
