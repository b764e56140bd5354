package dev.supervisorportal.portal.namespaces;

import dev.supervisorportal.portal.i18n.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.portal.ui.Formats;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;

/** What the namespace page and the forms reached from it share: the way back, refusals as error pages, free quota. */
public final class NamespacePages {

    private NamespacePages() {
    }

    /** The {@code :name} of a route under {@code namespaces/:name}. */
    public static String namespaceName(BeforeEnterEvent event) {
        return event.getRouteParameters().get("name").orElse("");
    }

    /**
     * Runs {@code show}; a refusal (no such namespace, not enough permission) becomes the not-found or
     * access-denied page with the backend's words, and none of the data.
     */
    public static void showOrRefuse(BeforeEnterEvent event, Runnable show) {
        try {
            show.run();
        } catch (org.springframework.security.access.AccessDeniedException denied) {
            event.rerouteToError(AccessDeniedException.class, Texts.reason(denied));
        } catch (dev.supervisorportal.backend.common.NotFoundException missing) {
            event.rerouteToError(NotFoundException.class, Texts.reason(missing));
        }
    }

    public static RouterLink backLink(String namespace) {
        var link = new RouterLink(NamespaceDetailView.class, new RouteParameters("name", namespace));
        link.add(VaadinIcon.ARROW_LEFT.create(), new Span(Texts.t("namespaces.detail.title", namespace)));
        link.addClassName("back-link");
        link.setId("back-to-namespace");
        return link;
    }

    /** Back to the namespace page, on the tab that shows what was just done. */
    public static void returnTo(String namespace, String tab) {
        UI.getCurrent().navigate(NamespaceDetailView.class, new RouteParameters("name", namespace),
                QueryParameters.of(NamespaceDetailView.TAB_PARAMETER, tab));
    }

    /** The namespace's free share per zone, so the user sees where a workload still fits. */
    public static Component freeQuota(List<ZoneShare> zones) {
        var box = new Div();
        box.setId("free-quota");
        box.addClassName("free-quota");
        var title = new Span(zones.size() > 1 ? Texts.t("namespaces.free-quota.per-zone")
                : Texts.t("namespaces.free-quota.title"));
        title.addClassName("free-quota-title");
        box.add(title);
        for (String header : List.of(Texts.t("namespaces.zone"), Texts.t("namespaces.cpu"),
                Texts.t("namespaces.memory"), Texts.t("namespaces.storage"))) {
            var cell = new Span(header);
            cell.addClassName("free-quota-header");
            box.add(cell);
        }
        zones.forEach(zone -> box.add(new Span(zone.zone()),
                new Span(free(zone.free().cpuMhz(), zone.limit().cpuMhz(), Formats::mhz)),
                new Span(free(zone.free().memoryMib(), zone.limit().memoryMib(), Formats::mib)),
                new Span(free(zone.free().storageGib(), zone.limit().storageGib(), Formats::gib))));
        return box;
    }

    /** "8,000 MHz free of 12,000 MHz". */
    private static String free(long free, long limit, LongFunction<String> format) {
        return Texts.t("namespaces.free-quota.free", format.apply(free), format.apply(limit));
    }
}
