package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.AtOnce;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaExceededException;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static dev.supervisorportal.backend.TestNamespaces.IMAGE;
import static dev.supervisorportal.backend.TestNamespaces.STORAGE_POLICY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twelve VMs resized at once into the last 8,000 MHz of their zone's quota: exactly the two that fit win (lock, then
 * plan against the difference), the others are refused naming the zone, and the ledger equals the sum of the VMs'
 * demand. Run on H2 and on PostgreSQL.
 */
class ParallelResizeIT extends WorkloadIntegrationTest {

    static final int VMS = 12;

    @Autowired
    VmChangeService changes;

    @Test
    void parallelResizesIntoTheLastOfAZonesQuotaAdmitExactlyThoseThatFit() throws Exception {
        setup.seedCatalog();
        String alice = setup.user("alice", Role.DEVOPS, null);
        // 56,000 MHz per zone: twelve xsmall VMs (4,000 MHz each) leave 8,000 MHz, room for two of them to grow to
        // best-effort-large (8,000 MHz, +4,000 each).
        String namespace = setup.approvedNamespace(alice, 168_000, 3_000_000, 30_000);
        for (int i = 0; i < VMS; i++) {
            workloads.createVm(namespace, new CreateVmCommand("vm-" + i, "best-effort-xsmall", IMAGE, STORAGE_POLICY,
                    10L, "zone-a"));
        }

        List<Callable<Object>> resizes = new ArrayList<>();
        for (int i = 0; i < VMS; i++) {
            String name = "vm-" + i;
            resizes.add(() -> changes.changeVm(namespace, name, new ChangeVmCommand("best-effort-large", null, null)));
        }
        List<Object> outcomes = AtOnce.run(alice, Role.DEVOPS, VMS, resizes);

        assertThat(outcomes).filteredOn(WorkloadView.class::isInstance).hasSize(2);
        assertThat(outcomes).filteredOn(outcome -> !(outcome instanceof WorkloadView)).hasSize(VMS - 2)
                .allSatisfy(refusal -> assertThat(refusal).isInstanceOfSatisfying(QuotaExceededException.class,
                        e -> assertThat(e).hasMessage("Not enough CPU quota in zone-a: needs 4,000 MHz, 0 MHz free"
                                + " of 56,000 MHz.")));
        SignedIn.as(alice, Role.DEVOPS);
        List<WorkloadView> vms = workloads.vms(namespace);
        assertThat(vms).filteredOn(vm -> vm.vmClass().equals("best-effort-large")).hasSize(2);
        ZoneShare zoneA = namespaces.details(namespace).zones().stream().filter(z -> z.zone().equals("zone-a"))
                .findFirst().orElseThrow();
        assertThat(zoneA.used()).isEqualTo(vms.stream().map(WorkloadView::demand).reduce(Limits.NONE, Limits::plus));
        assertThat(zoneA.used().cpuMhz()).isEqualTo(56_000);
    }
}
