package dev.supervisorportal.scheduler.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.function.Executable;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ModelValidationTest {

    private static final Resources SOME = new Resources(1, 1, 1);

    static Stream<Arguments> invalid() {
        return Stream.of(
                arguments((Executable) () -> new Resources(-1, 0, 0), "cpuMhz must not be negative (was -1)"),
                arguments((Executable) () -> new Resources(0, -5, 0), "memoryMib must not be negative (was -5)"),
                arguments((Executable) () -> new Resources(0, 0, -2), "storageGib must not be negative (was -2)"),
                arguments((Executable) () -> new Resources(Resources.MAX + 1, 0, 0),
                        "cpuMhz must be at most 1099511627776 (was 1099511627777)"),
                arguments((Executable) () -> new Host(" ", "zone-a", HostState.READY, SOME, SOME),
                        "host name must not be blank"),
                arguments((Executable) () -> new Host("esx", "", HostState.READY, SOME, SOME),
                        "zone of host esx must not be blank"),
                arguments((Executable) () -> new Host("esx", "zone-a", HostState.READY, SOME, SOME, Set.of("")),
                        "anti-affinity key on host esx must not be blank"),
                arguments((Executable) () -> Workload.of("", SOME), "workload name must not be blank"),
                arguments((Executable) () -> Workload.of("vm", SOME).inZone(" "),
                        "zone of workload vm must not be blank"),
                arguments((Executable) () -> Workload.of("vm", SOME).withAntiAffinity(""),
                        "anti-affinity key of workload vm must not be blank"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalid")
    void refusesWhatCannotBeTrue(Executable construction, String message) {
        assertThatThrownBy(construction::execute)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void acceptsTheLargestAmount() {
        assertThat(new Resources(Resources.MAX, Resources.MAX, Resources.MAX).cpuMhz()).isEqualTo(1L << 40);
    }

    @Test
    void aHostKeepsItsKeysSortedAndUnchangeable() {
        Set<String> keys = new LinkedHashSet<>(List.of("tkg-2-cp", "supervisor-cp", "tkg-1-cp"));

        Host host = new Host("esx", "zone-a", HostState.READY, SOME, SOME, keys);
        keys.clear();

        assertThat(host.antiAffinityKeys()).containsExactly("supervisor-cp", "tkg-1-cp", "tkg-2-cp");
        assertThatThrownBy(() -> host.antiAffinityKeys().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Host("esx", "zone-a", HostState.READY, SOME, SOME, null).antiAffinityKeys()).isEmpty();
    }

    @Test
    void aWorkloadsZoneAndKeyAreOptional() {
        Workload plain = Workload.of("vm", SOME);
        Workload pinned = plain.inZone("zone-b").withAntiAffinity("tkg-1-cp");

        assertThat(plain.askedZone()).isEmpty();
        assertThat(plain.antiAffinityKey()).isEmpty();
        assertThat(pinned).isEqualTo(new Workload("vm", SOME, "zone-b", "tkg-1-cp"));
        assertThat(pinned.askedZone()).contains("zone-b");
        assertThat(pinned.antiAffinityKey()).contains("tkg-1-cp");
    }
}
