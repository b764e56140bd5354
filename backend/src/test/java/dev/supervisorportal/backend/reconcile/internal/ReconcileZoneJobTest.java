package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.MovableClock;
import dev.supervisorportal.backend.common.Msg;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The zone job owns when the next cycle runs: after a failure with a doubling wait up to a cap, reset by a success,
 * and when a finished cycle says a start is due. Time is a {@link MovableClock}; nothing sleeps. The job's data lives
 * on in one {@link JobDetail}, as Quartz keeps it between runs ({@code @PersistJobDataAfterExecution}).
 */
class ReconcileZoneJobTest {

    private static final String ZONE = "zone-a";
    private static final RuntimeException DATABASE_DOWN = new IllegalStateException("database down");

    private final MovableClock clock = new MovableClock();
    private final ZoneReconciler reconciler = mock(ZoneReconciler.class);
    private final ReconcileTrigger trigger = mock(ReconcileTrigger.class);
    private final JobDetail jobDetail = JobBuilder.newJob(ReconcileZoneJob.class)
            .withIdentity(ReconcileJobRegistrar.jobKey(ZONE)).usingJobData(ReconcileZoneJob.ZONE, ZONE).build();
    private ReconcileZoneJob job;

    @BeforeEach
    void job() {
        job = new ReconcileZoneJob(reconciler, trigger, new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60)),
                clock);
    }

    @Test
    void failedCyclesAreRetriedAfterWaitsThatDoubleUpToTheCap() {
        when(reconciler.reconcile(ZONE)).thenThrow(DATABASE_DOWN);

        for (long seconds : new long[]{1, 2, 4, 8, 16, 32, 60, 60, 60}) {
            Instant started = clock.instant();
            job.execute(firedBy("soon"));

            verify(reconciler).recordFailure(ZONE, started, DATABASE_DOWN);
            verify(trigger).requestCycle(ZONE, started.plusSeconds(seconds));
            clearInvocations(reconciler, trigger);
            clock.advance(Duration.ofSeconds(seconds));
        }
        assertThat(jobDetail.getJobDataMap().getInt(ReconcileZoneJob.FAILURES)).isEqualTo(9);
    }

    @Test
    void whileItBacksOffThePeriodicTriggerSkipsItsTurnButAChangeStillRunsACycle() {
        when(reconciler.reconcile(ZONE)).thenThrow(DATABASE_DOWN);
        for (int failure = 0; failure < 4; failure++) {
            job.execute(firedBy("soon"));
        }
        // Four failures in a row: the next try is 8 s away.
        clearInvocations(reconciler, trigger);

        clock.advance(Duration.ofSeconds(7));
        job.execute(firedBy("every"));
        verifyNoInteractions(reconciler, trigger);

        job.execute(firedBy("soon"));
        verify(reconciler).reconcile(ZONE);
        verify(trigger).requestCycle(ZONE, clock.instant().plusSeconds(16));
    }

    @Test
    void aSuccessResetsTheBackoffAndAsksForTheCycleItSaysIsDue() {
        when(reconciler.reconcile(ZONE)).thenThrow(DATABASE_DOWN, DATABASE_DOWN, DATABASE_DOWN)
                .thenReturn(new CycleResult(Msg.of("reconcile.run.idle"), Optional.of(clock.instant().plusSeconds(10))))
                .thenReturn(new CycleResult(Msg.of("reconcile.run.idle"), Optional.empty()))
                .thenThrow(DATABASE_DOWN);
        for (int failure = 0; failure < 3; failure++) {
            job.execute(firedBy("soon"));
        }
        clock.advance(Duration.ofSeconds(4));
        clearInvocations(trigger);

        job.execute(firedBy("soon"));
        verify(trigger).requestCycle(ZONE, clock.instant().plusSeconds(6));
        JobDataMap state = jobDetail.getJobDataMap();
        assertThat(state.containsKey(ReconcileZoneJob.FAILURES)).isFalse();
        assertThat(state.containsKey(ReconcileZoneJob.RETRY_AT)).isFalse();

        clock.advance(Duration.ofSeconds(1));
        job.execute(firedBy("every"));
        verify(reconciler, times(5)).reconcile(ZONE);
        verify(trigger, times(1)).requestCycle(eq(ZONE), any());

        job.execute(firedBy("every"));
        verify(trigger).requestCycle(ZONE, clock.instant().plusSeconds(1));
    }

    @Test
    void aCycleWithNothingDueAsksForNoEarlyCycle() {
        when(reconciler.reconcile(ZONE)).thenReturn(new CycleResult(Msg.of("reconcile.run.idle"), Optional.empty()));

        job.execute(firedBy("every"));

        verify(reconciler).reconcile(ZONE);
        verify(trigger, never()).requestCycle(any(), any());
    }

    /** The context Quartz hands the job when the zone's periodic ("every") or early ("soon") trigger fires. */
    private JobExecutionContext firedBy(String kind) {
        Trigger fired = TriggerBuilder.newTrigger().withIdentity("reconcile-" + ZONE + "-" + kind,
                ReconcileJobRegistrar.GROUP).forJob(jobDetail).build();
        JobExecutionContext context = mock(JobExecutionContext.class);
        JobDataMap merged = new JobDataMap(jobDetail.getJobDataMap());
        when(context.getMergedJobDataMap()).thenReturn(merged);
        when(context.getJobDetail()).thenReturn(jobDetail);
        when(context.getTrigger()).thenReturn(fired);
        return context;
    }
}
