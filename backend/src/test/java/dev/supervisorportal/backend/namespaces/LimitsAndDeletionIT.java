package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.TestNamespaces;
import dev.supervisorportal.backend.audit.AuditEntryView;
import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.common.StaleVersionException;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaExceededException;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.WorkloadService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;

import static dev.supervisorportal.backend.TestNamespaces.IMAGE;
import static dev.supervisorportal.backend.TestNamespaces.RELEASE;
import static dev.supervisorportal.backend.TestNamespaces.STORAGE_POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Count limits (set at approval and by quota request, enforced at admission), an admin's direct change of the
 * limits, and deleting a namespace: every operation and each refusal, which writes nothing.
 */
class LimitsAndDeletionIT extends IntegrationTest {

    @Autowired
    NamespaceService namespaces;
    @Autowired
    QuotaRequestService quotaRequests;
    @Autowired
    WorkloadService workloads;
    @Autowired
    AuditLog audit;
    @Autowired
    TestNamespaces setup;
    @Autowired
    JdbcTemplate jdbc;

    String alice;
    String admin;

    @BeforeEach
    void people() {
        setup.seedCatalog();
        alice = setup.user("alice", Role.DEVOPS, null);
        admin = setup.user("admin", Role.ADMIN, null);
    }

    @Test
    void admissionRefusesPastTheCountLimitWithTheCountAndNodeVmsDoNotCount() {
        String ns = setup.approvedNamespace(alice, 120_000, 500_000, 3_000,
                new ObjectCountLimits(2L, 1L, null, null));
        workloads.createVm(ns, vm("web-1"));
        workloads.createVm(ns, vm("web-2"));

        assertThatThrownBy(() -> workloads.createVm(ns, vm("web-3")))
                .isInstanceOf(ObjectCountExceededException.class).isInstanceOf(QuotaExceededException.class)
                .hasMessage("Namespace " + ns + " holds 2 of at most 2 VMs; delete one first or ask for a higher limit.");
        assertThatThrownBy(() -> workloads.previewVm(ns, vm("web-3")))
                .isInstanceOf(ObjectCountExceededException.class);

        // A TKG cluster's three node VMs are no VMs of the namespace's count.
        workloads.createTkgCluster(ns, cluster("dev"));
        assertThatThrownBy(() -> workloads.createTkgCluster(ns, cluster("prod")))
                .isInstanceOf(ObjectCountExceededException.class)
                .hasMessage("Namespace " + ns + " holds 1 of at most 1 TKG cluster; delete one first or ask for a "
                        + "higher limit.");
        assertThat(workloads.vms(ns)).hasSize(2);
        assertThat(workloads.tkgClusters(ns)).hasSize(1);

        NamespaceDetails details = namespaces.details(ns);
        assertThat(details.countLimits()).isEqualTo(new ObjectCountLimits(2L, 1L, null, null));
        assertThat(details.counts()).containsEntry(ObjectKind.VM, 2L).containsEntry(ObjectKind.TKG_CLUSTER, 1L)
                .doesNotContainKey(ObjectKind.POD);
    }

