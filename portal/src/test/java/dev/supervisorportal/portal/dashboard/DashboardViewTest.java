package dev.supervisorportal.portal.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewTest {

    @Test
    void aCyclesCountsKeepOnlyWhatHappened() {
        assertThat(DashboardView.nonZero("placed 0, started 2, restarted 1, migrated 0, balanced 0"))
                .isEqualTo("started 2, restarted 1");
        assertThat(DashboardView.nonZero("Nothing to do.")).isEqualTo("Nothing to do.");
    }
}
