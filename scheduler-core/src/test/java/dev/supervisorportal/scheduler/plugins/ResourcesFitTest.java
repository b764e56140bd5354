package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ResourcesFitTest {

    private final ResourcesFit filter = new ResourcesFit();

    static Stream<Arguments> cases() {
        Resources capacity = new Resources(16_000, 65_536, 1_000);
        return Stream.of(
                arguments("fits with room to spare", capacity, new Resources(4_000, 16_384, 100),
                        new Resources(8_000, 32_768, 500), ""),
                arguments("fills the host exactly", capacity, new Resources(10_000, 32_768, 800),
                        new Resources(6_000, 32_768, 200), ""),
                arguments("one MHz too many", capacity, new Resources(10_000, 0, 0),
                        new Resources(6_001, 0, 0), "insufficient cpu: needs 6001 MHz, 6000 free"),
                arguments("cpu short, as in the issue", capacity, new Resources(10_000, 0, 0),
                        new Resources(8_000, 1_024, 10), "insufficient cpu: needs 8000 MHz, 6000 free"),
                arguments("memory short", capacity, new Resources(0, 60_000, 0),
                        new Resources(1_000, 8_192, 10), "insufficient memory: needs 8192 MiB, 5536 free"),
                arguments("storage short: storage is a filter even though no score uses it", capacity,
                        new Resources(0, 0, 900), new Resources(1_000, 1_024, 200),
                        "insufficient storage: needs 200 GiB, 100 free"),
                arguments("every shortage is named", capacity, new Resources(16_000, 65_536, 1_000),
                        new Resources(1, 1, 1),
                        "insufficient cpu: needs 1 MHz, 0 free; insufficient memory: needs 1 MiB, 0 free;"
                                + " insufficient storage: needs 1 GiB, 0 free"),
                arguments("an over-committed host takes nothing, not even a zero demand", capacity,
                        new Resources(16_500, 0, 0), new Resources(0, 0, 0),
                        "insufficient cpu: needs 0 MHz, -500 free"),
                arguments("a zero demand fits on a host of zero capacity", Resources.ZERO, Resources.ZERO,
                        Resources.ZERO, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cpuMemoryAndStorageMustAllFit(String description, Resources capacity, Resources used, Resources demand,
                                       String reason) {
        Status status = filter.filter(Workload.of("vm", demand), Hosts.sized(capacity, used));

        assertThat(status.isSuccess()).isEqualTo(reason.isEmpty());
        assertThat(status.text()).isEqualTo(reason);
    }
}
