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

import static dev.supervisorportal.backend.TestNamespaces.RELEASE;
import static dev.supervisorportal.backend.TestNamespaces.STORAGE_POLICY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight clusters scale their zone-a pool up at once into the last of zone-a's quota: exactly as many as fit win, the
 * others are refused for quota, and the ledger equals the nodes' demand. Run on H2 and on PostgreSQL.
 */
class ParallelClusterScaleIT extends WorkloadIntegrationTest {

    static final int CLUSTERS = 8;
    static final String XSMALL = "best-effort-xsmall";

    @Autowired
    TkgClusterChanges changes;

    @Test
    void parallelScaleUpsIntoTheLastQuotaAdmitExactlyThoseThatFit() throws Exception {
        setup.seedCatalog();
        String alice = setup.user("alice", Role.DEVOPS, null);
        // 50,000 MHz per zone; each cluster's control-plane node takes 4,000 MHz somewhere.
        String namespace = setup.approvedNamespace(alice, 150_000, 3_000_000, 30_000);
        for (int i = 0; i < CLUSTERS; i++) {
            workloads.createTkgCluster(namespace, new CreateTkgClusterCommand("c" + i, RELEASE, 1, XSMALL,
                    STORAGE_POLICY, List.of(new CreateTkgClusterCommand.NodePool("w", 0, XSMALL, "zone-a"))));
        }
        long perNode = workloads.tkgCluster(namespace, "c0").nodes().getFirst().demand().cpuMhz();
        ZoneShare zoneA = zoneA(namespace);
        long fit = Math.min(CLUSTERS, (zoneA.limit().cpuMhz() - zoneA.used().cpuMhz()) / (2 * perNode));
        assertThat(fit).as("some, not all, of the scale-ups fit").isBetween(2L, CLUSTERS - 1L);

        List<Callable<Object>> scales = new ArrayList<>();
        for (int i = 0; i < CLUSTERS; i++) {
            String cluster = "c" + i;
            scales.add(() -> changes.change(namespace, cluster, new ChangeTkgClusterCommand(null, null, null, null,
                    List.of(new CreateTkgClusterCommand.NodePool("w", 2, XSMALL, "zone-a")), null)));
        }
        List<Object> outcomes = AtOnce.run(alice, Role.DEVOPS, CLUSTERS, scales);

        SignedIn.as(alice, Role.DEVOPS);
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfAny(TkgClusterView.class, QuotaExceededException.class));
        assertThat(outcomes.stream().filter(TkgClusterView.class::isInstance).count()).isEqualTo(fit);
        assertThat(outcomes.stream().filter(QuotaExceededException.class::isInstance).map(Object::toString))
                .allSatisfy(refusal -> assertThat(refusal).contains("zone-a").contains("CPU"));
        Limits nodesInA = workloads.tkgClusters(namespace).stream().flatMap(cluster -> cluster.nodes().stream())
                .filter(node -> "zone-a".equals(node.zone())).map(WorkloadView::demand)
                .reduce(Limits.NONE, Limits::plus);
        ZoneShare after = zoneA(namespace);
        assertThat(after.used()).isEqualTo(nodesInA);
        assertThat(after.used().cpuMhz()).isLessThanOrEqualTo(after.limit().cpuMhz());
        assertThat(workloads.tkgClusters(namespace).stream().mapToInt(cluster -> cluster.nodePools().getFirst()
                .replicas()).sum()).isEqualTo(2 * fit);
    }

    private ZoneShare zoneA(String namespace) {
        return namespaces.details(namespace).zones().stream().filter(share -> share.zone().equals("zone-a"))
                .findFirst().orElseThrow();
    }
}
