package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.TestNamespaces;
import dev.supervisorportal.backend.audit.AuditEntryView;
import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaExceededException;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.WorkloadService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static dev.supervisorportal.backend.TestNamespaces.IMAGE;
import static dev.supervisorportal.backend.TestNamespaces.STORAGE_POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Asking for more (or less) quota: four-eyes, the split rule, and never below what is in use. */
class QuotaRequestIT extends IntegrationTest {

    @Autowired
    QuotaRequestService quotaRequests;
    @Autowired
    NamespaceService namespaces;
    @Autowired
    WorkloadService workloads;
    @Autowired
    AuditLog audit;
    @Autowired
    TestNamespaces setup;

    String alice;
    String admin;
    String namespace;

    @BeforeEach
    void approvedNamespace() {
        setup.seedCatalog();
        alice = setup.user("alice", Role.DEVOPS, null);
        admin = setup.user("admin", Role.ADMIN, null);
        namespace = setup.approvedNamespace(alice, 30_000, 98_304, 600);
    }

    @Test
    void approvedNewLimitsAreSplitOverTheZonesByTheUsualRule() {
        QuotaRequestView asked = quotaRequests.submit(namespace, new QuotaRequestCommand(45_001L, 98_304L, 600L, "More CI"));
        assertThat(asked.currentLimits()).isEqualTo(new Limits(30_000, 98_304, 600));

        SignedIn.as(admin, Role.ADMIN);
        assertThat(quotaRequests.pending()).extracting(QuotaRequestView::namespaceName).contains(namespace);
        quotaRequests.approve(asked.id());

        assertThat(namespaces.details(namespace).limits()).isEqualTo(new Limits(45_001, 98_304, 600));
        assertThat(namespaces.details(namespace).zones()).extracting(share -> share.limit().cpuMhz())
                .containsExactly(15_001L, 15_000L, 15_000L);
        assertThat(audit.recent(50)).filteredOn(entry -> entry.targetName().equals(namespace))
                .extracting(AuditEntryView::action, AuditEntryView::outcome)
                .contains(tuple("QUOTA_REQUESTED", "PENDING"), tuple("QUOTA_APPROVED", "APPROVED"));
    }

    @Test
    void adjustedOrRejectedAndNeverByTheRequester() {
        long id = quotaRequests.submit(namespace, new QuotaRequestCommand(60_000L, 98_304L, 600L, "More")).id();
        SignedIn.as(alice, Role.DEVOPS);
        assertThatThrownBy(() -> quotaRequests.approve(id)).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(admin, Role.ADMIN);
        QuotaRequestView adjusted = quotaRequests.approveAdjusted(id, 36_000L, 98_304L, 600L);
        assertThat(adjusted.approved()).isEqualTo(new Limits(36_000, 98_304, 600));
        assertThat(namespaces.details(namespace).limits().cpuMhz()).isEqualTo(36_000);

        SignedIn.as(alice, Role.DEVOPS);
        long second = quotaRequests.submit(namespace, new QuotaRequestCommand(90_000L, 98_304L, 600L, "Even more")).id();
        SignedIn.as(admin, Role.ADMIN);
        assertThat(quotaRequests.reject(second, "Use the shared pool").decisionReason()).isEqualTo("Use the shared pool");
        assertThat(namespaces.details(namespace).limits().cpuMhz()).isEqualTo(36_000);
    }

    @Test
    void anAdminCannotApproveTheirOwnQuotaRequest() {
        SignedIn.as(admin, Role.ADMIN);
        long id = quotaRequests.submit(namespace, new QuotaRequestCommand(60_000L, 98_304L, 600L, "More")).id();

        assertThatThrownBy(() -> quotaRequests.approve(id)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Four-eyes rule");
    }

    @Test
    void limitsNeverGoBelowWhatIsInUseInAnyZone() {
        workloads.createVm(namespace, new CreateVmCommand("big", "best-effort-xsmall", IMAGE, STORAGE_POLICY, 150L, "zone-c"));

        // 420 GiB is more than the 150 in use in all, but zone-c's share would be 140.
        assertThatThrownBy(() -> quotaRequests.submit(namespace, new QuotaRequestCommand(30_000L, 98_304L, 420L, "Less")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().message().english())
                        .isEqualTo("The new storage limit would give zone-c a share of 140 GiB, below the 150 GiB in use there."));

        long id = quotaRequests.submit(namespace, new QuotaRequestCommand(30_000L, 98_304L, 480L, "Less")).id();
        workloads.createVm(namespace, new CreateVmCommand("more", "best-effort-xsmall", IMAGE, STORAGE_POLICY, 20L, "zone-c"));
        SignedIn.as(admin, Role.ADMIN);
        assertThatThrownBy(() -> quotaRequests.approve(id)).isInstanceOf(QuotaExceededException.class)
                .hasMessage("The new storage limit would give zone-c a share of 160 GiB, below the 170 GiB in use there.");
        assertThat(namespaces.details(namespace).zones()).extracting(ZoneShare::zone, share -> share.limit().storageGib())
                .containsExactly(tuple("zone-a", 200L), tuple("zone-b", 200L), tuple("zone-c", 200L));
    }

    @Test
    void viewersCannotAskAndOneRequestWaitsAtATime() {
        String viewer = setup.user("viewer", Role.DEVOPS, null);
        namespaces.grant(namespace, NamespaceDetails.SubjectType.USER, viewer, PermissionRole.VIEW);
        quotaRequests.submit(namespace, new QuotaRequestCommand(60_000L, 98_304L, 600L, "More"));

        assertThatThrownBy(() -> quotaRequests.submit(namespace, new QuotaRequestCommand(70_000L, 98_304L, 600L, "More")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("waiting for approval already");
        SignedIn.as(viewer, Role.DEVOPS);
        assertThatThrownBy(() -> quotaRequests.submit(namespace, new QuotaRequestCommand(70_000L, 98_304L, 600L, "More")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You need EDIT permission in namespace " + namespace + " to ask for more quota; you have VIEW.");
        assertThat(quotaRequests.forNamespace(namespace)).hasSize(1);
    }
}
