package dev.supervisorportal.portal.audit;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.audit.AuditEntryView;
import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/** The audit trail for admins: who did what to which object, when, and the outcome. */
@Route("audit")
@PageTitle("Audit log")
@RolesAllowed("ADMIN")
public class AuditView extends Main {

    static final int SHOWN = 500;

    AuditView(AuditLog audit) {
        addClassName("page");
        var grid = new Grid<AuditEntryView>();
        grid.setId("audit-entries");
        grid.addColumn(entry -> Formats.dateTime(entry.occurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEntryView::actor).setHeader("Who");
        grid.addColumn(AuditEntryView::action).setHeader("What").setAutoWidth(true);
        grid.addColumn(entry -> entry.targetType() + " " + entry.targetName()).setHeader("Object").setFlexGrow(2);
        grid.addColumn(AuditEntryView::outcome).setHeader("Outcome").setAutoWidth(true);
        grid.addColumn(AuditEntryView::detail).setHeader("Detail").setFlexGrow(3);
        grid.setItems(audit.recent(SHOWN));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("70vh");
        add(new Paragraph("The newest " + SHOWN + " entries, newest first."), grid);
    }
}
