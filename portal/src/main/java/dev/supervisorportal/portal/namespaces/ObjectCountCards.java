package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.html.Div;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.ObjectKind;
import dev.supervisorportal.portal.ui.StatCard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Beside the quota: how many VMs, TKG clusters, vSphere Pods and PVCs the namespace holds, of at most how many. */
class ObjectCountCards extends Div {

    /** What the cards say, in order. */
    private final List<String> values = new ArrayList<>();

    ObjectCountCards(NamespaceDetails namespace) {
        addClassName("stat-cards");
        setId("object-counts");
        for (ObjectKind kind : ObjectKind.values()) {
            String slug = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Long limit = namespace.countLimits().of(kind);
            long held = namespace.count(kind);
            String value = limit == null ? getTranslation("namespaces.counts-card.unlimited", held)
                    : getTranslation("namespaces.counts-card.of-limit", held, limit);
            values.add(value);
            add(new StatCard("count-" + slug, getTranslation("namespaces.counts-card." + slug), value));
        }
    }

    /** Whether {@code other} says the same as these cards (then the page keeps the one it shows). */
    boolean shows(ObjectCountCards other) {
        return other != null && values.equals(other.values);
    }
}
