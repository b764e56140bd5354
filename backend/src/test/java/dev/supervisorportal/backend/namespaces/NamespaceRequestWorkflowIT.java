package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.audit.AuditEntryView;
import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.EnglishProblem;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.ZoneShare;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.users.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The skeleton's story at the service boundary: request, decide, split, see, refuse, audit. */
class NamespaceRequestWorkflowIT extends IntegrationTest {

    @Autowired
    NamespaceRequestService requests;
    @Autowired
    NamespaceService namespaces;
    @Autowired
    AuditLog audit;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    /** Users of this test class only, so the tests sharing one database never see each other's namespaces. */
    String alice;
    String bob;
    String admin;
    String otherAdmin;
    String aliceTeammate;

    @BeforeEach
    void createUsers() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        alice = users.create("alice-" + suffix, "pw", Role.DEVOPS, "team-a-" + suffix).username();
        aliceTeammate = users.create("carol-" + suffix, "pw", Role.DEVOPS, "team-a-" + suffix).username();
        bob = users.create("bob-" + suffix, "pw", Role.DEVOPS, "team-b-" + suffix).username();
        admin = users.create("admin-" + suffix, "pw", Role.ADMIN, null).username();
        otherAdmin = users.create("admin2-" + suffix, "pw", Role.ADMIN, null).username();
    }

    @Test
    void approvedAsAskedTheNamespaceIsActiveWithItsLimitsSplitOverTheZones() {
        String name = uniqueName("team-a-dev");
        SignedIn.as(alice, Role.DEVOPS);
        NamespaceRequestView submitted = requests.submit(new NamespaceRequestCommand(name, 3001L, 8192L, 100L, "CI runners"));
        assertThat(submitted.status()).isEqualTo(RequestStatus.PENDING);
        assertThat(namespaces.visibleNamespaces()).extracting(NamespaceSummary::name).doesNotContain(name);

        SignedIn.as(admin, Role.ADMIN);
        assertThat(requests.pending()).extracting(NamespaceRequestView::namespaceName).contains(name);
        NamespaceRequestView approved = requests.approve(submitted.id());
        assertThat(approved.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(admin);
        assertThat(approved.approved()).isEqualTo(new Limits(3001, 8192, 100));
        assertThat(requests.pending()).extracting(NamespaceRequestView::id).doesNotContain(submitted.id());

        SignedIn.as(alice, Role.DEVOPS);
        NamespaceDetails details = namespaces.details(name);
        assertThat(details.yourRole()).isEqualTo(PermissionRole.OWNER);
        assertThat(details.limits()).isEqualTo(new Limits(3001, 8192, 100));
        assertThat(details.zones()).extracting(ZoneShare::zone, share -> share.limit().cpuMhz(),
                        share -> share.limit().memoryMib(), share -> share.limit().storageGib(), ZoneShare::used)
                .containsExactly(
                        tuple("zone-a", 1001L, 2731L, 34L, Limits.NONE),
                        tuple("zone-b", 1000L, 2731L, 33L, Limits.NONE),
                        tuple("zone-c", 1000L, 2730L, 33L, Limits.NONE));
        assertThat(details.permissions()).containsExactly(
                new NamespaceDetails.Permission(NamespaceDetails.SubjectType.USER, alice, PermissionRole.OWNER));
        assertThat(namespaces.visibleNamespaces()).extracting(NamespaceSummary::name, NamespaceSummary::yourRole)
                .containsExactly(tuple(name, PermissionRole.OWNER));
    }

    @Test
    void approvedWithAdjustedLimitsTheNamespaceGetsTheAdjustedLimits() {
        long id = submitAsAlice(uniqueName("adjusted"), 9000L);

        SignedIn.as(admin, Role.ADMIN);
        NamespaceRequestView approved = requests.approveAdjusted(id, 4000L, 2048L, 10L);

        assertThat(approved.approved()).isEqualTo(new Limits(4000, 2048, 10));
        assertThat(approved.requested().cpuMhz()).isEqualTo(9000);
        assertThat(namespaces.details(approved.namespaceName()).zones())
                .extracting(share -> share.limit().cpuMhz()).containsExactly(1334L, 1333L, 1333L);
    }

    @Test
    void rejectedWithAReasonNoNamespaceIsCreated() {
        String name = uniqueName("rejected");
        long id = submitAsAlice(name, 3000L);

        SignedIn.as(admin, Role.ADMIN);
        NamespaceRequestView rejected = requests.reject(id, "Use the shared CI namespace");

        assertThat(rejected.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("Use the shared CI namespace");
        assertThat(countNamespacesNamed(name)).isZero();
        SignedIn.as(alice, Role.DEVOPS);
        assertThat(requests.myRequests()).filteredOn(request -> request.id() == id)
                .extracting(NamespaceRequestView::status, NamespaceRequestView::decisionReason)
                .containsExactly(tuple(RequestStatus.REJECTED, "Use the shared CI namespace"));
    }

    @Test
    void aRejectionNeedsAReason() {
        long id = submitAsAlice(uniqueName("no-reason"), 3000L);

        SignedIn.as(admin, Role.ADMIN);
        assertThatThrownBy(() -> requests.reject(id, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(EnglishProblem.of(e.problems()))
                        .containsExactly(new EnglishProblem("reason", "Enter the reason for the rejection.")));
        assertThat(requests.pending()).extracting(NamespaceRequestView::id).contains(id);
    }

    @Test
    void nobodyDecidesOnTheirOwnRequest() {
        String name = uniqueName("own");
        SignedIn.as(admin, Role.ADMIN);
        long id = requests.submit(new NamespaceRequestCommand(name, 3000L, 4096L, 50L, "Admin's sandbox")).id();
        int auditEntriesBefore = countRows("audit_entry");

        assertThatThrownBy(() -> requests.approve(id)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Four-eyes rule");
        assertThatThrownBy(() -> requests.approveAdjusted(id, 1L, 1L, 1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.reject(id, "no")).isInstanceOf(AccessDeniedException.class);

        assertThat(countNamespacesNamed(name)).isZero();
        assertThat(countRows("audit_entry")).isEqualTo(auditEntriesBefore);
        SignedIn.as(otherAdmin, Role.ADMIN);
        assertThat(requests.approve(id).decidedBy()).isEqualTo(otherAdmin);
    }

    @Test
    void onlyAdminsSeeTheQueueAndDecide() {
        long id = submitAsAlice(uniqueName("queue"), 3000L);

        SignedIn.as(bob, Role.DEVOPS);
        assertThatThrownBy(() -> requests.pending()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.approve(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.reject(id, "mine now")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.recent(10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRequestIsDecidedOnceOnly() {
        long id = submitAsAlice(uniqueName("twice"), 3000L);
        SignedIn.as(admin, Role.ADMIN);
        requests.approve(id);

        SignedIn.as(otherAdmin, Role.ADMIN);
        assertThatThrownBy(() -> requests.reject(id, "too late")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("was approved by " + admin + " already");
    }

    @Test
    void bobNeitherSeesNorOpensAlicesNamespace() {
        String name = approvedNamespaceOfAlice();

        SignedIn.as(bob, Role.DEVOPS);
        assertThat(namespaces.visibleNamespaces()).extracting(NamespaceSummary::name).doesNotContain(name);
        assertThatThrownBy(() -> namespaces.details(name)).as("as if it did not exist")
                .isInstanceOf(NotFoundException.class).hasMessage("No namespace named " + name + ".");
    }

    @Test
    void adminsSeeEveryNamespaceAndTeammatesSeeOnesSharedWithTheTeam() {
        String name = approvedNamespaceOfAlice();

        SignedIn.as(otherAdmin, Role.ADMIN);
        assertThat(namespaces.visibleNamespaces()).extracting(NamespaceSummary::name).contains(name);
        assertThat(namespaces.details(name).yourRole()).isNull();

        jdbc.update("insert into namespace_permission (namespace_id, team_id, role) "
                        + "select n.id, t.id, 'VIEW' from namespace n, team t where n.name = ? and t.name = ?",
                name, users.require(aliceTeammate).teamName());
        SignedIn.as(aliceTeammate, Role.DEVOPS);
        assertThat(namespaces.details(name).yourRole()).isEqualTo(PermissionRole.VIEW);
        assertThat(namespaces.visibleNamespaces()).extracting(NamespaceSummary::name).containsExactly(name);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        int requestsBefore = countRows("namespace_request");
        int auditBefore = countRows("audit_entry");
        SignedIn.as(alice, Role.DEVOPS);

        assertThatThrownBy(() -> requests.submit(new NamespaceRequestCommand("Team_A", -1L, null, 0L, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("name", "cpuMhz", "memoryMib", "storageGib", "justification"));

        assertThat(countRows("namespace_request")).isEqualTo(requestsBefore);
        assertThat(countRows("audit_entry")).isEqualTo(auditBefore);
    }

    @Test
    void aNameTakenByANamespaceOrAPendingRequestIsRefused() {
        String active = approvedNamespaceOfAlice();
        String pending = uniqueName("pending");
        submitAsAlice(pending, 3000L);

        SignedIn.as(bob, Role.DEVOPS);
        assertThatThrownBy(() -> requests.submit(new NamespaceRequestCommand(active, 1L, 1L, 1L, "mine")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e).hasMessage("A namespace named " + active + " exists already.");
                });
        assertThatThrownBy(() -> requests.submit(new NamespaceRequestCommand(pending, 1L, 1L, 1L, "mine")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("waits for approval");
    }

    @Test
    void everyRequestApprovalAndRejectionLeavesAnAuditEntry() {
        String approvedName = uniqueName("audited-ok");
        String adjustedName = uniqueName("audited-adj");
        String rejectedName = uniqueName("audited-no");
        long approvedId = submitAsAlice(approvedName, 3000L);
        long adjustedId = submitAsAlice(adjustedName, 3000L);
        long rejectedId = submitAsAlice(rejectedName, 3000L);

        SignedIn.as(admin, Role.ADMIN);
        requests.approve(approvedId);
        requests.approveAdjusted(adjustedId, 1500L, 1024L, 10L);
        requests.reject(rejectedId, "Not needed");

        List<AuditEntryView> entries = audit.recent(500).stream()
                .filter(entry -> List.of(approvedName, adjustedName, rejectedName).contains(entry.targetName()))
                .toList();
        assertThat(entries).extracting(AuditEntryView::actor, AuditEntryView::action, AuditEntryView::targetName,
                        AuditEntryView::outcome)
                .containsExactlyInAnyOrder(
                        tuple(alice, "NAMESPACE_REQUESTED", approvedName, "PENDING"),
                        tuple(alice, "NAMESPACE_REQUESTED", adjustedName, "PENDING"),
                        tuple(alice, "NAMESPACE_REQUESTED", rejectedName, "PENDING"),
                        tuple(admin, "NAMESPACE_APPROVED", approvedName, "APPROVED"),
                        tuple(admin, "NAMESPACE_APPROVED", adjustedName, "APPROVED_ADJUSTED"),
                        tuple(admin, "NAMESPACE_REJECTED", rejectedName, "REJECTED"));
        assertThat(entries).allSatisfy(entry -> assertThat(entry.occurredAt()).isNotNull());
        assertThat(entries).filteredOn(entry -> entry.outcome().equals("APPROVED_ADJUSTED")).singleElement()
                .extracting(entry -> entry.detail().english()).asString()
                .contains("CPU 1,500 MHz").contains("asked for CPU 3,000 MHz");
        assertThat(entries).filteredOn(entry -> entry.outcome().equals("REJECTED")).singleElement()
                .extracting(entry -> entry.detail().english()).isEqualTo("Not needed");
    }

    private String approvedNamespaceOfAlice() {
        String name = uniqueName("alice-ns");
        long id = submitAsAlice(name, 3001L);
        SignedIn.as(admin, Role.ADMIN);
        requests.approve(id);
        return name;
    }

    private long submitAsAlice(String name, long cpuMhz) {
        SignedIn.as(alice, Role.DEVOPS);
        return requests.submit(new NamespaceRequestCommand(name, cpuMhz, 8192L, 100L, "For the story")).id();
    }

    private static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private int countNamespacesNamed(String name) {
        return jdbc.queryForObject("select count(*) from namespace where name = ?", Integer.class, name);
    }

    private int countRows(String table) {
        Map<String, Object> row = jdbc.queryForMap("select count(*) as n from " + table);
        return ((Number) row.values().iterator().next()).intValue();
    }
}
