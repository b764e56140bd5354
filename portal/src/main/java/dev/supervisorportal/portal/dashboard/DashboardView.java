package dev.supervisorportal.portal.dashboard;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
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
import dev.supervisorportal.backend.reconcile.ReconcileRunView;
import dev.supervisorportal.backend.reconcile.ReconcileStatus;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.StatCard;
import dev.supervisorportal.portal.ui.StatusBadge;
import jakarta.annotation.security.PermitAll;

/** The start page: the Supervisor at a glance, my namespaces and requests, and the reconciler's last runs. */
@Route("")
@PageTitle("Dashboard")
@PermitAll
public class DashboardView extends Main {

    DashboardView(InventoryService inventory, NamespaceService namespaces, NamespaceRequestService requests,
                  QuotaRequestService quotaRequests, ReconcileStatus reconcileStatus, UserAccounts users) {
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
        var reconcilerNote = new Span("One Quartz job per zone. Each cycle records when it ran and how it ended; "
                + "placing workloads on hosts comes with the reconciler.");
        reconcilerNote.addClassName("section-note");
        add(cards, new H2("Reconciler"), reconcilerNote, reconcilerRuns(reconcileStatus));
    }

    private static Grid<ReconcileStatus.ZoneLastRun> reconcilerRuns(ReconcileStatus reconcileStatus) {
        var grid = new Grid<ReconcileStatus.ZoneLastRun>();
        grid.setId("reconciler-runs");
        grid.addColumn(ReconcileStatus.ZoneLastRun::zone).setHeader("Zone");
        grid.addColumn(run -> run.lastRun().map(ReconcileRunView::startedAt).map(Formats::dateTime).orElse("not run yet"))
                .setHeader("Last run").setAutoWidth(true);
        grid.addColumn(run -> run.lastRun().map(r -> r.durationMillis() + " ms").orElse("")).setHeader("Took").setAutoWidth(true);
        grid.addComponentColumn(run -> run.lastRun()
                        .map(r -> new StatusBadge(r.outcome(), r.outcome().equals("OK") ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.ERROR))
                        .orElseGet(() -> new StatusBadge("waiting", StatusBadge.Tone.NEUTRAL)))
                .setHeader("Outcome");
        grid.addColumn(run -> run.lastRun().map(ReconcileRunView::detail).orElse("")).setHeader("Detail").setFlexGrow(3)
                .setTooltipGenerator(run -> run.lastRun().map(ReconcileRunView::detail).orElse(""));
        grid.addColumn(run -> run.lastRun().map(ReconcileRunView::node).orElse("")).setHeader("Portal node");
        grid.setItems(reconcileStatus.lastRunPerZone());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }
}
