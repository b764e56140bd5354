package dev.supervisorportal.portal.events;

import dev.supervisorportal.backend.reconcile.EventType;
import dev.supervisorportal.backend.workloads.WorkloadKind;
import dev.supervisorportal.portal.ui.BundleKeys;
import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event type and workload kind has its words in English and German. */
@ExtendWith(PortalUi.class)
class EventsGridTest {

    @Test
    void everyEventTypeAndWorkloadKindHasItsTextInBothLanguages() {
        assertThat(BundleKeys.missing(Arrays.stream(EventType.values()).map(type -> "events.type." + type.name())))
                .isEmpty();
        assertThat(BundleKeys.missing(Arrays.stream(WorkloadKind.values()).map(kind -> "events.kind." + kind.slug())))
                .isEmpty();
    }

    @Test
    void kindsAndTypesReadAsBeforeInEnglish() {
        assertThat(EventsGrid.kind("tkg-node")).isEqualTo("TKG node");
        assertThat(EventsGrid.kind("supervisor-vm")).isEqualTo("Control-plane VM");
        assertThat(EventsGrid.kind("robot")).isEqualTo("robot");
        assertThat(EventsGrid.badge(EventType.EVACUATION_BLOCKED).getText()).isEqualTo("EVACUATION_BLOCKED");
    }

    @Test
    void theGridsHeadersAreEnglish() {
        assertThat(new EventsGrid("events", true).getColumns()).extracting(column -> column.getHeaderText())
                .containsExactly("When", "Zone", "Event", "Workload", "What happened");
    }
}
