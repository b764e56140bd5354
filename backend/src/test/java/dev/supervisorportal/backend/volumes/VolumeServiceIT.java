package dev.supervisorportal.backend.volumes;

import dev.supervisorportal.backend.AtOnce;
import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.TestNamespaces;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.StaleVersionException;
import dev.supervisorportal.backend.inventory.AddDatastoreCommand;
import dev.supervisorportal.backend.inventory.DatastoreService;
import dev.supervisorportal.backend.inventory.DatastoreView;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.ObjectCountExceededException;
import dev.supervisorportal.backend.namespaces.ObjectCountLimits;
import dev.supervisorportal.backend.quota.PolicyShare;
import dev.supervisorportal.backend.quota.QuotaExceededException;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.backend.reconcile.ReconcileCycleCompleted;
import dev.supervisorportal.backend.reconcile.internal.ZoneReconciler;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.WorkloadService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static dev.supervisorportal.backend.TestNamespaces.IMAGE;
import static dev.supervisorportal.backend.TestNamespaces.STORAGE_POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Persistent volume claims through the service: each operation and refusal, provisioning, and parallel creates. */
@RecordApplicationEvents
class VolumeServiceIT extends IntegrationTest {

    static final String GOLD = "vsan-gold";

    @Autowired
    VolumeService volumes;
    @Autowired
    WorkloadService workloads;
    @Autowired
    NamespaceService namespaces;
    @Autowired
    DatastoreService datastores;
    @Autowired
    ZoneReconciler reconciler;
    @Autowired
    TestNamespaces setup;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents published;

    String alice;
    String admin;
    String namespace;

    @BeforeEach
    void namespace() {
        setup.seedCatalog();
        admin = setup.user("admin", Role.ADMIN, null);
        alice = setup.user("alice", Role.DEVOPS, null);
        namespace = setup.approvedNamespace(alice, 60_000, 300_000, 3_000);
    }

    @Test
    void aClaimIsAdmittedIntoAZoneAndBoundToADatastoreByTheCycle() {
        PvcView created = volumes.create(namespace, new CreatePvcCommand("data", GOLD, 20L, null, "zone-b"));

        assertThat(created.status()).isEqualTo(PvcStatus.PENDING);
        assertThat(created.zone()).isEqualTo("zone-b");
        assertThat(created.accessMode()).isEqualTo("ReadWriteOnce");
        assertThat(share("zone-b").used().storageGib()).isEqualTo(20);
        assertThat(policyUse(GOLD, "zone-b")).isEqualTo(20);

        published.clear();
        reconciler.reconcile("zone-b");

        // The open pages refresh after a cycle that only bound a volume too.
        assertThat(published.stream(ReconcileCycleCompleted.class)).extracting(ReconcileCycleCompleted::zone)
                .contains("zone-b");
        PvcView bound = volumes.claim(namespace, "data");
        assertThat(bound.status()).isEqualTo(PvcStatus.BOUND);
        assertThat(bound.datastore()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from reconcile_event where workload_name = 'data' and"
                + " namespace_name = ? and type = 'VOLUME_PROVISIONED'", Integer.class, namespace)).isEqualTo(1);

