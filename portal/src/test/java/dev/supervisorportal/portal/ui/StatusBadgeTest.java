package dev.supervisorportal.portal.ui;

import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Statuses and states as badges: every value has its words in English and German; English reads as the value. */
@ExtendWith(PortalUi.class)
class StatusBadgeTest {

    @Test
    void everyHostStateAndWorkloadStatusHasItsTextInBothLanguages() {
        assertThat(BundleKeys.missing(Arrays.stream(HostState.values()).map(state -> "hosts.state." + state.name())))
                .isEmpty();
        assertThat(BundleKeys.missing(Arrays.stream(WorkloadStatus.values())
                .map(status -> "workloads.status." + status.name()))).isEmpty();
    }

    @Test
    void inEnglishABadgeReadsAsTheValueAndAnUnknownStatusAsItIs() {
        assertThat(StatusBadge.host(HostState.MAINTENANCE).getText()).isEqualTo("MAINTENANCE");
        assertThat(StatusBadge.workload("RUNNING").getText()).isEqualTo("RUNNING");
        assertThat(StatusBadge.workload("SOMETHING_NEW").getText()).isEqualTo("SOMETHING_NEW");
    }
}
