package dev.supervisorportal.portal.hosts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.inventory.DatastoreService;
import dev.supervisorportal.backend.inventory.DatastoreState;
import dev.supervisorportal.backend.inventory.DatastoreView;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.ErrorBanner;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.Notices;

import java.util.List;
import java.util.function.Supplier;

/**
 * The zones' datastores on the Hosts page: capacity, what the bound volumes take (provisioned) and what is free, and
 * the state; admins add datastores, put them into maintenance and out, and remove an empty one in maintenance.
 */
class DatastoresSection extends Div {

    private final DatastoreService datastores;
    private final ErrorBanner banner = new ErrorBanner("datastores-error");
    private final Grid<DatastoreView> grid = new Grid<>();
    private List<DatastoreView> shown;

    DatastoresSection(DatastoreService datastores, List<String> zones) {
        this.datastores = datastores;
        setId("datastores-section");
        var note = new Paragraph(getTranslation("hosts.datastores.note"));
        note.addClassName("section-note");
        var form = new AddDatastoreForm(zones);
        form.addSubmitListener(command -> form.send(() -> datastores.add(command)).ifPresent(added -> {
            Notices.success(getTranslation("hosts.datastores.added", added.name(), added.zone(),
                    Formats.gib(added.capacityGib())));
            form.clear();
            refresh();
        }));
        var add = new Details(new Span(getTranslation("hosts.datastores.add.title")), form);
        add.setId("add-datastore");
        grid.setId("datastores");
        grid.addColumn(DatastoreView::zone).setHeader(getTranslation("hosts.datastores.zone")).setAutoWidth(true);
        grid.addColumn(DatastoreView::name).setHeader(getTranslation("hosts.datastores.name")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(datastore -> Texts.t("hosts.datastores.state." + datastore.state().name().toLowerCase()))
                .setHeader(getTranslation("hosts.datastores.state")).setAutoWidth(true);
        grid.addColumn(datastore -> Formats.gib(datastore.capacityGib()))
                .setHeader(getTranslation("hosts.datastores.capacity")).setAutoWidth(true);
        grid.addColumn(datastore -> Formats.gib(datastore.provisionedGib()))
                .setHeader(getTranslation("hosts.datastores.provisioned")).setAutoWidth(true);
        grid.addColumn(datastore -> Formats.gib(datastore.freeGib()))
                .setHeader(getTranslation("hosts.datastores.free")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("hosts.datastores.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(new H2(getTranslation("hosts.datastores.title")), note, banner, add, grid);
        refresh();
    }

    void refresh() {
        List<DatastoreView> now = datastores.datastores();
        if (!now.equals(shown)) {
            shown = now;
            grid.setItems(now);
        }
    }

    private Component actions(DatastoreView datastore) {
        var row = new HorizontalLayout();
        row.setSpacing(false);
        boolean inMaintenance = datastore.state() == DatastoreState.MAINTENANCE;
        var maintenance = new Button(getTranslation(inMaintenance ? "hosts.datastores.exit-maintenance"
                : "hosts.datastores.enter-maintenance"), click -> act(() -> {
            if (inMaintenance) {
                datastores.exitMaintenance(datastore.name());
                return getTranslation("hosts.datastores.done.exit-maintenance", datastore.name());
            }
            datastores.enterMaintenance(datastore.name());
            return getTranslation("hosts.datastores.done.enter-maintenance", datastore.name());
        }));
        maintenance.setId("datastore-maintenance-" + datastore.name());
        maintenance.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        row.add(maintenance);
        if (inMaintenance) {
            var remove = new Button(getTranslation("hosts.datastores.remove"), click -> act(() -> {
                datastores.remove(datastore.name());
                return getTranslation("hosts.datastores.done.remove", datastore.name(), datastore.zone());
            }));
            remove.setId("remove-datastore-" + datastore.name());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(remove);
        }
        return row;
    }

    private void act(Supplier<String> change) {
        try {
            String done = change.get();
            banner.clear();
            Notices.success(done);
        } catch (ConflictException | NotFoundException refused) {
            banner.show(Texts.reason(refused));
        }
        refresh();
    }
}
