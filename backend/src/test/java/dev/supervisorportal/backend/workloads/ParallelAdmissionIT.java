package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.AtOnce;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaExceededException;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static dev.supervisorportal.backend.TestNamespaces.IMAGE;
import static dev.supervisorportal.backend.TestNamespaces.STORAGE_POLICY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 120 creates fired at one namespace at once: no zone ever goes past its share, and the ledger matches the sum of the
 * workloads that were admitted. Run on H2 and on PostgreSQL.
 */
class ParallelAdmissionIT extends WorkloadIntegrationTest {

    static final int REQUESTS = 120;
    static final int THREADS = 16;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void parallelCreatesNeverTakeAZonePastItsShare() throws Exception {
        setup.seedCatalog();
        String alice = setup.user("alice", Role.DEVOPS, null);
        // 20,000 MHz per zone: room for 5 xsmall VMs (4,000 MHz each) per zone, 15 in all, for 120 asking.
        String namespace = setup.approvedNamespace(alice, 60_000, 3_000_000, 30_000);

        List<Callable<Object>> creates = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String zone = i % 4 == 3 ? null : List.of("zone-a", "zone-b", "zone-c").get(i % 3);
            String name = "vm-" + i;
            creates.add(() -> workloads.createVm(namespace, new CreateVmCommand(name, "best-effort-xsmall", IMAGE,
                    STORAGE_POLICY, 10L, zone)));
        }
        List<Object> outcomes = AtOnce.run(alice, Role.DEVOPS, THREADS, creates);
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfAny(WorkloadView.class, QuotaExceededException.class));
        long admitted = outcomes.stream().filter(WorkloadView.class::isInstance).count();
        assertThat(admitted).isBetween(3L, 15L);

        SignedIn.as(alice, Role.DEVOPS);
        Map<String, ZoneShare> ledger = namespaces.details(namespace).zones().stream()
                .collect(Collectors.toMap(ZoneShare::zone, share -> share));
        Map<String, Limits> admittedDemand = workloads.vms(namespace).stream()
                .collect(Collectors.groupingBy(WorkloadView::zone,
                        Collectors.reducing(Limits.NONE, WorkloadView::demand, Limits::plus)));
        assertThat(ledger).allSatisfy((zone, share) -> {
            assertThat(share.used()).isEqualTo(admittedDemand.getOrDefault(zone, Limits.NONE));
            assertThat(share.used().cpuMhz()).isLessThanOrEqualTo(share.limit().cpuMhz());
        });
        Integer rows = jdbc.queryForObject("select count(*) from workload where namespace_id = "
                + "(select id from namespace where name = ?)", Integer.class, namespace);
        assertThat(rows).isEqualTo(workloads.vms(namespace).size());
        // Zones pinned by 90 of the requests fill up completely.
        assertThat(ledger.values()).allSatisfy(share -> assertThat(share.used().cpuMhz()).isEqualTo(20_000));
    }
}