    @Test
    void adjustedApprovalSetsOtherCountsAndAQuotaRequestChangesThem() {
        SignedIn.as(alice, Role.DEVOPS);
        String name = "ns-" + TestNamespaces.shortId();
        long id = namespaceRequests.submit(new NamespaceRequestCommand(name, 60_000L, 200_000L, 1_000L, "CI",
                10L, 2L, null, 5L)).id();
        assertThat(namespaceRequests.request(id).requestedCounts()).isEqualTo(new ObjectCountLimits(10L, 2L, null, 5L));
        SignedIn.as(admin, Role.ADMIN);
        NamespaceRequestView approved = namespaceRequests.approveAdjusted(id, 60_000L, 200_000L, 1_000L,
                new ObjectCountLimits(1L, 2L, 3L, null));
        assertThat(approved.approvedCounts()).isEqualTo(new ObjectCountLimits(1L, 2L, 3L, null));

        SignedIn.as(alice, Role.DEVOPS);
        workloads.createVm(name, vm("one"));
        assertThatThrownBy(() -> quotaRequests.submit(name, new QuotaRequestCommand(60_000L, 200_000L, 1_000L,
                "fewer", 0L, null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("maxVms"))
                .hasMessageContaining("holds 1 VM; the limit cannot be 0");
        QuotaRequestView asked = quotaRequests.submit(name, new QuotaRequestCommand(60_000L, 200_000L, 1_000L,
                "more VMs", 4L, 2L, 3L, null));
        assertThat(asked.currentCounts()).isEqualTo(new ObjectCountLimits(1L, 2L, 3L, null));
        SignedIn.as(admin, Role.ADMIN);
        quotaRequests.approve(asked.id());
        assertThat(namespaces.details(name).countLimits()).isEqualTo(new ObjectCountLimits(4L, 2L, 3L, null));
    }

    @Autowired
    NamespaceRequestService namespaceRequests;

    @Test
    void anAdminSetsTheLimitsDirectlyWithAReasonAndNeverBelowUse() {
        String ns = setup.approvedNamespace(alice, 30_000, 98_304, 600);
        workloads.createVm(ns, new CreateVmCommand("big", "best-effort-large", IMAGE, STORAGE_POLICY, 40L, "zone-a"));
        assertThatThrownBy(() -> namespaces.updateLimits(ns, limits(30_000, 5L, "more", null)))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(admin, Role.ADMIN);
        long version = namespaces.details(ns).version();
        assertThatThrownBy(() -> namespaces.updateLimits(ns, limits(30_000, 5L, " ", version)))
                .isInstanceOf(InvalidInputException.class).hasMessage("reason: Enter why you change the limits.");
        assertThatThrownBy(() -> namespaces.updateLimits(ns, limits(30_000, -1L, "why", version)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("maxVms: Enter 0 or more, or leave it empty for no limit.");
        // best-effort-large: 4 vCPUs, 8,000 MHz in zone-a; 12,000 MHz over three zones leaves zone-a 4,000.
        assertThatThrownBy(() -> namespaces.updateLimits(ns, limits(12_000, null, "shrink", version)))
                .isInstanceOf(QuotaExceededException.class)
                .hasMessage("The new CPU limit would give zone-a a share of 4,000 MHz, below the 8,000 MHz in use there.");
        assertThat(namespaces.limitsProblems(ns, limits(12_000, 0L, "shrink", version)))
                .extracting(FieldProblem::field, problem -> problem.message().english())
                .containsExactly(tuple("cpuMhz", "The new CPU limit would give zone-a a share of 4,000 MHz, below "
                                + "the 8,000 MHz in use there."),
                        tuple("maxVms", "Namespace " + ns + " holds 1 VM; the limit cannot be 0."));
        assertThatThrownBy(() -> namespaces.updateLimits(ns, limits(30_000, 0L, "none", version)))
                .isInstanceOf(ConflictException.class).hasMessage("Namespace " + ns + " holds 1 VM; the limit cannot be 0.");
        assertThat(namespaces.details(ns).version()).isEqualTo(version);

        NamespaceDetails changed = namespaces.updateLimits(ns, limits(45_000, 3L, "Release week", version));
        assertThat(changed.limits()).isEqualTo(new Limits(45_000, 98_304, 600));
        assertThat(changed.countLimits().maxVms()).isEqualTo(3L);
        assertThat(changed.zones()).extracting(share -> share.limit().cpuMhz()).containsExactly(15_000L, 15_000L, 15_000L);
        assertThat(changed.version()).isGreaterThan(version);
        assertThat(audit.recent(20)).filteredOn(entry -> entry.targetName().equals(ns))
                .filteredOn(entry -> entry.action().equals("LIMITS_CHANGED")).singleElement()
                .satisfies(entry -> assertThat(entry.detail().english()).contains("Release week").contains("at most 3 VMs"));

        // Someone who read the namespace before this change loses, hearing what the limits are now.
        assertThatThrownBy(() -> namespaces.updateLimits(ns, limits(50_000, 3L, "late", version)))
                .isInstanceOf(StaleVersionException.class).hasMessageContaining("CPU 45,000 MHz");
        assertThat(namespaces.details(ns).limits().cpuMhz()).isEqualTo(45_000);
    }

    @Test
    void anEmptyNamespaceIsDeletedAndItsNameIsFreeAgain() {
        String ns = setup.approvedNamespace(alice, 30_000, 98_304, 600);
        assertThatThrownBy(() -> namespaces.delete(ns, false, null)).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(admin, Role.ADMIN);
        namespaces.delete(ns, false, null);
        assertThatThrownBy(() -> namespaces.details(ns)).isInstanceOf(NotFoundException.class);
        assertThat(rows("zone_quota", ns)).isZero();
        assertThat(audit.recent(20)).filteredOn(entry -> entry.targetName().equals(ns))
                .extracting(AuditEntryView::action, AuditEntryView::outcome, entry -> entry.detail().english())
                .contains(tuple("NAMESPACE_DELETED", "DELETED", "empty"));

        SignedIn.as(alice, Role.DEVOPS);
        assertThat(namespaceRequests.submit(new NamespaceRequestCommand(ns, 1_000L, 1_000L, 10L, "again")).status())
                .isEqualTo(RequestStatus.PENDING);
    }

    @Test
    void aNamespaceWithWorkloadsGoesOnlyWithThemAfterItsNameIsTyped() {
        String ns = setup.approvedNamespace(alice, 120_000, 500_000, 3_000);
        workloads.createVm(ns, vm("web-1"));
        workloads.createVm(ns, vm("web-2"));
        workloads.createTkgCluster(ns, cluster("dev"));
        long quotaRequest = quotaRequests.submit(ns, new QuotaRequestCommand(150_000L, 500_000L, 3_000L, "more")).id();
        long namespaceId = jdbc.queryForObject("select id from namespace where name = ?", Long.class, ns);

        SignedIn.as(admin, Role.ADMIN);
        assertThatThrownBy(() -> namespaces.delete(ns, false, null)).isInstanceOf(ConflictException.class)
                .hasMessage("Namespace " + ns + " still holds 2 VMs, 1 TKG cluster; delete them first, or delete the "
                        + "namespace with its workloads and type its name to confirm.");
        assertThatThrownBy(() -> namespaces.delete(ns, true, ns + "x")).isInstanceOf(InvalidInputException.class)
                .hasMessage("confirm: Type the namespace's name, " + ns + ", to delete it with everything in it.");
        assertThat(namespaces.details(ns).count(ObjectKind.VM)).isEqualTo(2);

        namespaces.delete(ns, true, ns);
        assertThatThrownBy(() -> namespaces.details(ns)).isInstanceOf(NotFoundException.class);
        for (String table : List.of("workload", "tkg_cluster", "zone_quota", "namespace_permission", "quota_request")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where namespace_id = ?", Long.class,
                    namespaceId)).as(table).isZero();
        }
        assertThatThrownBy(() -> quotaRequests.request(quotaRequest)).isInstanceOf(NotFoundException.class);
        assertThat(audit.recent(20)).filteredOn(entry -> entry.targetName().equals(ns))
                .extracting(AuditEntryView::action, entry -> entry.detail().english())
                .contains(tuple("NAMESPACE_DELETED", "with 2 VMs, 1 TKG cluster"));
        assertThatThrownBy(() -> namespaces.delete(ns, false, null)).isInstanceOf(NotFoundException.class);
    }

    private long rows(String table, String namespace) {
        return jdbc.queryForObject("select count(*) from " + table + " t where t.namespace_id in "
                + "(select id from namespace where name = ?)", Long.class, namespace);
    }

    private static UpdateLimitsCommand limits(long cpuMhz, Long maxVms, String reason, Long version) {
        return new UpdateLimitsCommand(cpuMhz, 98_304L, 600L, maxVms, null, null, null, reason, version);
    }

    private static CreateVmCommand vm(String name) {
        return new CreateVmCommand(name, "best-effort-xsmall", IMAGE, STORAGE_POLICY, 10L, null);
    }

    private static CreateTkgClusterCommand cluster(String name) {
        return new CreateTkgClusterCommand(name, RELEASE, 3, "best-effort-small", STORAGE_POLICY,
                List.of(new CreateTkgClusterCommand.NodePool("workers", 1, "best-effort-xsmall", null)));
    }
}
