package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Msg;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class KubernetesQuantitiesTest {

    @ParameterizedTest(name = "CPU {0} = {1} millicores")
    @CsvSource({"250m, 250", "1, 1000", "2, 2000", "0.5, 500", "1.5, 1500", "100m, 100", "0.0001, 1", "1500m, 1500"})
    void cpuInCoresOrMillicores(String quantity, long millicores) {
        assertThat(KubernetesQuantities.cpuMillicores(quantity).value()).isEqualTo(millicores);
        assertThat(KubernetesQuantities.cpuMillicores(quantity).problemMessage()).isEmpty();
    }

    @ParameterizedTest(name = "memory {0} = {1} MiB")
    @CsvSource({"512Mi, 512", "4Gi, 4096", "1Ti, 1048576", "1G, 954", "128974848, 123", "1024Ki, 1", "1k, 1",
            "1.5Gi, 1536", "100M, 96"})
    void memoryRoundedUpToWholeMib(String quantity, long mib) {
        assertThat(KubernetesQuantities.memoryMib(quantity).value()).isEqualTo(mib);
    }

    @ParameterizedTest(name = "CPU ''{0}'' is refused")
    @ValueSource(strings = {"250x", "2 cores", "-1", "m", "", "1Gi", "1e3"})
    @NullSource
    void refusesWhatIsNoCpuQuantity(String quantity) {
        assertThat(KubernetesQuantities.cpuMillicores(quantity).problemMessage().map(Msg::english)).hasValueSatisfying(message ->
                assertThat(message).startsWith("Write a CPU request as cores (2, 0.5) or millicores (250m)"));
    }

    @ParameterizedTest(name = "memory ''{0}'' is refused")
    @ValueSource(strings = {"512MB", "lots", "-1Gi", "Gi", "", "4gi"})
    @NullSource
    void refusesWhatIsNoMemoryQuantity(String quantity) {
        assertThat(KubernetesQuantities.memoryMib(quantity).problemMessage().map(Msg::english)).hasValueSatisfying(message ->
                assertThat(message).startsWith("Write a memory request like 512Mi, 4Gi or 1G"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0m", "0.0"})
    void refusesZero(String quantity) {
        assertThat(KubernetesQuantities.cpuMillicores(quantity).problemMessage().map(Msg::english)).contains("A CPU request must be more than 0.");
        assertThat(KubernetesQuantities.memoryMib(quantity.replace("m", "Mi")).problemMessage().map(Msg::english))
                .contains("A memory request must be more than 0.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999", "2000000000"})
    void refusesAbsurdlyLargeRequests(String cores) {
        assertThat(KubernetesQuantities.cpuMillicores(cores).problemMessage().map(Msg::english)).contains("A CPU request this large cannot run anywhere.");
    }
}
