package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.AtOnce;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.namespaces.ObjectCountExceededException;
import dev.supervisorportal.backend.namespaces.ObjectCountLimits;
import dev.supervisorportal.backend.namespaces.ObjectKind;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static dev.supervisorportal.backend.TestNamespaces.IMAGE;
import static dev.supervisorportal.backend.TestNamespaces.RELEASE;
import static dev.supervisorportal.backend.TestNamespaces.STORAGE_POLICY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creates fired at one namespace at once against its count limits, with quota to spare: exactly as many win as the
 * limit allows, because admission counts with the namespace's ledger rows locked. Run on H2 and on PostgreSQL.
 */
class ParallelCountLimitIT extends WorkloadIntegrationTest {

    static final int REQUESTS = 40;
    static final int THREADS = 12;
    static final long MAX_VMS = 7;
    static final long MAX_CLUSTERS = 2;

    @Test
    void exactlyTheLimitWinsWhenManyCreateAtOnce() throws Exception {
        setup.seedCatalog();
        String alice = setup.user("alice", Role.DEVOPS, null);
        String namespace = setup.approvedNamespace(alice, 3_000_000, 30_000_000, 300_000,
                new ObjectCountLimits(MAX_VMS, MAX_CLUSTERS, null, null));

        List<Callable<Object>> creates = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String name = "w-" + i;
            boolean cluster = i % 4 == 0;
            creates.add(() -> cluster ? workloads.createTkgCluster(namespace, new CreateTkgClusterCommand(name,
                    RELEASE, 1, "best-effort-xsmall", STORAGE_POLICY, List.of()))
                    : workloads.createVm(namespace, new CreateVmCommand(name, "best-effort-xsmall", IMAGE,
                    STORAGE_POLICY, 10L, null)));
        }
        List<Object> outcomes = AtOnce.run(alice, Role.DEVOPS, THREADS, creates);

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfAny(WorkloadView.class, TkgClusterView.class, ObjectCountExceededException.class));
        assertThat(outcomes).filteredOn(WorkloadView.class::isInstance).hasSize((int) MAX_VMS);
        assertThat(outcomes).filteredOn(TkgClusterView.class::isInstance).hasSize((int) MAX_CLUSTERS);
        assertThat(outcomes).filteredOn(ObjectCountExceededException.class::isInstance)
                .extracting(refusal -> ((Exception) refusal).getMessage())
                .allSatisfy(message -> assertThat(message).matches(
                        "Namespace " + namespace + " holds (7 of at most 7 VMs|2 of at most 2 TKG clusters); .*"));

        SignedIn.as(alice, Role.DEVOPS);
        assertThat(workloads.vms(namespace)).hasSize((int) MAX_VMS);
        assertThat(workloads.tkgClusters(namespace)).hasSize((int) MAX_CLUSTERS);
        assertThat(namespaces.details(namespace).count(ObjectKind.VM)).isEqualTo(MAX_VMS);
    }
}
