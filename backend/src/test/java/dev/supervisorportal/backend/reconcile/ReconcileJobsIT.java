package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "spring.quartz.auto-startup=true")
class ReconcileJobsIT extends IntegrationTest {

    @Autowired
    Scheduler scheduler;
    @Autowired
    ReconcileStatus status;

    @Test
    void eachZoneHasItsOwnClusteredNonConcurrentJobEveryTenSeconds() throws Exception {
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        assertThat(scheduler.getJobKeys(GroupMatcher.jobGroupEquals("reconcile"))).extracting(JobKey::getName)
                .containsExactlyInAnyOrder("reconcile-zone-a", "reconcile-zone-b", "reconcile-zone-c");

        for (String zone : new String[]{"zone-a", "zone-b", "zone-c"}) {
            JobKey key = JobKey.jobKey("reconcile-" + zone, "reconcile");
            var job = scheduler.getJobDetail(key);
            assertThat(job.isConcurrentExecutionDisallowed()).isTrue();
            assertThat(job.getJobClass()).hasAnnotation(DisallowConcurrentExecution.class);
            assertThat(job.getJobDataMap().getString("zone")).isEqualTo(zone);
            // Beside the periodic trigger, a one-shot "-soon" trigger may wait: a start is due a few seconds after
            // the first cycle placed the Supervisor's control-plane VMs (ReconcileTrigger).
            var triggers = scheduler.getTriggersOfJob(key);
            assertThat(triggers).filteredOn(trigger -> !trigger.getKey().getName().endsWith("-every"))
                    .allSatisfy(soon -> assertThat(soon).isInstanceOfSatisfying(SimpleTrigger.class,
                            once -> assertThat(once.getRepeatCount()).isZero()));
            assertThat(triggers).filteredOn(trigger -> trigger.getKey().getName().endsWith("-every")).singleElement()
                    .isInstanceOfSatisfying(SimpleTrigger.class, trigger -> {
                        assertThat(trigger.getRepeatInterval()).isEqualTo(10_000);
                        assertThat(trigger.getRepeatCount()).isEqualTo(SimpleTrigger.REPEAT_INDEFINITELY);
                        assertThat(trigger.getMisfireInstruction())
                                .isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NEXT_WITH_REMAINING_COUNT);
                    });
        }
    }

    @Test
    void aRunIsRecordedAndShownAsTheZonesLastRun() throws Exception {
        scheduler.triggerJob(JobKey.jobKey("reconcile-zone-b", "reconcile"));
        SignedIn.as("anyone", Role.DEVOPS);

        Optional<ReconcileRunView> lastRun = awaitLastRun("zone-b", Duration.ofSeconds(20));

        assertThat(lastRun).hasValueSatisfying(run -> {
            assertThat(run.zone()).isEqualTo("zone-b");
            assertThat(run.outcome()).isEqualTo("OK");
            assertThat(run.durationMillis()).isNotNegative();
            assertThat(run.startedAt()).isNotNull();
            assertThat(run.node()).isNotBlank();
        });
        assertThat(status.cyclesPerZone()).extracting(ReconcileStatus.ZoneCycles::zone)
                .containsExactly("zone-a", "zone-b", "zone-c");
    }

    private Optional<ReconcileRunView> awaitLastRun(String zone, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ReconcileRunView> run = status.cyclesPerZone().stream()
                    .filter(z -> z.zone().equals(zone)).findFirst().flatMap(ReconcileStatus.ZoneCycles::lastRun);
            if (run.isPresent()) {
                return run;
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }
}
