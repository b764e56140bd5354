package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.supervisorportal.backend.namespaces.QuotaRequestView;
import dev.supervisorportal.backend.namespaces.RequestStatus;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.Formats;

import java.util.List;

/** A namespace's quota requests, newest first, with their decisions. */
class QuotaRequestsPanel extends Div {

    QuotaRequestsPanel(List<QuotaRequestView> requests, boolean mayRequest) {
        if (requests.isEmpty()) {
            var empty = new Paragraph(mayRequest ? getTranslation("namespaces.quota-requests.none-ask")
                    : getTranslation("namespaces.quota-requests.none"));
            empty.setId("no-quota-requests");
            add(empty);
            return;
        }
        var grid = new Grid<QuotaRequestView>();
        grid.setId("quota-requests");
        grid.addColumn(request -> Formats.dateTime(request.submittedAt()))
                .setHeader(getTranslation("namespaces.column.sent"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(QuotaRequestView::requestedBy).setHeader(getTranslation("namespaces.column.by"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(request -> Formats.limits(request.requested()))
                .setHeader(getTranslation("namespaces.column.asked-for"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(QuotaRequestView::justification).setHeader(getTranslation("namespaces.column.justification"))
                .setFlexGrow(2);
        grid.addComponentColumn(request -> NamespaceListView.statusBadge(request.status()))
                .setHeader(getTranslation("namespaces.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QuotaRequestsPanel::decision).setHeader(getTranslation("namespaces.column.decision"))
                .setFlexGrow(2);
        grid.setItems(requests);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    static String decision(QuotaRequestView request) {
        if (request.status() == RequestStatus.PENDING) {
            return Texts.t("namespaces.decision.waiting");
        }
        return NamespaceListView.decision(request.status(), request.requested(), request.approved(),
                request.decidedBy(), request.decidedAt(), request.decisionReason());
    }
}
