package dev.supervisorportal.portal.signin;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import dev.supervisorportal.SupervisorPortalApplication;
import dev.supervisorportal.backend.signin.SignInKeyKind;
import dev.supervisorportal.backend.signin.SignInLock;
import dev.supervisorportal.backend.signin.SignInThrottle;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The throttle in the portal: the sign-in form ({@code POST /login}) through the portal's own filter chain, and the
 * admins' page of locks. Here the first failure is not delayed and the second one locks, so the test need not wait.
 */
@SpringBootTest(classes = SupervisorPortalApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:sign-in-portal;DB_CLOSE_DELAY=-1",
        "portal.initial-admin.password=initial-admin-password", "spring.quartz.auto-startup=false",
        "portal.sign-in.throttle.first-delay=0s", "portal.sign-in.throttle.account-lock-after=2"})
class SignInPortalIT {

    private static final String PASSWORD = "right-password";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAccounts users;
    @Autowired
    SignInThrottle throttle;
    /** Vaadin's, which the services' method security reads. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    private MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        securityContexts.clearContext();
        PortalUi.close();
    }

    @Test
    void aLockedAccountIsSentBackWithWhenToTryAgainWhileOthersSignIn() throws Exception {
        String locked = account("kim");
        String other = account("lee");
        assertThat(signIn(locked, "wrong", "10.5.0.1")).isEqualTo("/login?error");
        assertThat(signIn(locked, "wrong", "10.5.0.1")).isEqualTo("/login?locked=60");
        assertThat(signIn(locked, PASSWORD, "10.5.0.2")).isEqualTo("/login?locked=60");
        assertThat(signIn(other, PASSWORD, "10.5.0.3")).isEqualTo("/");
    }

    @Test
    void onlyAdminsOpenTheLocksPage() {
        var checker = new AccessAnnotationChecker();
        Principal someone = () -> "someone";
        assertThat(checker.hasAccess(SignInLocksView.class, null, role -> false)).as("anonymous").isFalse();
        assertThat(checker.hasAccess(SignInLocksView.class, someone, "DEVOPS"::equals)).as("DevOps").isFalse();
        assertThat(checker.hasAccess(SignInLocksView.class, someone, "ADMIN"::equals)).as("admin").isTrue();
    }

    @Test
    void anAdminSeesTheLockAndLiftsIt() throws Exception {
        String locked = account("max");
        signIn(locked, "wrong", "10.6.0.1");
        signIn(locked, "wrong", "10.6.0.1");
        PortalUi.open(Locale.GERMAN);
        signedInAs("admin", Role.ADMIN);
        var view = new SignInLocksView(throttle);
        SignInLock lock = view.shown().stream().filter(shown -> shown.name().equals(locked)).findFirst().orElseThrow();
        assertThat(lock.kind()).isEqualTo(SignInKeyKind.ACCOUNT);
        assertThat(lock.failures()).isEqualTo(2);

        view.unlock(lock);
        assertThat(view.shown()).extracting(SignInLock::name).doesNotContain(locked);
        assertThat(signIn(locked, PASSWORD, "10.6.0.1")).isEqualTo("/");
        signedInAs("admin", Role.ADMIN);
        view.unlock(lock);
        assertThat(view.error()).isEqualTo("'" + locked + "' ist nicht gesperrt.");
    }

    private void signedInAs(String name, Role role) {
        securityContexts.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name,
                null, AuthorityUtils.createAuthorityList(role.authority())));
    }

    private String account(String prefix) {
        return users.create(prefix + "-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD, Role.DEVOPS, null)
                .username();
    }

    private String signIn(String username, String password, String address) throws Exception {
        var response = mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return response.getRedirectedUrl();
    }
}
