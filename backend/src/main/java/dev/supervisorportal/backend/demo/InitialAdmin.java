package dev.supervisorportal.backend.demo;

import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.users.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo, the only account seeded is {@code admin}, with the password from
 * {@code portal.initial-admin.password}. A portal with no admin yet refuses to start without it. Without local
 * accounts ({@code portal.local-accounts.enabled=false}) the admins are the directory's admin group, and none is made.
 */
@Component
@Profile("!demo")
@ConditionalOnBooleanProperty(name = "portal.local-accounts.enabled", matchIfMissing = true)
@Order(10)
class InitialAdmin implements ApplicationRunner {

    static final String PASSWORD_PROPERTY = "portal.initial-admin.password";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserAccounts users;
    private final String password;

    InitialAdmin(UserAccounts users, @Value("${" + PASSWORD_PROPERTY + ":}") String password) {
        this.users = users;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyAdminExists()) {
            return;
        }
        if (password.isBlank()) {
            throw new IllegalStateException("No admin exists yet: set " + PASSWORD_PROPERTY
                    + " (e.g. the environment variable PORTAL_INITIAL_ADMIN_PASSWORD) to create the user 'admin', "
                    + "or run with the profile 'demo'.");
        }
        users.create("admin", password, Role.ADMIN, null);
        log.info("Created the initial admin account 'admin'");
    }
}
