package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HostReadyTest {

    private final HostReady filter = new HostReady();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            READY       | SUCCESS       | ''
            MAINTENANCE | UNSCHEDULABLE | in maintenance
            FAILED      | UNSCHEDULABLE | failed
            """)
    void onlyReadyHostsTakeWorkloads(HostState state, Status.Code code, String reason) {
        Status status = filter.filter(Workload.of("vm", new Resources(1, 1, 1)), Hosts.inState(state));

        assertThat(status.code()).isEqualTo(code);
        assertThat(status.text()).isEqualTo(reason);
    }
}
