package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.Msg;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests in the portal's units from any Kubernetes quantity (the grammar itself: {@link KubernetesQuantityTest}). */
class KubernetesQuantitiesTest {

    @ParameterizedTest(name = "CPU {0} = {1} millicores")
    @CsvSource({"250m, 250", "1, 1000", "2, 2000", "0.5, 500", "1.5, 1500", "100m, 100", "0.0001, 1", "1500m, 1500",
            ".5, 500", "+1, 1000", "1e3, 1000000", "2.5E-1, 250", "0.5e1, 5000", "1., 1000", "1n, 1", "100u, 1",
            "1Ki, 1024000", "1k, 1000000"})
    void cpuInCoresOrMillicoresRoundedUp(String quantity, long millicores) {
        assertThat(KubernetesQuantities.cpuMillicores(quantity).value()).isEqualTo(millicores);
        assertThat(KubernetesQuantities.cpuMillicores(quantity).problemMessage()).isEmpty();
    }

    @ParameterizedTest(name = "memory {0} = {1} MiB")
    @CsvSource({"512Mi, 512", "4Gi, 4096", "1Ti, 1048576", "1G, 954", "128974848, 123", "1024Ki, 1", "1k, 1",
            "1.5Gi, 1536", "100M, 96", ".5Gi, 512", "+512Mi, 512", "1e9, 954", "128974848e0, 123", "0.5Ki, 1",
            "1.25E3, 1", "900Ti, 943718400"})
    void memoryRoundedUpToWholeMib(String quantity, long mib) {
        assertThat(KubernetesQuantities.memoryMib(quantity).value()).isEqualTo(mib);
        assertThat(KubernetesQuantities.memoryMib(quantity).problemMessage()).isEmpty();
    }

    @ParameterizedTest(name = "CPU ''{0}'' is refused")
    @ValueSource(strings = {"250x", "2 cores", "m", "", "1gi", ".", "1e", "1.2.3"})
    @NullSource
    void refusesWhatIsNoCpuQuantity(String quantity) {
        assertThat(KubernetesQuantities.cpuMillicores(quantity).problemMessage().map(Msg::english)).hasValueSatisfying(message ->
                assertThat(message).startsWith("Write a CPU request as cores (2, 0.5) or millicores (250m)"));
    }

    @ParameterizedTest(name = "memory ''{0}'' is refused")
    @ValueSource(strings = {"512MB", "lots", "Gi", "", "4gi", "1 Gi", "1e3Ki"})
    @NullSource
    void refusesWhatIsNoMemoryQuantity(String quantity) {
        assertThat(KubernetesQuantities.memoryMib(quantity).problemMessage().map(Msg::english)).hasValueSatisfying(message ->
                assertThat(message).startsWith("Write a memory request like 512Mi, 4Gi or 1G"));
    }

    @ParameterizedTest(name = "''{0}'' is not more than 0")
    @ValueSource(strings = {"0", "0m", "0.0", "-1", "-0.5", "-0", "0e9", "-1e-20", "-1Gi", "-0.5Ki"})
    void refusesZeroAndLess(String quantity) {
        assertThat(KubernetesQuantities.cpuMillicores(quantity).problemMessage().map(Msg::english)).contains("A CPU request must be more than 0.");
        assertThat(KubernetesQuantities.memoryMib(quantity.replace("m", "Mi")).problemMessage().map(Msg::english))
                .contains("A memory request must be more than 0.");
    }

    @ParameterizedTest(name = "CPU {0} is too large")
    @ValueSource(strings = {"99999999999", "2000000000", "1000001", "1Gi", "1Pi", "2E", "1e2147483647", "9Ei"})
    void refusesAbsurdlyLargeCpuRequests(String cores) {
        assertThat(KubernetesQuantities.cpuMillicores(cores).problemMessage().map(Msg::english)).contains("A CPU request this large cannot run anywhere.");
    }

    @ParameterizedTest(name = "memory {0} is too large")
    @ValueSource(strings = {"1Pi", "2E", "1e2147483647", "9Ei", "9223372036854775807", "1000000001Mi"})
    void refusesAbsurdlyLargeMemoryRequests(String bytes) {
        assertThat(KubernetesQuantities.memoryMib(bytes).problemMessage().map(Msg::english)).contains("A memory request this large cannot run anywhere.");
    }

    @ParameterizedTest(name = "memory {0} is {1} bytes")
    @CsvSource({"512m, 0.512", "1.5, 1.5", "1n, 0.000000001", "0.3Ki, 307.2", "1e-1, 0.1"})
    void refusesAFractionOfAByte(String quantity, String bytes) {
        assertThat(KubernetesQuantities.memoryMib(quantity).problemMessage().map(Msg::english)).contains(
                "A memory request is a whole number of bytes; '" + quantity + "' is " + bytes
                        + " bytes (m means thousandths: write Mi for mebibytes).");
    }

    @ParameterizedTest(name = "''{0}'' is too long")
    @ValueSource(strings = {"000000000000000000001", "0.00000000000000000001Mi"})
    void refusesWhatIsLongerThanARequestIsKept(String quantity) {
        assertThat(KubernetesQuantities.cpuMillicores(quantity).problemMessage().map(Msg::english))
                .contains("Write the CPU request in at most 20 characters.");
        assertThat(KubernetesQuantities.memoryMib(quantity).problemMessage().map(Msg::english))
                .contains("Write the memory request in at most 20 characters.");
    }
}
