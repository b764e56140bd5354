package dev.supervisorportal.backend;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.junit.jupiter.api.AfterEach;

/** Base of the backend's integration tests: the whole backend on a database of its own (H2 or PostgreSQL). */
@SpringBootTest(classes = BackendTestApplication.class,
        // Quartz does not run the zone jobs by itself here: tests run reconcile cycles when they mean to.
        properties = {"portal.initial-admin.password=initial-admin-password", "spring.quartz.auto-startup=false"})
public abstract class IntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
