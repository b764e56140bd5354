package dev.supervisorportal.backend.demo;

import dev.supervisorportal.backend.BackendTestApplication;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a first start seeds: the demo with its profile, only an initial admin without it. */
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
        assertThat(supervisor.zones()).allSatisfy(zone -> assertThat(zone.hosts()).hasSize(4)
                .allSatisfy(host -> assertThat(host.state()).isEqualTo(HostState.READY)));
        assertThat(supervisor.zones().get(1).hosts()).extracting(HostView::name)
                .containsExactly("esx-b-01", "esx-b-02", "esx-b-03", "esx-b-04");
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
