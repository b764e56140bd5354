package dev.supervisorportal.portal.approvals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.namespaces.NamespaceRequestService;
import dev.supervisorportal.backend.namespaces.NamespaceRequestView;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/** The admins' approval queue: approve as asked, approve with adjusted limits, or reject with a reason. */
@Route("approvals")
@PageTitle("Approvals")
@RolesAllowed("ADMIN")
public class ApprovalsView extends Main {

    private final NamespaceRequestService requests;
    private final String me;
    private final Grid<NamespaceRequestView> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("No request is waiting for a decision.");

    ApprovalsView(NamespaceRequestService requests, UserAccounts users) {
        this.requests = requests;
        this.me = users.current().username();
        addClassName("page");
        grid.setId("pending-requests");
        grid.addColumn(NamespaceRequestView::namespaceName).setHeader("Namespace").setFlexGrow(2);
        grid.addColumn(NamespaceRequestView::requestedBy).setHeader("Requested by").setAutoWidth(true);
        grid.addColumn(request -> Formats.mhz(request.requested().cpuMhz())).setHeader("CPU");
        grid.addColumn(request -> Formats.mib(request.requested().memoryMib())).setHeader("Memory");
        grid.addColumn(request -> Formats.gib(request.requested().storageGib())).setHeader("Storage");
        grid.addColumn(NamespaceRequestView::justification).setHeader("Justification").setFlexGrow(3);
        grid.addColumn(request -> Formats.dateTime(request.submittedAt())).setHeader("Sent").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Decision").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        empty.setId("no-pending-requests");
        add(new Paragraph("Namespace requests wait here for an admin. Nobody decides on their own request."),
                grid, empty);
        refresh();
    }

    private HorizontalLayout actions(NamespaceRequestView request) {
        var approve = new Button("Approve", click -> {
            requests.approve(request.id());
            done("Approved " + request.namespaceName() + " as asked; it is active now.");
        });
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        var adjust = new Button("Adjust…", click -> openAdjust(request));
        adjust.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var reject = new Button("Reject…", click -> openReject(request));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        var buttons = new HorizontalLayout(approve, adjust, reject);
        buttons.setSpacing(true);
        buttons.setId("actions-" + request.namespaceName());
        if (request.requestedBy().equals(me)) {
            // The service refuses too; here the admin sees why before trying.
            buttons.getChildren().forEach(button -> {
                ((Button) button).setEnabled(false);
                ((Button) button).setTooltipText("Your own request: another admin has to decide on it.");
            });
        }
        return buttons;
    }

    private void openAdjust(NamespaceRequestView request) {
        var dialog = new AdjustLimitsDialog(request, d -> {
            try {
                requests.approveAdjusted(request.id(), d.value(d.cpuMhz), d.value(d.memoryMib), d.value(d.storageGib));
                d.close();
                done("Approved " + request.namespaceName() + " with adjusted limits; it is active now.");
            } catch (InvalidInputException invalid) {
                d.showProblems(invalid.problems());
            }
        });
        dialog.open();
    }

    private void openReject(NamespaceRequestView request) {
        var dialog = new RejectDialog(request, d -> {
            try {
                requests.reject(request.id(), d.reason.getValue());
                d.close();
                done("Rejected the request for " + request.namespaceName() + ".");
            } catch (InvalidInputException invalid) {
                d.showProblem(invalid.problems().getFirst().message());
            }
        });
        dialog.open();
    }

    private void done(String message) {
        Notification.show(message, 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        var pending = requests.pending();
        grid.setItems(pending);
        grid.setVisible(!pending.isEmpty());
        empty.setVisible(pending.isEmpty());
    }
}
