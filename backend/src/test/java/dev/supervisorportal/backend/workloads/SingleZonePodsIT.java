package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaExceededException;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static dev.supervisorportal.backend.TestNamespaces.RELEASE;
import static dev.supervisorportal.backend.TestNamespaces.STORAGE_POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** On a single-zone Supervisor: vSphere Pods run, and everything lands in the one zone. */
@TestPropertySource(properties = "portal.supervisor.topology=SINGLE_ZONE")
class SingleZonePodsIT extends WorkloadIntegrationTest {

    String namespace;

    @BeforeEach
    void approvedNamespace() {
        setup.seedCatalog();
        namespace = setup.approvedNamespace(setup.user("alice", Role.DEVOPS, null), 20_000, 16_384, 100);
    }

    @Test
    void aPodReservesTheSumOfItsContainersRequests() {
        PodView pod = workloads.createPod(namespace, new CreatePodCommand("web", List.of(
                new CreatePodCommand.Container("nginx", "nginx:1.27", "250m", "512Mi"),
                new CreatePodCommand.Container("sidecar", "envoy:1.31", "0.5", "1Gi"))));

        // 750 millicores at 2,000 MHz per vCPU; 512 MiB + 1,024 MiB; no disk.
        assertThat(pod.workload().demand()).isEqualTo(new Limits(1_500, 1_536, 0));
        assertThat(pod.workload().zone()).isEqualTo("zone-a");
        assertThat(pod.containers()).extracting(PodView.Container::name, PodView.Container::cpu, PodView.Container::memory)
                .containsExactly(tuple("nginx", "250m", "512Mi"), tuple("sidecar", "0.5", "1Gi"));
        assertThat(namespaces.details(namespace).zones()).extracting(ZoneShare::zone, ZoneShare::used)
                .containsExactly(tuple("zone-a", new Limits(1_500, 1_536, 0)));
        assertThat(workloads.pods(namespace)).extracting(p -> p.workload().name()).containsExactly("web");

        workloads.deletePod(namespace, "web");
        assertThat(namespaces.details(namespace).zones().getFirst().used()).isEqualTo(Limits.NONE);
    }

    @Test
    void badQuantitiesAreRefusedAtTheirContainer() {
        assertThatThrownBy(() -> workloads.createPod(namespace, new CreatePodCommand("web", List.of(
                new CreatePodCommand.Container("nginx", "nginx:1.27", "250x", "512Mi"),
                new CreatePodCommand.Container("nginx", "", "1", "lots")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("containers[0].cpu", "containers[1].name", "containers[1].image",
                                "containers[1].memory"));
    }

    @Test
    void aPodBeyondTheQuotaIsRefused() {
        assertThatThrownBy(() -> workloads.createPod(namespace, new CreatePodCommand("big", List.of(
                new CreatePodCommand.Container("app", "app:1", "12", "1Gi")))))
                .isInstanceOf(QuotaExceededException.class)
                .hasMessage("Not enough CPU quota in zone-a: needs 24,000 MHz, 20,000 MHz free of 20,000 MHz.");
    }

    @Test
    void threeControlPlaneNodesShareTheOneZone() {
        TkgClusterView cluster = workloads.createTkgCluster(namespace, new CreateTkgClusterCommand("dev", RELEASE, 3,
                "best-effort-xsmall", STORAGE_POLICY, List.of()));

        assertThat(cluster.nodes()).extracting(WorkloadView::zone).containsOnly("zone-a").hasSize(3);
    }
}
