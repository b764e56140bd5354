package dev.supervisorportal.portal.security;

import dev.supervisorportal.SupervisorPortalApplication;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.users.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The sign-in form ({@code POST /login}) through the portal's own filter chain: a wrong password goes back to the
 * generic error, a locked account to the page that says when to try again, even with the right password. Here the
 * first failure is not delayed and the second one locks, so the test need not wait.
 */
@SpringBootTest(classes = SupervisorPortalApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:sign-in-form;DB_CLOSE_DELAY=-1",
        "portal.initial-admin.password=initial-admin-password", "spring.quartz.auto-startup=false",
        "portal.sign-in.throttle.first-delay=0s", "portal.sign-in.throttle.account-lock-after=2"})
class SignInFormIT {

    private static final String PASSWORD = "right-password";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAccounts users;

    private MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
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
