package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.portal.layout.HasViewTitle;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.StatCard;
import jakarta.annotation.security.PermitAll;

import java.util.function.Function;
import java.util.function.ToLongFunction;

/** One namespace: its limits, their share and use per zone, and who may do what in it. */
@Route("namespaces/:name")
@PermitAll
public class NamespaceDetailView extends Main implements BeforeEnterObserver, HasViewTitle {

    private final NamespaceService namespaces;
    private String title = "Namespace";

    NamespaceDetailView(NamespaceService namespaces) {
        this.namespaces = namespaces;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String name = event.getRouteParameters().get("name").orElse("");
        try {
            show(namespaces.details(name));
        } catch (org.springframework.security.access.AccessDeniedException denied) {
            event.rerouteToError(AccessDeniedException.class, denied.getMessage());
        } catch (dev.supervisorportal.backend.common.NotFoundException missing) {
            event.rerouteToError(NotFoundException.class, missing.getMessage());
        }
    }

    private void show(NamespaceDetails namespace) {
        removeAll();
        title = "Namespace " + namespace.name();
        getElement().executeJs("document.title = $0", title + " · Supervisor Portal");
        var cards = new Div(
                new StatCard("cpu-limit", "CPU limit", Formats.mhz(namespace.limits().cpuMhz())),
                new StatCard("memory-limit", "Memory limit", Formats.mib(namespace.limits().memoryMib())),
                new StatCard("storage-limit", "Storage limit", Formats.gib(namespace.limits().storageGib())),
                new StatCard("your-role", "Your role", namespace.yourRole() == null ? "admin" : namespace.yourRole().name(),
                        new Span("Active since " + Formats.dateTime(namespace.createdAt()))));
        cards.addClassName("stat-cards");
        var zonesNote = new Paragraph(namespace.zones().size() > 1
                ? "Each limit is split equally over the " + namespace.zones().size()
                + " zones; a workload runs in one zone and counts against that zone's share."
                : "The namespace's whole limit is available in its one zone.");
        add(cards, new H2("Quota per zone"), zonesNote, zoneGrid(namespace), new H2("Permissions"),
                permissionGrid(namespace));
    }

    private static Grid<ZoneShare> zoneGrid(NamespaceDetails namespace) {
        var grid = new Grid<ZoneShare>();
        grid.setId("zone-shares");
        grid.addColumn(ZoneShare::zone).setHeader("Zone");
        grid.addComponentColumn(usage(share -> share.limit().cpuMhz(), share -> share.used().cpuMhz(), Formats::mhz))
                .setHeader("CPU").setFlexGrow(2);
        grid.addComponentColumn(usage(share -> share.limit().memoryMib(), share -> share.used().memoryMib(), Formats::mib))
                .setHeader("Memory").setFlexGrow(2);
        grid.addComponentColumn(usage(share -> share.limit().storageGib(), share -> share.used().storageGib(), Formats::gib))
                .setHeader("Storage").setFlexGrow(2);
        grid.setItems(namespace.zones());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    /** A bar of used against share, with the figures: "0 of 1,001 MHz used · 1,001 MHz free". */
    private static com.vaadin.flow.function.ValueProvider<ZoneShare, Component> usage(
            ToLongFunction<ZoneShare> limit, ToLongFunction<ZoneShare> used, Function<Long, String> format) {
        return share -> {
            long shareLimit = limit.applyAsLong(share);
            long shareUsed = used.applyAsLong(share);
            var bar = new ProgressBar(0, Math.max(1, shareLimit), shareUsed);
            var text = new Span(format.apply(shareUsed) + " used of " + format.apply(shareLimit)
                    + " · " + format.apply(shareLimit - shareUsed) + " free");
            text.addClassName("usage-text");
            var cell = new Div(text, bar);
            cell.addClassName("usage");
            return cell;
        };
    }

    private static Grid<NamespaceDetails.Permission> permissionGrid(NamespaceDetails namespace) {
        var grid = new Grid<NamespaceDetails.Permission>();
        grid.setId("permissions");
        grid.addColumn(NamespaceDetails.Permission::subject).setHeader("User or team");
        grid.addColumn(permission -> permission.subjectType().name().toLowerCase()).setHeader("Kind");
        grid.addColumn(permission -> permission.role().name()).setHeader("Role");
        grid.setItems(namespace.permissions());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        return grid;
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
