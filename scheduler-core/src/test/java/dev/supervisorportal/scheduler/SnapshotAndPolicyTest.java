package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotAndPolicyTest {

    private static final Resources SOME = new Resources(1, 1, 1);

    @Test
    void hostNamesAreUnique() {
        Host host = new Host("esx-a-01", "zone-a", HostState.READY, SOME, Resources.ZERO);

        assertThatThrownBy(() -> new Snapshot(List.of(host, host), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate host name 'esx-a-01'");
    }

    @Test
    void workloadNamesAreUnique() {
        Workload workload = Workload.of("vm-1", SOME);

        assertThatThrownBy(() -> new Snapshot(List.of(), List.of(workload, workload)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate workload name 'vm-1'");
    }

    @Test
    void aSnapshotDoesNotChangeWhenTheCallersListDoes() {
        List<Workload> workloads = new ArrayList<>(List.of(Workload.of("vm-1", SOME)));
        Snapshot snapshot = new Snapshot(List.of(), workloads);

        workloads.clear();

        assertThat(snapshot.workloads()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} -> {1} scored by {2}")
    @CsvSource({
            "spread, SPREAD, least-allocated",
            "pack, PACK, most-allocated",
            "balanced, BALANCED, balanced-allocation"})
    void eachPolicyHasACommandLineNameAndAScore(String cliName, Policy policy, String scorer) {
        assertThat(Policy.fromCliName(cliName)).isEqualTo(policy);
        assertThat(policy.cliName()).isEqualTo(cliName);
        assertThat(policy.score().name()).isEqualTo(scorer);
        assertThat(Policy.scoreNamed(scorer)).isSameAs(policy.score());
    }

    @Test
    void unknownNamesAreRefusedWithTheChoices() {
        assertThatThrownBy(() -> Policy.fromCliName("SPREAD"))
                .hasMessage("unknown policy 'SPREAD' (expected spread, pack, balanced)");
        assertThatThrownBy(() -> Policy.scoreNamed("least"))
                .hasMessage("unknown scorer 'least' (expected least-allocated, most-allocated, balanced-allocation)");
    }
}