        volumes.delete(namespace, "data");
        assertThat(share("zone-b").used().storageGib()).isZero();
        assertThat(policyUse(GOLD, "zone-b")).isZero();
    }

    @Test
    void aClaimGrowsAgainstTheDifferenceAndNeverShrinks() {
        volumes.create(namespace, new CreatePvcCommand("data", GOLD, 20L, null, "zone-a"));
        reconciler.reconcile("zone-a");
        long provisionedBefore = datastore(volumes.claim(namespace, "data").datastore()).provisionedGib();

        assertThatThrownBy(() -> volumes.update(namespace, "data", UpdatePvcCommand.grow(10, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("storageGib"));
                    assertThat(e.reason().english()).contains("has 20 GiB", "not shrink to 10 GiB");
                });

        PvcView grown = volumes.update(namespace, "data", UpdatePvcCommand.grow(50, null));
        assertThat(grown.storageGib()).isEqualTo(50);
        assertThat(share("zone-a").used().storageGib()).isEqualTo(50);
        assertThat(policyUse(GOLD, "zone-a")).isEqualTo(50);
        assertThat(datastore(grown.datastore()).provisionedGib()).isEqualTo(provisionedBefore + 30);

        // zone-a's share of 3,000 GiB is 1,000: a grow past it names the zone and the numbers, and writes nothing.
        assertThatThrownBy(() -> volumes.update(namespace, "data", UpdatePvcCommand.grow(1_100, null)))
                .isInstanceOf(QuotaExceededException.class)
                .satisfies(e -> assertThat(((QuotaExceededException) e).reason().english())
                        .contains("zone-a", "1,050 GiB", "950 GiB"));
        assertThat(volumes.claim(namespace, "data").storageGib()).isEqualTo(50);
    }

    @Test
    void aStaleVersionIsRefusedSayingWhatTheClaimIsNow() {
        PvcView created = volumes.create(namespace, new CreatePvcCommand("data", GOLD, 20L, null, "zone-a"));
        volumes.update(namespace, "data", UpdatePvcCommand.grow(30, created.version()));

        assertThatThrownBy(() -> volumes.update(namespace, "data", UpdatePvcCommand.grow(40, created.version())))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.reason().english()).contains("30 GiB", "zone-a"));
        assertThat(volumes.claim(namespace, "data").storageGib()).isEqualTo(30);
    }

    @Test
    void attachingOnlyToAVmOrPodOfTheSameZoneAndDeletingTheVmLeavesTheClaimDetached() {
        workloads.createVm(namespace, new CreateVmCommand("web", "best-effort-xsmall", IMAGE, STORAGE_POLICY, 10L,
                "zone-a"));
        workloads.createVm(namespace, new CreateVmCommand("far", "best-effort-xsmall", IMAGE, STORAGE_POLICY, 10L,
                "zone-b"));
        volumes.create(namespace, new CreatePvcCommand("data", GOLD, 20L, null, "zone-a"));

        assertThatThrownBy(() -> volumes.update(namespace, "data", UpdatePvcCommand.attach("VM", "far", null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason().english())
                        .contains("is in zone-a", "VM far runs in zone-b"));
        assertThatThrownBy(() -> volumes.update(namespace, "data", UpdatePvcCommand.attach("TKG_NODE", "x", null)))
                .isInstanceOf(InvalidInputException.class);

        PvcView attached = volumes.update(namespace, "data", UpdatePvcCommand.attach("VM", "web", null));
        assertThat(attached.attachedTo()).isEqualTo(new AttachTarget("VM", "web"));
        assertThatThrownBy(() -> volumes.delete(namespace, "data"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason().english())
                        .contains("attached to VM web"));

        workloads.deleteVm(namespace, "web");
        PvcView left = volumes.claim(namespace, "data");
        assertThat(left.attachedTo()).isNull();
        assertThatThrownBy(() -> volumes.update(namespace, "data", UpdatePvcCommand.detachIt(null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void vmDisksAndClaimsCountAgainstThePolicysLimitInEachZone() {
        SignedIn.as(admin, Role.ADMIN);
        namespaces.setStoragePolicyLimits(namespace, Map.of(GOLD, 90L));
        SignedIn.as(alice, Role.DEVOPS);

        workloads.createVm(namespace, new CreateVmCommand("web", "best-effort-xsmall", IMAGE, GOLD, 25L, "zone-a"));
        assertThatThrownBy(() -> volumes.create(namespace, new CreatePvcCommand("data", GOLD, 10L, null, "zone-a")))
                .isInstanceOfSatisfying(QuotaExceededException.class, e -> assertThat(e.reason().english())
                        .contains("storage policy vsan-gold", "zone-a", "needs 10 GiB", "5 GiB free of 30 GiB"));
        // Another policy is bounded only by the overall share.
        volumes.create(namespace, new CreatePvcCommand("other", STORAGE_POLICY, 500L, null, "zone-a"));
        assertThat(volumes.previewCreate(namespace, new CreatePvcCommand("more", GOLD, 10L, null, "zone-a")).fits())
                .isFalse();

        SignedIn.as(admin, Role.ADMIN);
        assertThatThrownBy(() -> namespaces.setStoragePolicyLimits(namespace, Map.of(GOLD, 30L)))
                .isInstanceOf(QuotaExceededException.class);
    }

    @Test
    void aClaimNoDatastoreHasRoomForWaitsWithEachDatastoresReasonAndADatastoreHoldingOneCannotBeRemoved() {
        List<DatastoreView> zoneC = datastores.datastoresIn("zone-c");
        SignedIn.as(admin, Role.ADMIN);
        String small = "ds-small-" + TestNamespaces.shortId();
        zoneC.stream().filter(d -> d.state() == dev.supervisorportal.backend.inventory.DatastoreState.READY)
                .forEach(d -> datastores.enterMaintenance(d.name()));
        datastores.add(new AddDatastoreCommand("zone-c", small, 100L));
        try {
            SignedIn.as(alice, Role.DEVOPS);
            volumes.create(namespace, new CreatePvcCommand("first", GOLD, 60L, null, "zone-c"));
            volumes.create(namespace, new CreatePvcCommand("second", GOLD, 60L, null, "zone-c"));
            reconciler.reconcile("zone-c");

            assertThat(volumes.claim(namespace, "first").datastore()).isEqualTo(small);
            PvcView waiting = volumes.claim(namespace, "second");
            assertThat(waiting.status()).isEqualTo(PvcStatus.PENDING);
            assertThat(waiting.statusReason().english()).contains(small + ": datastore has 40 GiB free, needs 60 GiB",
                    "in maintenance");
            assertThat(datastore(small).provisionedGib()).isEqualTo(60);

            SignedIn.as(admin, Role.ADMIN);
            datastores.enterMaintenance(small);
            assertThatThrownBy(() -> datastores.remove(small)).isInstanceOfSatisfying(ConflictException.class,
                    e -> assertThat(e.reason().english()).contains("60 GiB"));
            SignedIn.as(alice, Role.DEVOPS);
            volumes.delete(namespace, "first");
            volumes.delete(namespace, "second");
            SignedIn.as(admin, Role.ADMIN);
            datastores.remove(small);
            assertThat(datastores.datastoresIn("zone-c")).extracting(DatastoreView::name).doesNotContain(small);
        } finally {
            SignedIn.as(admin, Role.ADMIN);
            zoneC.forEach(d -> datastores.exitMaintenance(d.name()));
        }
    }

    @Test
    void parallelCreatesIntoThePolicysLastQuotaNeverGoPastIt() throws Exception {
        SignedIn.as(admin, Role.ADMIN);
        namespaces.setStoragePolicyLimits(namespace, Map.of(GOLD, 30L));
        List<Callable<Object>> creates = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String name = "pvc-" + i;
            creates.add(() -> volumes.create(namespace, new CreatePvcCommand(name, GOLD, 4L, null, "zone-a")));
        }
        List<Object> outcomes = AtOnce.run(alice, Role.DEVOPS, 8, creates);

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfAny(PvcView.class, QuotaExceededException.class));
        assertThat(outcomes.stream().filter(PvcView.class::isInstance).count()).isEqualTo(2);
        SignedIn.as(alice, Role.DEVOPS);
        assertThat(policyUse(GOLD, "zone-a")).isEqualTo(8);
        assertThat(share("zone-a").used().storageGib()).isEqualTo(8);
    }

    @Test
    void parallelGrowsIntoADatastoresLastRoomNeverGoPastItsCapacity() throws Exception {
        List<DatastoreView> zoneC = datastores.datastoresIn("zone-c");
        SignedIn.as(admin, Role.ADMIN);
        String small = "ds-grow-" + TestNamespaces.shortId();
        zoneC.stream().filter(d -> d.state() == dev.supervisorportal.backend.inventory.DatastoreState.READY)
                .forEach(d -> datastores.enterMaintenance(d.name()));
        datastores.add(new AddDatastoreCommand("zone-c", small, 200L));
        try {
            SignedIn.as(alice, Role.DEVOPS);
            for (int i = 0; i < 6; i++) {
                volumes.create(namespace, new CreatePvcCommand("grow-" + i, GOLD, 10L, null, "zone-c"));
            }
            reconciler.reconcile("zone-c");
            assertThat(volumes.claims(namespace)).extracting(PvcView::datastore).containsOnly(small);
            // Other tests' waiting claims in zone-c may have taken some room too: two grows fit what is left, not three.
            long before = datastore(small).provisionedGib();
            long growth = (200 - before) / 2 - 1;
            List<Callable<Object>> grows = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String name = "grow-" + i;
                grows.add(() -> volumes.update(namespace, name, UpdatePvcCommand.grow(10 + growth, null)));
            }
            List<Object> outcomes = AtOnce.run(alice, Role.DEVOPS, 6, grows);

            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome)
                    .isInstanceOfAny(PvcView.class, ConflictException.class));
            assertThat(outcomes.stream().filter(PvcView.class::isInstance).count()).isEqualTo(2);
            assertThat(datastore(small).provisionedGib()).isEqualTo(before + 2 * growth);
            assertThat(volumes.claims(namespace).stream().mapToLong(PvcView::storageGib).sum())
                    .isEqualTo(60 + 2 * growth);
            assertThat(share("zone-c").used().storageGib()).isEqualTo(60 + 2 * growth);
        } finally {
            SignedIn.as(alice, Role.DEVOPS);
            volumes.claims(namespace).forEach(claim -> volumes.delete(namespace, claim.name()));
            SignedIn.as(admin, Role.ADMIN);
            datastores.enterMaintenance(small);
            datastores.remove(small);
            zoneC.forEach(d -> datastores.exitMaintenance(d.name()));
        }
    }

    @Test
    void aClaimPastMaxPvcsIsRefusedWithTheCountAndANamespaceHoldingClaimsIsDeletedOnlyWithThem() {
        String limited = setup.approvedNamespace(alice, 60_000, 300_000, 3_000,
                new ObjectCountLimits(null, null, null, 2L));
        volumes.create(limited, new CreatePvcCommand("data-1", GOLD, 20L, null, "zone-a"));
        volumes.create(limited, new CreatePvcCommand("data-2", GOLD, 30L, null, "zone-a"));
        long usedBefore = jdbc.queryForObject("select sum(storage_used_gib) from zone_quota where namespace_id ="
                + " (select id from namespace where name = ?)", Long.class, limited);

        assertThatThrownBy(() -> volumes.create(limited, new CreatePvcCommand("data-3", GOLD, 1L, null, null)))
                .isInstanceOf(ObjectCountExceededException.class)
                .hasMessage("Namespace " + limited + " holds 2 of at most 2 PVCs; delete one first or ask for a higher"
                        + " limit.");
        assertThat(volumes.claims(limited)).extracting(PvcView::name).containsExactly("data-1", "data-2");
        assertThat(jdbc.queryForObject("select sum(storage_used_gib) from zone_quota where namespace_id ="
                + " (select id from namespace where name = ?)", Long.class, limited)).isEqualTo(usedBefore);
        volumes.delete(limited, "data-2");
        assertThat(volumes.create(limited, new CreatePvcCommand("data-3", GOLD, 1L, null, null)).name())
                .isEqualTo("data-3");

        reconciler.reconcile("zone-a");
        String boundTo = volumes.claim(limited, "data-1").datastore();
        long provisioned = datastore(boundTo).provisionedGib();
        SignedIn.as(admin, Role.ADMIN);
        assertThatThrownBy(() -> namespaces.delete(limited, false, null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Namespace " + limited + " still holds 2 PVCs");
        assertThat(jdbc.queryForObject("select count(*) from persistent_volume_claim where namespace_id ="
                + " (select id from namespace where name = ?)", Integer.class, limited)).isEqualTo(2);

        namespaces.delete(limited, true, limited);
        assertThat(jdbc.queryForObject("select count(*) from namespace where name = ?", Integer.class, limited))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from persistent_volume_claim c where not exists"
                + " (select 1 from namespace n where n.id = c.namespace_id)", Integer.class)).isZero();
        assertThat(datastore(boundTo).provisionedGib()).isEqualTo(provisioned - 20);
    }

    private ZoneShare share(String zone) {
        SignedIn.as(alice, Role.DEVOPS);
        return namespaces.details(namespace).zones().stream().filter(s -> s.zone().equals(zone)).findFirst()
                .orElseThrow();
    }

    private long policyUse(String policy, String zone) {
        return namespaces.storagePolicyShares(namespace).stream()
                .filter(s -> s.storagePolicy().equals(policy) && s.zone().equals(zone))
                .mapToLong(PolicyShare::usedGib).sum();
    }

    private DatastoreView datastore(String name) {
        return datastores.datastores().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }
}
