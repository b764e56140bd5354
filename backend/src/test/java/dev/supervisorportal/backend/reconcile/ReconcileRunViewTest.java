package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.common.Msg;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReconcileRunViewTest {

    @Test
    void aCyclesCountsKeepOnlyWhatHappened() {
        ReconcileRunView run = run(Msg.of(ReconcileRunView.COUNTS, 0, 2, 1, 0, 0));

        assertThat(run.detail().english()).isEqualTo("placed 0, started 2, restarted 1, migrated 0, balanced 0");
        assertThat(run.changes().english()).isEqualTo("started 2, restarted 1");
        assertThat(dev.supervisorportal.backend.common.Messages.text(run.changes(), Locale.GERMAN))
                .isEqualTo("gestartet 2, neu gestartet 1");
    }

    @Test
    void whatStillWaitsIsKept() {
        ReconcileRunView run = run(Msg.of(ReconcileRunView.ALSO, Msg.of(ReconcileRunView.COUNTS, 1, 0, 0, 0, 0),
                Msg.of("reconcile.run.unplaceable", 1_500)));

        assertThat(run.detail().english())
                .isEqualTo("placed 1, started 0, restarted 0, migrated 0, balanced 0; 1500 cannot be placed");
        assertThat(run.changes().english()).isEqualTo("placed 1; 1500 cannot be placed");
    }

    @Test
    void anyOtherDetailStaysAsItIs() {
        assertThat(run(Msg.of("reconcile.run.idle")).changes().english()).isEqualTo("Nothing to do.");
    }

    private static ReconcileRunView run(Msg detail) {
        return new ReconcileRunView("zone-a", Instant.EPOCH, 3, "OK", detail, "node-1");
    }
}
