package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.supervisorportal.backend.namespaces.NamespaceRequestService;
import dev.supervisorportal.backend.namespaces.NamespaceRequestView;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.NamespaceSummary;
import dev.supervisorportal.backend.namespaces.RequestStatus;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.StatusBadge;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** The namespaces I hold a permission in (all of them for admins), and my requests with their decisions. */
@Route("namespaces")
@PageTitle("Namespaces")
@PermitAll
public class NamespaceListView extends Main {

    NamespaceListView(NamespaceService namespaces, NamespaceRequestService requests, UserAccounts users) {
        addClassName("page");
        boolean admin = users.current().isAdmin();
        var requestButton = new Button("Request namespace", VaadinIcon.PLUS.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(RequestNamespaceView.class)));
        requestButton.setId("request-namespace");
        requestButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(requestButton);

        List<NamespaceSummary> visible = namespaces.visibleNamespaces();
        add(new H2(admin ? "All namespaces" : "My namespaces"));
        if (visible.isEmpty()) {
            var empty = new Paragraph(admin ? "No namespace has been approved yet."
                    : "You have no namespace yet. Request one; an admin approves it.");
            empty.setId("no-namespaces");
            add(empty);
        } else {
            add(namespaceGrid(visible));
        }

        List<NamespaceRequestView> mine = requests.myRequests();
        if (!mine.isEmpty()) {
            add(new H2("My requests"), requestGrid(mine));
        }
    }

    private static Grid<NamespaceSummary> namespaceGrid(List<NamespaceSummary> namespaces) {
        var grid = new Grid<NamespaceSummary>();
        grid.setId("namespaces");
        grid.addComponentColumn(namespace -> new RouterLink(namespace.name(), NamespaceDetailView.class,
                new RouteParameters("name", namespace.name()))).setHeader("Name").setFlexGrow(2);
        grid.addColumn(namespace -> namespace.yourRole() == null ? "admin" : namespace.yourRole().name())
                .setHeader("Your role");
        grid.addColumn(namespace -> Formats.mhz(namespace.limits().cpuMhz())).setHeader("CPU");
        grid.addColumn(namespace -> Formats.mib(namespace.limits().memoryMib())).setHeader("Memory");
        grid.addColumn(namespace -> Formats.gib(namespace.limits().storageGib())).setHeader("Storage");
        grid.addColumn(namespace -> Formats.dateTime(namespace.createdAt())).setHeader("Active since").setAutoWidth(true);
        grid.setItems(namespaces);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private static Grid<NamespaceRequestView> requestGrid(List<NamespaceRequestView> requests) {
        var grid = new Grid<NamespaceRequestView>();
        grid.setId("my-requests");
        grid.addColumn(NamespaceRequestView::namespaceName).setHeader("Namespace").setFlexGrow(2);
        grid.addComponentColumn(NamespaceListView::statusBadge).setHeader("Status");
        grid.addColumn(request -> Formats.limits(request.requested())).setHeader("Asked for").setFlexGrow(3);
        grid.addColumn(request -> Formats.dateTime(request.submittedAt())).setHeader("Sent").setAutoWidth(true);
        grid.addColumn(NamespaceListView::decision).setHeader("Decision").setFlexGrow(3);
        grid.setItems(requests);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    static StatusBadge statusBadge(NamespaceRequestView request) {
        return statusBadge(request.status());
    }

    static StatusBadge statusBadge(RequestStatus status) {
        return switch (status) {
            case PENDING -> new StatusBadge("waiting for approval", StatusBadge.Tone.PENDING);
            case APPROVED -> new StatusBadge("approved", StatusBadge.Tone.SUCCESS);
            case REJECTED -> new StatusBadge("rejected", StatusBadge.Tone.ERROR);
        };
    }

    private static String decision(NamespaceRequestView request) {
        if (request.status() == RequestStatus.PENDING) {
            return "";
        }
        String by = " by " + request.decidedBy() + ", " + Formats.dateTime(request.decidedAt());
        if (request.status() == RequestStatus.REJECTED) {
            return "Rejected" + by + ": " + request.decisionReason();
        }
        return (request.approved().equals(request.requested()) ? "Approved as asked" : "Approved with "
                + Formats.limits(request.approved())) + by;
    }
}
