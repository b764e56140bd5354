package dev.supervisorportal.backend.demo;

import dev.supervisorportal.backend.BackendTestApplication;
import dev.supervisorportal.backend.audit.AuditEntryView;
import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.namespaces.NamespaceRequestService;
import dev.supervisorportal.backend.namespaces.NamespaceRequestView;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.namespaces.NamespaceSummary;
import dev.supervisorportal.backend.namespaces.PermissionRole;
import dev.supervisorportal.backend.namespaces.QuotaRequestService;
import dev.supervisorportal.backend.namespaces.QuotaRequestView;
import dev.supervisorportal.backend.namespaces.RequestStatus;
import dev.supervisorportal.backend.reconcile.EventType;
import dev.supervisorportal.backend.reconcile.EventView;
import dev.supervisorportal.backend.reconcile.ReconcileEvents;
import dev.supervisorportal.backend.workloads.ClusterHealth;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.WorkloadView;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.TestDatabase;
import dev.supervisorportal.backend.TestDirectory;
import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.inventory.HostView;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorView;
import dev.supervisorportal.backend.inventory.Topology;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.backend.users.UserRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * What a first start seeds: the demo with its profile (hosts, accounts, catalog, and what its people did through the
 * services), only an initial admin without it.
 */
class StartupSeedingIT {

    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    @AfterEach
    void stop() {
        SecurityContextHolder.clearContext();
        started.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void theDemoSeedsAThreeZoneSupervisorWithFourHostsPerZoneAndTheDemoAccounts() {
        var context = start("demo");
        var users = context.getBean(UserAccounts.class);
        var passwords = context.getBean(PasswordEncoder.class);

        assertThat(users.require("admin").role()).isEqualTo(Role.ADMIN);
        UserRef alice = users.require("alice");
        assertThat(alice.role()).isEqualTo(Role.DEVOPS);
        assertThat(alice.teamName()).isEqualTo("team-a");
        assertThat(users.require("bob").teamName()).isEqualTo("team-b");
        String aliceHash = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select password_hash from app_user where username = 'alice'", String.class);
        assertThat(aliceHash).doesNotContain("alice".repeat(1) + "}").isNotEqualTo("alice");
        assertThat(passwords.matches("alice", aliceHash)).isTrue();

        SignedIn.as("alice", Role.DEVOPS);
        SupervisorView supervisor = context.getBean(InventoryService.class).supervisor();
        assertThat(supervisor.topology()).isEqualTo(Topology.THREE_ZONE);
        assertThat(supervisor.zones()).extracting(SupervisorView.Zone::name).containsExactly("zone-a", "zone-b", "zone-c");
        assertThat(supervisor.zones()).allSatisfy(zone -> assertThat(zone.hosts()).hasSize(4));
        assertThat(supervisor.zones()).flatExtracting(SupervisorView.Zone::hosts)
                .filteredOn(host -> host.state() != HostState.READY)
                .extracting(HostView::name, HostView::state)
                .as("the admin put the last host of the last zone into maintenance")
                .containsExactly(tuple("esx-c-04", HostState.MAINTENANCE));
        assertThat(supervisor.zones().get(1).hosts()).extracting(HostView::name)
                .containsExactly("esx-b-01", "esx-b-02", "esx-b-03", "esx-b-04");
    }

    @Test
    void theDemoSeedsWhatItsPeopleDidAsThemAndTheReconcilerRunsTheirWorkloadsWithinSeconds() {
        var context = start("demo");
        var namespaces = context.getBean(NamespaceService.class);
        var namespaceRequests = context.getBean(NamespaceRequestService.class);
        var workloads = context.getBean(WorkloadService.class);

        SignedIn.as("alice", Role.DEVOPS);
        assertThat(namespaces.visibleNamespaces()).extracting(NamespaceSummary::name, NamespaceSummary::yourRole,
                        summary -> summary.limits().cpuMhz())
                .as("team-a-ci approved with less CPU than asked").containsExactlyInAnyOrder(
                        tuple("team-a-shop", PermissionRole.OWNER, 60_000L),
                        tuple("team-a-ci", PermissionRole.OWNER, 24_000L));
        assertThat(namespaceRequests.myRequests()).extracting(NamespaceRequestView::namespaceName,
                        NamespaceRequestView::status, NamespaceRequestView::decidedBy)
                .contains(tuple("team-a-sandbox", RequestStatus.REJECTED, "admin"));
        assertThat(workloads.vms("team-a-ci")).extracting(WorkloadView::name, WorkloadView::createdBy)
                .containsExactly(tuple("runner-1", "alice"), tuple("runner-2", "alice"));

        SignedIn.as("bob", Role.DEVOPS);
        assertThat(namespaces.visibleNamespaces()).extracting(NamespaceSummary::name)
                .containsExactly("team-b-analytics");
        assertThat(workloads.tkgClusters("team-b-analytics")).singleElement()
                .satisfies(spark -> assertThat(spark.nodes()).hasSize(4));

        SignedIn.as("admin", Role.ADMIN);
        assertThat(namespaceRequests.pending()).extracting(NamespaceRequestView::namespaceName,
                NamespaceRequestView::requestedBy).containsExactly(tuple("team-b-staging", "bob"));
        assertThat(context.getBean(QuotaRequestService.class).pending()).extracting(QuotaRequestView::namespaceName,
                        QuotaRequestView::requestedBy, request -> request.requested().cpuMhz())
                .containsExactly(tuple("team-a-ci", "alice", 36_000L));
        assertThat(context.getBean(AuditLog.class).recent(AuditLog.MAX_RECENT))
                .extracting(AuditEntryView::actor, AuditEntryView::action, AuditEntryView::targetName)
                .as("each step audited as the one who took it").contains(
                        tuple("alice", "NAMESPACE_REQUESTED", "team-a-shop"),
                        tuple("admin", "NAMESPACE_APPROVED", "team-a-ci"),
                        tuple("admin", "NAMESPACE_REJECTED", "team-a-sandbox"),
                        tuple("admin", "HOST_MAINTENANCE_ENTERED", "esx-c-04"),
                        tuple("alice", "TKG_CLUSTER_CREATED", "team-a-shop/shop-prod"),
                        tuple("alice", "QUOTA_REQUESTED", "team-a-ci"),
                        tuple("bob", "VM_CREATED", "team-b-analytics/notebook"),
                        tuple("bob", "NAMESPACE_REQUESTED", "team-b-staging"));

        // Nothing ran a cycle yet when seeding ended: the zones' reconcile jobs place and start the workloads.
        SignedIn.as("alice", Role.DEVOPS);
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(workloads.vms("team-a-shop")).extracting(WorkloadView::name)
                    .containsExactly("postgres-1", "storefront-1", "storefront-2");
            assertThat(workloads.vms("team-a-shop")).allSatisfy(vm -> {
                assertThat(vm.status()).isEqualTo(WorkloadStatus.RUNNING);
                assertThat(vm.host()).startsWith("esx-").isNotEqualTo("esx-c-04");
            });
            assertThat(workloads.tkgClusters("team-a-shop")).singleElement()
                    .satisfies(cluster -> assertThat(cluster.health()).isEqualTo(ClusterHealth.RUNNING));
        });
        assertThat(context.getBean(ReconcileEvents.class).forNamespace("team-a-shop", ReconcileEvents.MAX))
                .extracting(EventView::workload, EventView::type)
                .contains(tuple("storefront-1", EventType.PLACED), tuple("storefront-1", EventType.STARTED),
                        tuple("shop-prod-control-plane-1", EventType.STARTED));
    }

    @Test
    void withoutTheDemoOnlyTheInitialAdminIsSeededWithTheConfiguredPassword() {
        var context = start("", "portal.initial-admin.password=s3cret-start");
        var users = context.getBean(UserAccounts.class);

        assertThat(users.require("admin").role()).isEqualTo(Role.ADMIN);
        assertThat(users.find("alice")).isEmpty();
        assertThat(users.find("bob")).isEmpty();
        String hash = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select password_hash from app_user where username = 'admin'", String.class);
        assertThat(context.getBean(PasswordEncoder.class).matches("s3cret-start", hash)).isTrue();
        SignedIn.as("admin", Role.ADMIN);
        assertThat(context.getBean(InventoryService.class).supervisor().zones())
                .allSatisfy(zone -> assertThat(zone.hosts()).isEmpty());
    }

    @Test
    void withoutTheDemoAndWithoutAnInitialAdminPasswordThePortalRefusesToStart() {
        assertThatThrownBy(() -> start(""))
                .hasStackTraceContaining("No admin exists yet: set portal.initial-admin.password");
    }

    @Test
    void theLdapDemoSignsTheDemosPeopleInThroughItsDirectoryAndSeedsNoLocalAccountForThem() throws Exception {
        var context = start("demo,ldap-demo", "portal.ldap.url=ldap://127.0.0.1:" + TestDirectory.freePort());
        var users = context.getBean(UserAccounts.class);
        assertThat(users.find("admin")).isEmpty();
        assertThat(users.find("alice")).isEmpty();
        assertThat(context.getBean(InventoryService.class).hosts()).hasSize(12);
        SignedIn.as("admin", Role.ADMIN);
        assertThat(context.getBean(NamespaceRequestService.class).pending())
                .as("nobody has an account yet to have asked for anything").isEmpty();
        assertThat(context.getBean(InventoryService.class).hostsNotReady(10)).isEmpty();
        SecurityContextHolder.clearContext();

        AuthenticationManager signIn = context.getBean(AuthenticationConfiguration.class).getAuthenticationManager();
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", "admin"))
                .getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("alice", "alice"))
                .getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_DEVOPS");
        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("bob", "bob"));
        assertThat(users.require("alice").teamName()).isEqualTo("team-a");
        assertThat(users.require("bob").teamName()).isEqualTo("team-b");
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("bob", "alice")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void theTopologyIsASetting() {
        var context = start("demo", "portal.supervisor.topology=SINGLE_ZONE");

        SignedIn.as("admin", Role.ADMIN);
        SupervisorView supervisor = context.getBean(InventoryService.class).supervisor();
        assertThat(supervisor.topology()).isEqualTo(Topology.SINGLE_ZONE);
        assertThat(supervisor.zones()).extracting(SupervisorView.Zone::name).containsExactly("zone-a");
    }

    private ConfigurableApplicationContext start(String profile, String... properties) {
        Map<String, Supplier<Object>> database = new HashMap<>();
        DynamicPropertyRegistry registry = database::put;
        TestDatabase.register(registry);
        List<String> args = new ArrayList<>();
        database.forEach((key, value) -> args.add("--" + key + "=" + value.get()));
        for (String property : properties) {
            args.add("--" + property);
        }
        var context = new SpringApplicationBuilder(BackendTestApplication.class)
                .profiles(profile.isEmpty() ? new String[0] : profile.split(","))
                .run(args.toArray(String[]::new));
        started.add(context);
        return context;
    }
}
