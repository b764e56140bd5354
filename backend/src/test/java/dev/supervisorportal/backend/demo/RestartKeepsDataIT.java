package dev.supervisorportal.backend.demo;

import dev.supervisorportal.backend.BackendTestApplication;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorView;
import dev.supervisorportal.backend.namespaces.NamespaceRequestService;
import dev.supervisorportal.backend.namespaces.NamespaceRequestView;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.users.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The default database is an H2 file under ./data: what was written is there after a restart, seeded once. */
class RestartKeepsDataIT {

    @TempDir
    Path folder;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDefaultDatabaseIsAnH2FileUnderData() throws Exception {
        Properties defaults = new Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            defaults.load(in);
        }
        assertThat(defaults.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:file:./data/supervisor-portal");
    }

    @Test
    void aRestartedPortalKeepsItsDataAndSeedsNothingTwice() {
        String url = "jdbc:h2:file:" + folder.resolve("portal") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (var first = start(url)) {
            first.getBean(UserAccounts.class).create("carol", "carol", Role.DEVOPS, "team-c");
        }
        assertThat(Files.exists(folder.resolve("portal.mv.db"))).isTrue();

        try (var second = start(url)) {
            assertThat(second.getBean(UserAccounts.class).require("carol").teamName()).isEqualTo("team-c");
            SignedIn.as("admin", Role.ADMIN);
            SupervisorView supervisor = second.getBean(InventoryService.class).supervisor();
            assertThat(supervisor.zones()).hasSize(3)
                    .allSatisfy(zone -> assertThat(zone.hosts()).hasSize(DemoData.HOSTS_PER_ZONE));
            assertThat(second.getBean(NamespaceRequestService.class).pending()).extracting(NamespaceRequestView::namespaceName)
                    .as("the demo's history played once").containsExactly(DemoHistory.STAGING);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(BackendTestApplication.class)
                .profiles("demo")
                .run("--spring.datasource.url=" + url,
                        "--spring.quartz.scheduler-name=restart-" + UUID.randomUUID());
    }
}
