package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.supervisorportal.backend.namespaces.NamespaceRequestService;
import dev.supervisorportal.backend.namespaces.NamespaceRequestView;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.NamespaceSummary;
import dev.supervisorportal.backend.namespaces.RequestStatus;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.StatusBadge;
import jakarta.annotation.security.PermitAll;

import java.time.Instant;
import java.util.List;

/** The namespaces I hold a permission in (all of them for admins), and my requests with their decisions. */
@Route("namespaces")
@PermitAll
public class NamespaceListView extends Main implements HasDynamicTitle {

    NamespaceListView(NamespaceService namespaces, NamespaceRequestService requests, UserAccounts users) {
        addClassName("page");
        boolean admin = users.current().isAdmin();
        var requestButton = new Button(getTranslation("namespaces.list.request"), VaadinIcon.PLUS.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(RequestNamespaceView.class)));
        requestButton.setId("request-namespace");
        requestButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(requestButton);

        List<NamespaceSummary> visible = namespaces.visibleNamespaces();
        add(new H2(admin ? getTranslation("namespaces.list.all") : getTranslation("namespaces.list.mine")));
        if (visible.isEmpty()) {
            var empty = new Paragraph(admin ? getTranslation("namespaces.list.none-approved")
                    : getTranslation("namespaces.list.none"));
            empty.setId("no-namespaces");
            add(empty);
        } else {
            add(namespaceGrid(visible));
        }

        List<NamespaceRequestView> mine = requests.myRequests();
        if (!mine.isEmpty()) {
            add(new H2(getTranslation("namespaces.list.my-requests")), requestGrid(mine));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("namespaces.title");
    }

    private static Grid<NamespaceSummary> namespaceGrid(List<NamespaceSummary> namespaces) {
        var grid = new Grid<NamespaceSummary>();
        grid.setId("namespaces");
        grid.addComponentColumn(namespace -> new RouterLink(namespace.name(), NamespaceDetailView.class,
                new RouteParameters("name", namespace.name()))).setHeader(Texts.t("namespaces.column.name"))
                .setFlexGrow(2);
        grid.addColumn(namespace -> PermissionsPanel.role(namespace.yourRole()))
                .setHeader(Texts.t("namespaces.your-role"));
        grid.addColumn(namespace -> Formats.mhz(namespace.limits().cpuMhz())).setHeader(Texts.t("namespaces.cpu"));
        grid.addColumn(namespace -> Formats.mib(namespace.limits().memoryMib()))
                .setHeader(Texts.t("namespaces.memory"));
        grid.addColumn(namespace -> Formats.gib(namespace.limits().storageGib()))
                .setHeader(Texts.t("namespaces.storage"));
        grid.addColumn(namespace -> Formats.dateTime(namespace.createdAt()))
                .setHeader(Texts.t("namespaces.column.active-since")).setAutoWidth(true);
        grid.setItems(namespaces);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private static Grid<NamespaceRequestView> requestGrid(List<NamespaceRequestView> requests) {
        var grid = new Grid<NamespaceRequestView>();
        grid.setId("my-requests");
        grid.addColumn(NamespaceRequestView::namespaceName).setHeader(Texts.t("namespaces.column.namespace"))
                .setFlexGrow(2);
        grid.addComponentColumn(NamespaceListView::statusBadge).setHeader(Texts.t("namespaces.column.status"));
        grid.addColumn(request -> Formats.limits(request.requested())).setHeader(Texts.t("namespaces.column.asked-for"))
                .setFlexGrow(3);
        grid.addColumn(request -> Formats.dateTime(request.submittedAt())).setHeader(Texts.t("namespaces.column.sent"))
                .setAutoWidth(true);
        grid.addColumn(request -> request.status() == RequestStatus.PENDING ? "" : decision(request.status(),
                        request.requested(), request.approved(), request.decidedBy(), request.decidedAt(),
                        request.decisionReason()))
                .setHeader(Texts.t("namespaces.column.decision")).setFlexGrow(3);
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
            case PENDING -> new StatusBadge(status(status), StatusBadge.Tone.PENDING);
            case APPROVED -> new StatusBadge(status(status), StatusBadge.Tone.SUCCESS);
            case REJECTED -> new StatusBadge(status(status), StatusBadge.Tone.ERROR);
        };
    }

    /** A request's status in the user's language: "waiting for approval", "approved", "rejected" in English. */
    static String status(RequestStatus status) {
        return Texts.t("namespaces.request-status." + status.name());
    }

    /** A decided request's decision, namespace or quota: "Approved as asked by admin, 3 Mar 2026, 10:15:00". */
    static String decision(RequestStatus status, Limits requested, Limits approved, String decidedBy, Instant decidedAt,
                           String reason) {
        String when = Formats.dateTime(decidedAt);
        if (status == RequestStatus.REJECTED) {
            return Texts.t("namespaces.decision.rejected", decidedBy, when, reason);
        }
        return approved.equals(requested) ? Texts.t("namespaces.decision.approved-as-asked", decidedBy, when)
                : Texts.t("namespaces.decision.approved-with", decidedBy, when, Formats.limits(approved));
    }
}
