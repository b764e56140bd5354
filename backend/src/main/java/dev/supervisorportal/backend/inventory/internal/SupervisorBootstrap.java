package dev.supervisorportal.backend.inventory.internal;

import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.SupervisorSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the configured Supervisor and its zones on the first start; later starts keep what is there. */
@Component
@Order(0)
@EnableConfigurationProperties(SupervisorSettings.class)
class SupervisorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SupervisorBootstrap.class);

    private final InventoryService inventory;
    private final SupervisorSettings settings;

    SupervisorBootstrap(InventoryService inventory, SupervisorSettings settings) {
        this.inventory = inventory;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!inventory.isSetUp()) {
            inventory.setUp(settings);
            log.info("Created Supervisor {} ({}, zones {})", settings.name(), settings.topology(),
                    settings.topology().defaultZoneNames());
        }
    }
}
