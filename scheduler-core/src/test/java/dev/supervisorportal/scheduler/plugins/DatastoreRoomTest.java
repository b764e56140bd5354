package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.Plan;
import dev.supervisorportal.scheduler.Scheduler;
import dev.supervisorportal.scheduler.Snapshot;
import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DatastoreRoomTest {

    private final DatastoreRoom filter = new DatastoreRoom();

    private static Host datastore(String name, long capacityGib, long provisionedGib) {
        return new Host(name, "zone-a", HostState.READY, new Resources(0, 0, capacityGib),
                new Resources(0, 0, provisionedGib));
    }

    private static Workload volume(String name, long gib) {
        return Workload.of(name, new Resources(0, 0, gib));
    }

    @Test
    void aVolumeThatFillsTheDatastoreExactlyFits() {
        assertThat(filter.filter(volume("pvc", 100), datastore("ds", 500, 400)).isSuccess()).isTrue();
    }

    @Test
    void oneGibTooManyIsRefusedWithWhatIsFreeAndWhatIsNeeded() {
        Status status = filter.filter(volume("pvc", 100), datastore("ds", 500, 420));

        assertThat(status.isSuccess()).isFalse();
        assertThat(status.reason()).isEqualTo(Reason.of("scheduler.datastore-room", 80L, 100L));
        assertThat(status.text()).isEqualTo("datastore has 80 GiB free, needs 100 GiB");
    }

    @Test
    void anOverCommittedDatastoreTakesNothing() {
        assertThat(filter.filter(volume("pvc", 0), datastore("ds", 100, 120)).text())
                .isEqualTo("datastore has -20 GiB free, needs 0 GiB");
    }

    @Test
    void theSchedulerBuiltWithItPlacesOnADatastoreWithRoomAndGivesEachOthersReason() {
        Scheduler scheduler = new Scheduler(List.of(new HostReady(), filter), new LeastAllocated());
        Host full = datastore("ds-full", 100, 90);
        Host roomy = datastore("ds-roomy", 1_000, 0);
        Host maintenance = new Host("ds-maint", "zone-a", HostState.MAINTENANCE, new Resources(0, 0, 1_000),
                Resources.ZERO);

        Plan plan = scheduler.place(new Snapshot(List.of(full, roomy, maintenance),
                List.of(volume("pvc-a", 50), volume("pvc-b", 960))));

        assertThat(plan.hostOf("pvc-a")).contains("ds-roomy");
        assertThat(plan.unplaced()).singleElement().satisfies(unplaced -> {
            assertThat(unplaced.workload()).isEqualTo("pvc-b");
            assertThat(unplaced.texts()).containsEntry("ds-full", "datastore has 10 GiB free, needs 960 GiB")
                    .containsEntry("ds-roomy", "datastore has 950 GiB free, needs 960 GiB")
                    .containsEntry("ds-maint", "in maintenance");
        });
    }
}
