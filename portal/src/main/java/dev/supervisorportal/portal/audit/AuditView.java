package dev.supervisorportal.portal.audit;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.audit.AuditEntryView;
import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

/** The audit trail for admins: who did what to which object, when, and the outcome. */
@Route("audit")
@RolesAllowed("ADMIN")
public class AuditView extends Main implements HasDynamicTitle {

    static final int SHOWN = 500;

    AuditView(AuditLog audit) {
        addClassName("page");
        var grid = new Grid<AuditEntryView>();
        grid.setId("audit-entries");
        grid.addColumn(entry -> Formats.dateTime(entry.occurredAt())).setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntryView::actor).setHeader(getTranslation("audit.column.who"));
        grid.addColumn(AuditEntryView::action).setHeader(getTranslation("audit.column.what")).setAutoWidth(true);
        grid.addColumn(entry -> entry.targetType() + " " + entry.targetName())
                .setHeader(getTranslation("audit.column.object")).setFlexGrow(1);
        grid.addColumn(AuditEntryView::outcome).setHeader(getTranslation("audit.column.outcome")).setAutoWidth(true);
        grid.addColumn(entry -> Texts.of(entry.detail())).setHeader(getTranslation("audit.column.detail"))
                .setFlexGrow(4);
        grid.setItems(audit.recent(SHOWN));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // The page's height below the navbar and the note: no empty band under the grid.
        grid.setHeight("calc(100vh - 12em)");
        add(new Paragraph(getTranslation("audit.note", SHOWN)), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
