package dev.supervisorportal.portal.events;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dev.supervisorportal.backend.reconcile.EventType;
import dev.supervisorportal.backend.reconcile.EventView;
import dev.supervisorportal.backend.workloads.WorkloadKind;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.StatusBadge;

import java.util.Arrays;
import java.util.List;

/** What the reconciler did, newest first: when, where, what, to which workload, in its own words. */
public class EventsGrid extends Grid<EventView> {

    /** How the reconciler's events name a persistent volume claim's kind. */
    static final String VOLUME_KIND = "pvc";

    private List<EventView> shown = List.of();

    /** @param withNamespace whether to name each workload's namespace (not on a namespace's own page) */
    public EventsGrid(String id, boolean withNamespace) {
        setId(id);
        addColumn(event -> Formats.dateTime(event.occurredAt())).setHeader(getTranslation("events.when"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(EventView::zone).setHeader(getTranslation("events.zone")).setAutoWidth(true).setFlexGrow(0);
        // A fixed width: auto width measures the first rows only and would cut a later EVACUATION_BLOCKED short.
        addComponentColumn(event -> badge(event.type())).setHeader(getTranslation("events.event")).setWidth("12.5em")
                .setFlexGrow(0);
        addColumn(event -> workload(event, withNamespace)).setHeader(getTranslation("events.workload"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(event -> Texts.of(event.message())).setHeader(getTranslation("events.what-happened")).setFlexGrow(3);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
    }

    /** Shows {@code events}; leaves the grid alone when they are what it shows already. */
    public void show(List<EventView> events) {
        if (!events.equals(shown)) {
            shown = events;
            setItems(events);
        }
    }

    private static String workload(EventView event, boolean withNamespace) {
        return kind(event.kind()) + " " + Formats.qualifiedName(withNamespace ? event.namespace() : null,
                event.workload());
    }

    /**
     * A {@link WorkloadKind} as events spell it ({@code tkg-node}) or a persistent volume claim's ({@code pvc}), in the
     * user's words; another as it is.
     */
    static String kind(String slug) {
        boolean known = VOLUME_KIND.equals(slug)
                || Arrays.stream(WorkloadKind.values()).anyMatch(kind -> kind.slug().equals(slug));
        return known ? Texts.t("events.kind." + slug) : slug;
    }

    static StatusBadge badge(EventType type) {
        return new StatusBadge(Texts.t("events.type." + type.name()), switch (type) {
            case STARTED, ROLLOUT_DONE, VOLUME_PROVISIONED -> StatusBadge.Tone.SUCCESS;
            case PLACED, MIGRATED, BALANCED, POWERED_ON, RESTARTED, NODE_REPLACED -> StatusBadge.Tone.PENDING;
            case POWERED_OFF -> StatusBadge.Tone.NEUTRAL;
            case RESTARTING, UNPLACEABLE, EVACUATION_BLOCKED, ROLLOUT_STALLED, VOLUME_UNPROVISIONABLE ->
                    StatusBadge.Tone.ERROR;
        });
    }
}
