package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.inventory.ZoneHost;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.reconcile.ReconcileSettings;
import dev.supervisorportal.backend.workloads.WorkloadChange;
import dev.supervisorportal.backend.workloads.WorkloadKind;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.ZoneWorkload;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A host's spherelet starts a placed vSphere Pod sooner than a placed VM, each after its configured delay. */
class StartDelayTest {

    static final Instant PLACED_AT = Instant.parse("2026-11-25T12:00:00Z");
    static final ReconcileSettings SETTINGS = new ReconcileSettings(null, null, null, Duration.ofSeconds(3),
            Duration.ofSeconds(1), null, null, null);
    static final List<ZoneHost> HOSTS = List.of(new ZoneHost(1, "esx-a-01", "zone-a", HostState.READY, 96_000,
            524_288, 4_096));
    static final List<ZoneWorkload> PLACED = List.of(placed(1, WorkloadKind.VM), placed(2, WorkloadKind.POD));

    @Test
    void aPodRunsAfterOneSecondAVmAfterThreeAndTheCycleSaysWhenTheNextStartIsDue() {
        CyclePlan early = plan(PLACED_AT.plusMillis(999));
        assertThat(early.changes()).isEmpty();
        assertThat(early.nextStart()).contains(PLACED_AT.plusSeconds(1));

        CyclePlan afterOne = plan(PLACED_AT.plusSeconds(1));
        assertThat(afterOne.changes()).extracting(WorkloadChange::id, WorkloadChange::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, WorkloadStatus.RUNNING));
        assertThat(afterOne.nextStart()).contains(PLACED_AT.plusSeconds(3));

        assertThat(plan(PLACED_AT.plusSeconds(3)).changes()).extracting(WorkloadChange::id).containsExactly(1L, 2L);
    }

    private static CyclePlan plan(Instant now) {
        return new CyclePlanner(SETTINGS).plan("zone-a", HOSTS, PLACED, now);
    }

    private static ZoneWorkload placed(long id, WorkloadKind kind) {
        return new ZoneWorkload(id, 0, kind, "ns", kind.slug() + "-" + id, WorkloadStatus.PLACED, null, 1L,
                new Limits(2_000, 2_048, 10), null, PLACED_AT);
    }
}
