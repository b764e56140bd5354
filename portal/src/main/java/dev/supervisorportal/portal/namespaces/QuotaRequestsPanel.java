package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.supervisorportal.backend.namespaces.QuotaRequestView;
import dev.supervisorportal.backend.namespaces.RequestStatus;
import dev.supervisorportal.portal.ui.Formats;

import java.util.List;

/** A namespace's quota requests, newest first, with their decisions. */
class QuotaRequestsPanel extends Div {

    QuotaRequestsPanel(List<QuotaRequestView> requests, boolean mayRequest) {
        if (requests.isEmpty()) {
            var empty = new Paragraph(mayRequest
                    ? "No quota requests yet. Ask for new limits with “Request more quota”." : "No quota requests yet.");
            empty.setId("no-quota-requests");
            add(empty);
            return;
        }
        var grid = new Grid<QuotaRequestView>();
        grid.setId("quota-requests");
        grid.addColumn(request -> Formats.dateTime(request.submittedAt())).setHeader("Sent").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(QuotaRequestView::requestedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(request -> Formats.limits(request.requested())).setHeader("Asked for").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(QuotaRequestView::justification).setHeader("Justification").setFlexGrow(2);
        grid.addComponentColumn(request -> NamespaceListView.statusBadge(request.status())).setHeader("Status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QuotaRequestsPanel::decision).setHeader("Decision").setFlexGrow(2);
        grid.setItems(requests);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    static String decision(QuotaRequestView request) {
        if (request.status() == RequestStatus.PENDING) {
            return "Waiting for an admin";
        }
        String by = " by " + request.decidedBy() + ", " + Formats.dateTime(request.decidedAt());
        if (request.status() == RequestStatus.REJECTED) {
            return "Rejected" + by + ": " + request.decisionReason();
        }
        return (request.approved().equals(request.requested()) ? "Approved as asked"
                : "Approved with " + Formats.limits(request.approved())) + by;
    }
}
