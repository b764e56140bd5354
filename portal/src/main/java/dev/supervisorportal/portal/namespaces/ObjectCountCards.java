package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.html.Div;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.ObjectKind;
import dev.supervisorportal.portal.ui.StatCard;

import java.util.Locale;

/** Beside the quota: how many VMs, TKG clusters, vSphere Pods and PVCs the namespace holds, of at most how many. */
class ObjectCountCards extends Div {

    ObjectCountCards(NamespaceDetails namespace) {
        addClassName("stat-cards");
        setId("object-counts");
        for (ObjectKind kind : ObjectKind.values()) {
            String slug = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Long limit = namespace.countLimits().of(kind);
            long held = namespace.count(kind);
            add(new StatCard("count-" + slug, getTranslation("namespaces.counts-card." + slug), limit == null
                    ? getTranslation("namespaces.counts-card.unlimited", held)
                    : getTranslation("namespaces.counts-card.of-limit", held, limit)));
        }
    }
}
