package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.EnglishProblem;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.namespaces.CatalogGrantKind;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaExceededException;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.supervisorportal.backend.TestNamespaces.IMAGE;
import static dev.supervisorportal.backend.TestNamespaces.RELEASE;
import static dev.supervisorportal.backend.TestNamespaces.STORAGE_POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Admission on a three-zone Supervisor: zone choice, per-zone quota, all-or-nothing clusters, release on delete. */
class WorkloadAdmissionIT extends WorkloadIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    String alice;
    String namespace;

    @BeforeEach
    void approvedNamespace() {
        setup.seedCatalog();
        alice = setup.user("alice", Role.DEVOPS, null);
        // 60,000 MHz / 393,216 MiB / 600 GiB -> 20,000 MHz, 131,072 MiB, 200 GiB per zone.
        namespace = setup.approvedNamespace(alice, 60_000, 393_216, 600);
    }

    @Test
    void aVmReservesItsDemandInTheZoneAskedFor() {
        WorkloadView vm = workloads.createVm(namespace, vm("web-1", "best-effort-large", "zone-b"));

        assertThat(vm.status()).isEqualTo(WorkloadStatus.PENDING);
        assertThat(vm.statusReason().english()).contains("waiting for the reconciler");
        assertThat(vm.zone()).isEqualTo("zone-b");
        assertThat(vm.demand()).isEqualTo(new Limits(8_000, 16_384, 40));
        assertThat(used()).containsExactly(
                Map.entry("zone-a", Limits.NONE), Map.entry("zone-b", new Limits(8_000, 16_384, 40)),
                Map.entry("zone-c", Limits.NONE));
        assertThat(workloads.vms(namespace)).extracting(WorkloadView::name).containsExactly("web-1");
    }

    @Test
    void withoutAZoneTheVmGoesWhereTheMostOfItsScarcestResourceIsFree() {
        assertThat(workloads.createVm(namespace, vm("first", "best-effort-large", null)).zone())
                .as("all zones equally free: the first by name").isEqualTo("zone-a");
        assertThat(workloads.createVm(namespace, vm("second", "best-effort-large", null)).zone()).isEqualTo("zone-b");
        assertThat(workloads.createVm(namespace, vm("third", "best-effort-small", null)).zone()).isEqualTo("zone-c");
        assertThat(workloads.createVm(namespace, vm("fourth", "best-effort-xsmall", null)).zone())
                .as("zone-c has 16,000 MHz free, the others 12,000").isEqualTo("zone-c");
    }

    @Test
    void aVmBeyondTheZonesShareIsRefusedNamingResourceZoneNeedAndFreeAndNothingIsWritten() {
        workloads.createVm(namespace, vm("big", "best-effort-2xlarge", "zone-a"));
        int before = count("workload");

        assertThatThrownBy(() -> workloads.createVm(namespace, vm("too-big", "best-effort-large", "zone-a")))
                .isInstanceOf(QuotaExceededException.class)
                .hasMessage("Not enough CPU quota in zone-a: needs 8,000 MHz, 4,000 MHz free of 20,000 MHz.");

        assertThat(count("workload")).isEqualTo(before);
        assertThat(used().get("zone-a")).isEqualTo(new Limits(16_000, 65_536, 40));
    }

    @Test
    void badVmInputIsRefusedFieldByField() {
        assertThatThrownBy(() -> workloads.createVm(namespace, new CreateVmCommand("Web_1", "", null, " ", 0L, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("name", "vmClass", "image", "storagePolicy", "diskGib"));
        assertThatThrownBy(() -> workloads.createVm(namespace, vm("web", "huge-class", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("vmClass");
                            assertThat(p.message().english()).startsWith("No VM class named huge-class; the catalog has ");
                        }));
        assertThatThrownBy(() -> workloads.createVm(namespace, vm("web", "best-effort-small", "zone-x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(EnglishProblem.of(e.problems())).containsExactly(
                        new EnglishProblem("zone", "The Supervisor has no zone named zone-x; it has zone-a, zone-b, zone-c.")));
        assertThat(count("workload")).isZero();
    }

    @Test
    void vmNamesAreUniquePerNamespace() {
        workloads.createVm(namespace, vm("web", "best-effort-xsmall", null));

        assertThatThrownBy(() -> workloads.createVm(namespace, vm("web", "best-effort-xsmall", null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("name"))
                .hasMessage("Namespace " + namespace + " has a VM named web already.");
    }

    @Test
    void aNamespaceLimitedToSomeVmClassesRefusesOthers() {
        SignedIn.as(setup.user("admin", Role.ADMIN, null), Role.ADMIN);
        namespaces.setAllowed(namespace, CatalogGrantKind.VM_CLASS, Set.of("best-effort-small", "best-effort-xsmall"));
        SignedIn.as(alice, Role.DEVOPS);

        assertThatThrownBy(() -> workloads.createVm(namespace, vm("web", "guaranteed-large", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(EnglishProblem.of(e.problems())).containsExactly(
                        new EnglishProblem("vmClass", "Namespace " + namespace + " may not use the VM class guaranteed-large;"
                                + " it may use best-effort-small, best-effort-xsmall.")));
        assertThat(workloads.createVm(namespace, vm("web", "best-effort-small", null)).vmClass()).isEqualTo("best-effort-small");
        // The forms offer what the same rule permits: only the two classes; images are not limited, so all of them.
        var usable = namespaces.usableCatalog(namespaces.require(namespace, NamespaceAction.SEE, Msg.of("workloads.to-see-vms")));
        assertThat(usable.vmClasses()).extracting(VmClassView::name)
                .containsExactlyInAnyOrder("best-effort-small", "best-effort-xsmall");
        assertThat(usable.images()).extracting(CatalogItemView::name).contains(IMAGE, "photon-5");
    }

    @Test
    void threeControlPlaneNodesGoOnePerZoneAndPoolsWithoutAZoneAreSpread() {
        TkgClusterView cluster = workloads.createTkgCluster(namespace, new CreateTkgClusterCommand("dev", RELEASE, 3,
                "best-effort-small", STORAGE_POLICY, List.of(
                        new CreateTkgClusterCommand.NodePool("workers", 4, "best-effort-xsmall", null),
                        new CreateTkgClusterCommand.NodePool("gpu", 1, "best-effort-xsmall", "zone-c"))));

        assertThat(cluster.status().english()).isEqualTo("Creating: 0/8 nodes running");
        assertThat(cluster.nodes()).extracting(WorkloadView::name, WorkloadView::nodeRole, WorkloadView::zone)
                .containsExactly(
                        tuple("dev-control-plane-1", "control-plane", "zone-a"),
                        tuple("dev-control-plane-2", "control-plane", "zone-b"),
                        tuple("dev-control-plane-3", "control-plane", "zone-c"),
                        tuple("dev-gpu-1", "worker", "zone-c"),
                        tuple("dev-workers-1", "worker", "zone-a"),
                        tuple("dev-workers-2", "worker", "zone-b"),
                        tuple("dev-workers-3", "worker", "zone-c"),
                        tuple("dev-workers-4", "worker", "zone-a"));
        assertThat(cluster.nodes()).allSatisfy(node -> {
            assertThat(node.status()).isEqualTo(WorkloadStatus.PENDING);
            assertThat(node.cluster()).isEqualTo("dev");
            assertThat(node.demand().storageGib()).isEqualTo(WorkloadDemand.TKG_NODE_DISK_GIB);
        });
        // zone-a: control plane (4,000 MHz, 4,096 MiB) + 2 xsmall workers (4,000 MHz, 2,048 MiB each), 20 GiB each.
        assertThat(used().get("zone-a")).isEqualTo(new Limits(12_000, 8_192, 60));
        assertThat(workloads.tkgClusters(namespace)).extracting(TkgClusterView::name).containsExactly("dev");
    }

    @Test
    void aClusterThatDoesNotFitOneZoneIsAdmittedNowhere() {
        int before = count("workload");

        assertThatThrownBy(() -> workloads.createTkgCluster(namespace, new CreateTkgClusterCommand("big", RELEASE, 3,
                "best-effort-small", STORAGE_POLICY,
                List.of(new CreateTkgClusterCommand.NodePool("workers", 3, "best-effort-large", "zone-b")))))
                .isInstanceOf(QuotaExceededException.class)
                .hasMessage("Not enough CPU quota in zone-b: needs 28,000 MHz, 20,000 MHz free of 20,000 MHz.");

        assertThat(count("workload")).isEqualTo(before);
        assertThat(count("tkg_cluster")).isZero();
        assertThat(used().values()).containsOnly(Limits.NONE);
    }

    @Test
    void deletingGivesTheQuotaBack() {
        workloads.createVm(namespace, vm("web", "best-effort-large", "zone-a"));
        workloads.createTkgCluster(namespace, new CreateTkgClusterCommand("dev", RELEASE, 1, "best-effort-small",
                STORAGE_POLICY, List.of(new CreateTkgClusterCommand.NodePool("workers", 2, "best-effort-xsmall", null))));
        assertThat(used().values()).anySatisfy(used -> assertThat(used).isNotEqualTo(Limits.NONE));

        workloads.deleteVm(namespace, "web");
        workloads.deleteTkgCluster(namespace, "dev");

        assertThat(used().values()).containsOnly(Limits.NONE);
        assertThat(count("workload")).isZero();
        assertThat(workloads.tkgClusters(namespace)).isEmpty();
    }

    @Test
    void podsAreRefusedOnAThreeZoneSupervisorSayingWhy() {
        assertThatThrownBy(() -> workloads.createPod(namespace, new CreatePodCommand("web",
                List.of(new CreatePodCommand.Container("nginx", "nginx:1.27", "250m", "512Mi")))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("vSphere Pods run only on a single-zone Supervisor, and this one has 3 zones "
                        + "(zone-a, zone-b, zone-c). Run the containers in a TKG cluster instead.");
        assertThat(count("workload")).isZero();
    }

    private static CreateVmCommand vm(String name, String vmClass, String zone) {
        return new CreateVmCommand(name, vmClass, IMAGE, STORAGE_POLICY, 40L, zone);
    }

    private Map<String, Limits> used() {
        return namespaces.details(namespace).zones().stream()
                .collect(Collectors.toMap(ZoneShare::zone, ZoneShare::used, (a, b) -> a, java.util.TreeMap::new));
    }

    /** Rows of this test's namespace in {@code workload} or {@code tkg_cluster}. */
    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table
                + " where namespace_id = (select id from namespace where name = ?)", Integer.class, namespace);
    }
}
