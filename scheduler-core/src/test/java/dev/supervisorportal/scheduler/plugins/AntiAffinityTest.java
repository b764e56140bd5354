package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AntiAffinityTest {

    private final AntiAffinity filter = new AntiAffinity();

    @ParameterizedTest(name = "key {0}, host has [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -      | tkg-1-cp         | SUCCESS       | ''
            tkg-cp | ''               | SUCCESS       | ''
            tkg-cp | tkg-2-cp         | SUCCESS       | ''
            tkg-cp | tkg-cp           | UNSCHEDULABLE | anti-affinity: already runs a workload with key tkg-cp
            tkg-cp | supervisor tkg-cp | UNSCHEDULABLE | anti-affinity: already runs a workload with key tkg-cp
            """)
    void workloadsSharingAKeyAvoidEachOthersHosts(String key, String keysOnHost, Status.Code code, String reason) {
        Workload workload = new Workload("cp-1", new Resources(1, 1, 1), null, key);
        String[] keys = keysOnHost.isBlank() ? new String[0] : keysOnHost.split(" ");

        Status status = filter.filter(workload, Hosts.withKeys(keys));

        assertThat(status.code()).isEqualTo(code);
        assertThat(status.text()).isEqualTo(reason);
    }
}
