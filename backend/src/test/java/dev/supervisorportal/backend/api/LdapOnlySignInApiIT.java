package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.TestDirectory;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** With {@code portal.local-accounts.enabled=false} only the directory signs people in; the password table is not read. */
@ActiveProfiles("ldap")
@TestPropertySource(properties = "portal.local-accounts.enabled=false")
class LdapOnlySignInApiIT extends ApiIntegrationTest {

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
    void aLocalAccountNoLongerSignsInButTheDirectorysPeopleDo() {
        String local = user("local", Role.ADMIN, null);
        assertThat(get(local, "/api/v1/namespaces").assertProblem(401).detail())
                .isEqualTo("Sign in with HTTP Basic: your portal user name and password.");

        String name = unique("lena");
        DIRECTORY.addPerson(name, "lena-secret", "portal-admins");
        assertThat(call(null, MockMvcRequestBuilders.get("/api/v1/audit").with(httpBasic(name, "lena-secret")))
                .status()).isEqualTo(200);
    }
}
