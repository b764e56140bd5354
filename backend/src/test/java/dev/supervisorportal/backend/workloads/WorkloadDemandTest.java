package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.catalog.Reservation;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.quota.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule by which vCPUs and Kubernetes CPU requests become MHz. */
class WorkloadDemandTest {

    static final VmClassView MEDIUM = new VmClassView("best-effort-medium", 2, 8_192, Reservation.BEST_EFFORT);

    @ParameterizedTest(name = "{0} vCPU at {1} MHz = {2} MHz")
    @CsvSource({"1, 2000, 2000", "2, 2000, 4000", "16, 2500, 40000", "64, 3000000, 192000000"})
    void eachVcpuCountsForTheSupervisorsMhz(int vcpus, int mhzPerVcpu, long mhz) {
        assertThat(WorkloadDemand.cpuMhz(vcpus, mhzPerVcpu)).isEqualTo(mhz);
    }

    @ParameterizedTest(name = "{0}m at {1} MHz per vCPU = {2} MHz")
    @CsvSource({"1000, 2000, 2000", "750, 2000, 1500", "1, 2000, 2", "1, 2500, 3", "333, 1000, 333", "0, 2000, 0"})
    void millicoresAreThousandthsOfAVcpuAndAStartedMhzCounts(long millicores, int mhzPerVcpu, long mhz) {
        assertThat(WorkloadDemand.cpuMhzOfMillicores(millicores, mhzPerVcpu)).isEqualTo(mhz);
    }

    @Test
    void aVmAndATkgNodeReserveTheirClassAndTheirDisk() {
        assertThat(WorkloadDemand.vm(MEDIUM, 40, 2_000)).isEqualTo(new Limits(4_000, 8_192, 40));
        assertThat(WorkloadDemand.tkgNode(MEDIUM, 2_000)).isEqualTo(new Limits(4_000, 8_192, 20));
    }

    @Test
    void aPodReservesTheSumOfItsContainersRequestsAndNoDisk() {
        var containers = List.of(new CreatePodCommand.Container("web", "nginx", "250m", "512Mi"),
                new CreatePodCommand.Container("side", "envoy", "0.5", "1Gi"));

        assertThat(WorkloadDemand.pod(containers, 2_000)).isEqualTo(new Limits(1_500, 1_536, 0));
    }
}
