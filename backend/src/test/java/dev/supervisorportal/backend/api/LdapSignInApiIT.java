package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.TestDirectory;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.users.UserRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The profile {@code ldap} against a real directory (UnboundID in memory): people of the directory sign in over HTTP
 * Basic beside the local accounts, get a portal account without a password whose role and team their groups decide at
 * every sign-in, and every failure (wrong password, unknown name, a local account's name, the directory down) is a 401
 * problem detail that writes nothing.
 */
@ActiveProfiles("ldap")
class LdapSignInApiIT extends ApiIntegrationTest {

    static final TestDirectory DIRECTORY = TestDirectory.start();

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry registry) {
        DIRECTORY.register(registry);
    }

    @AfterAll
    static void stopDirectory() {
        DIRECTORY.stop();
    }

    @Test
    void aDirectoryUserSignsInAndGetsAnAccountWithTheMappedTeamButNoPassword() {
        String name = unique("dana");
        DIRECTORY.addPerson(name, "dana-secret", "devops-a");

        assertThat(users.find(name)).as("no account before the first sign-in").isEmpty();
        assertThat(as(name, "dana-secret", "/api/v1/namespaces").status()).isEqualTo(200);

        UserRef account = users.require(name);
        assertThat(account.role()).isEqualTo(Role.DEVOPS);
        assertThat(account.teamName()).isEqualTo("team-a");
        assertThat(jdbc.queryForMap("select password_hash, source from app_user where username = ?", name))
                .containsEntry("password_hash", null).containsEntry("source", "LDAP");
    }

    @Test
    void theAdminGroupReachesAdminOnlyEndpointsAndADevOpsGroupGets403() {
        String admin = unique("ada");
        String devops = unique("dev");
        DIRECTORY.addPerson(admin, "ada-secret", "portal-admins");
        DIRECTORY.addPerson(devops, "dev-secret", "devops-b");

        assertThat(as(admin, "ada-secret", "/api/v1/audit").status()).isEqualTo(200);
        assertThat(as(devops, "dev-secret", "/api/v1/audit").assertProblem(403).detail())
                .isEqualTo("Only administrators may do this.");
        call(null, MockMvcRequestBuilders.get("/api/v1/audit")).assertProblem(401);
    }

    @Test
    void aWrongPasswordOrANameTheDirectoryDoesNotKnowIs401AndMakesNoAccount() {
        String name = unique("wes");
        DIRECTORY.addPerson(name, "wes-secret", "devops-a");
        String stranger = unique("stranger");

        assertThat(as(name, "not-it", "/api/v1/namespaces").assertProblem(401).detail())
                .isEqualTo("Sign in with HTTP Basic: your portal user name and password.");
        assertThat(as(stranger, "whatever", "/api/v1/namespaces").assertProblem(401).detail())
                .isEqualTo("Sign in with HTTP Basic: your portal user name and password.");
        assertThat(users.find(name)).isEmpty();
        assertThat(users.find(stranger)).isEmpty();
    }

    @Test
    void aGroupChangeInTheDirectoryAppliesAtTheNextSignIn() {
        String name = unique("gil");
        DIRECTORY.addPerson(name, "gil-secret", "devops-a");
        assertThat(as(name, "gil-secret", "/api/v1/audit").status()).isEqualTo(403);
        assertThat(users.require(name).teamName()).isEqualTo("team-a");

        DIRECTORY.leave(name, "devops-a");
        DIRECTORY.join(name, "devops-b");
        DIRECTORY.join(name, "portal-admins");

        assertThat(as(name, "gil-secret", "/api/v1/audit").status()).isEqualTo(200);
        UserRef promoted = users.require(name);
        assertThat(promoted.role()).isEqualTo(Role.ADMIN);
        assertThat(promoted.teamName()).isEqualTo("team-b");
    }

    @Test
    void localAccountsStillSignInBesideTheDirectory() {
        String local = user("local", Role.DEVOPS, null);
        assertThat(get(local, "/api/v1/namespaces").status()).isEqualTo(200);
        assertThat(as(local, "wrong", "/api/v1/namespaces").assertProblem(401).detail())
                .isEqualTo("Sign in with HTTP Basic: your portal user name and password.");
    }

    @Test
    void aLocalAccountsNameInTheDirectoryIsRefusedWithTheReasonAndNothingIsWritten() {
        String name = user("clash", Role.DEVOPS, null);
        DIRECTORY.addPerson(name, "directory-secret", "portal-admins", "devops-b");
        Map<String, Object> before = jdbc.queryForMap("select * from app_user where username = ?", name);
        long teams = jdbc.queryForObject("select count(*) from team", Long.class);

        Reply refused = as(name, "directory-secret", "/api/v1/audit").assertProblem(401);
        assertThat(refused.detail()).isEqualTo("The name " + name
                + " belongs to an account that signs in as LOCAL; ask an admin to rename one of them.");
        assertThat(refused.body()).doesNotContain("Exception");
        assertThat(jdbc.queryForMap("select * from app_user where username = ?", name)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from team", Long.class)).isEqualTo(teams);

        assertThat(get(name, "/api/v1/namespaces").status()).as("the local password still works").isEqualTo(200);
    }

    @Test
    void withTheDirectoryDownItsPeopleGetA401SayingSoAndLocalAccountsStillSignIn() {
        String name = unique("otto");
        DIRECTORY.addPerson(name, "otto-secret", "devops-a");
        String local = user("local", Role.DEVOPS, null);

        DIRECTORY.goDown();
        try {
            assertThat(as(name, "otto-secret", "/api/v1/namespaces").assertProblem(401).detail())
                    .isEqualTo("The directory cannot be reached, so its users cannot sign in right now. Try again in "
                            + "a moment; if it keeps failing, tell an admin.");
            assertThat(call(null, MockMvcRequestBuilders.get("/api/v1/namespaces")
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "de").with(httpBasic(name, "otto-secret")))
                    .assertProblem(401).detail()).startsWith("Das Verzeichnis ist nicht erreichbar");
            assertThat(get(local, "/api/v1/namespaces").status()).isEqualTo(200);
            assertThat(users.find(name)).isEmpty();
        } finally {
            DIRECTORY.comeBack();
        }
        assertThat(as(name, "otto-secret", "/api/v1/namespaces").status()).as("back again").isEqualTo(200);
    }

    private Reply as(String name, String password, String path) {
        return call(null, MockMvcRequestBuilders.get(path).with(httpBasic(name, password)));
    }
}
