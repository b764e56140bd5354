package dev.supervisorportal.backend.users;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.common.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A directory's or provider's sign-in makes a portal account without a password, maps groups to the admin role and a
 * team, applies group changes at the next sign-in, and never takes over an account of another source.
 */
@TestPropertySource(properties = {"portal.directory.admin-group=Portal-Admins",
        "portal.directory.team-groups.devops-a=team-a", "portal.directory.team-groups.devops-b=team-b"})
class DirectoryAccountsIT extends IntegrationTest {

    @Autowired
    DirectoryAccounts directory;
    @Autowired
    UserAccounts users;
    @Autowired
    UserDetailsService localSignIn;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstSignInCreatesTheAccountWithoutAPasswordAndGroupsDecideRoleAndTeam() {
        String name = unique("carol");
        UserRef carol = directory.signedIn(name, AccountSource.LDAP, List.of("staff", "devops-b", "devops-a"));

        assertThat(carol.role()).isEqualTo(Role.DEVOPS);
        assertThat(carol.teamName()).as("the first mapped group in the configured order").isEqualTo("team-a");
        assertThat(users.find(name)).contains(carol);
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, name))
                .isNull();
        assertThatThrownBy(() -> localSignIn.loadUserByUsername(name))
                .as("the password form cannot sign a directory account in")
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void groupChangesApplyAtTheNextSignIn() {
        String name = unique("dave");
        directory.signedIn(name, AccountSource.OIDC, List.of("devops-a"));

        UserRef promoted = directory.signedIn(name, AccountSource.OIDC, List.of("portal-admins", "devops-b"));
        assertThat(promoted.role()).as("group names compare without case").isEqualTo(Role.ADMIN);
        assertThat(promoted.teamName()).isEqualTo("team-b");

        UserRef demoted = directory.signedIn(name, AccountSource.OIDC, List.of());
        assertThat(demoted.role()).isEqualTo(Role.DEVOPS);
        assertThat(demoted.teamName()).isNull();
        assertThat(demoted.id()).as("still the same account").isEqualTo(promoted.id());
    }

    @Test
    void aNameOfAnotherSourceIsRefusedNotTakenOver() {
        String name = unique("erin");
        users.create(name, "pw", Role.DEVOPS, null);

        assertThatThrownBy(() -> directory.signedIn(name, AccountSource.LDAP, List.of("portal-admins")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("The name " + name + " belongs to an account that signs in as LOCAL");
        assertThat(users.require(name).role()).as("the local account kept its role").isEqualTo(Role.DEVOPS);

        String ldapName = unique("frank");
        directory.signedIn(ldapName, AccountSource.LDAP, List.of());
        assertThatThrownBy(() -> directory.signedIn(ldapName, AccountSource.OIDC, List.of()))
                .isInstanceOf(ConflictException.class);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
