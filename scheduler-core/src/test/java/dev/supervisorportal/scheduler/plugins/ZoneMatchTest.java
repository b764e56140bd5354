package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ZoneMatchTest {

    private final ZoneMatch filter = new ZoneMatch();

    @ParameterizedTest(name = "asked {0}, host in {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -      | zone-a | SUCCESS       | ''
            zone-a | zone-a | SUCCESS       | ''
            zone-b | zone-a | UNSCHEDULABLE | zone-a, asked zone-b
            zone-A | zone-a | UNSCHEDULABLE | zone-a, asked zone-A
            """)
    void aWorkloadThatAsksForAZoneRunsOnlyThere(String asked, String hostZone, Status.Code code, String reason) {
        Workload workload = new Workload("vm", new Resources(1, 1, 1), asked, null);

        Status status = filter.filter(workload, Hosts.ready(hostZone));

        assertThat(status.code()).isEqualTo(code);
        assertThat(status.text()).isEqualTo(reason);
    }
}
