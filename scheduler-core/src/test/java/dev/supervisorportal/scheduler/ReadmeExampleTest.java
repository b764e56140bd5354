package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The Java example of the module's README, so that the documentation cannot drift from the code. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleDoesWhatItsCommentsSay() {
        List<Host> hosts = List.of(
                new Host("esx-a-01", "zone-a", HostState.READY,
                        new Resources(64_000, 524_288, 4_096), new Resources(16_000, 131_072, 1_024)),
                new Host("esx-b-01", "zone-b", HostState.MAINTENANCE,
                        new Resources(64_000, 524_288, 4_096), Resources.ZERO));
        List<Workload> workloads = List.of(
                Workload.of("tkg-1-cp-1", new Resources(4_000, 16_384, 40)).withAntiAffinity("tkg-1-cp"),
                Workload.of("db-1", new Resources(16_000, 65_536, 500)).inZone("zone-b"));

        Plan plan = new Scheduler().place(new Snapshot(hosts, workloads), Policy.SPREAD);

        assertThat(plan.hostOf("tkg-1-cp-1")).contains("esx-a-01");
        assertThat(plan.unplaced().getFirst().texts()).containsExactly(
                entry("esx-a-01", "zone-a, asked zone-b"), entry("esx-b-01", "in maintenance"));
    }
}
