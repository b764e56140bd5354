package dev.supervisorportal.backend.inventory;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.TestNamespaces;
import dev.supervisorportal.backend.audit.AuditEntryView;
import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.WorkloadService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static dev.supervisorportal.backend.TestNamespaces.IMAGE;
import static dev.supervisorportal.backend.TestNamespaces.STORAGE_POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Removing a host from the inventory: only admins, only in maintenance, only with nothing placed on it. */
class HostRemovalIT extends IntegrationTest {

    @Autowired
    InventoryService inventory;
    @Autowired
    WorkloadService workloads;
    @Autowired
    TestNamespaces setup;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEmptyHostInMaintenanceLeavesTheInventory() {
        setup.seedCatalog();
        String alice = setup.user("alice", Role.DEVOPS, null);
        String ns = setup.approvedNamespace(alice, 30_000, 98_304, 600);
        workloads.createVm(ns, new CreateVmCommand("web", "best-effort-xsmall", IMAGE, STORAGE_POLICY, 10L, "zone-b"));
        String admin = setup.user("admin", Role.ADMIN, null);
        SignedIn.as(admin, Role.ADMIN);
        String host = "esx-rm-" + TestNamespaces.shortId();
        inventory.addHost(new AddHostCommand("zone-b", host, 50_000L, 100_000L, 1_000L));

        SignedIn.as(alice, Role.DEVOPS);
        assertThatThrownBy(() -> inventory.removeHost(host)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(admin, Role.ADMIN);
        assertThatThrownBy(() -> inventory.removeHost("esx-none")).isInstanceOf(NotFoundException.class)
                .hasMessage("The Supervisor has no host named esx-none.");
        assertThatThrownBy(() -> inventory.removeHost(host)).isInstanceOf(ConflictException.class)
                .hasMessage(host + " is READY; put it into maintenance first, so its workloads move away, then remove it.");

        inventory.enterMaintenance(host);
        long hostId = jdbc.queryForObject("select id from host where name = ?", Long.class, host);
        jdbc.update("update workload set host_id = ?, status = 'RUNNING' where name = 'web' and namespace_id = "
                + "(select id from namespace where name = ?)", hostId, ns);
        assertThatThrownBy(() -> inventory.removeHost(host)).isInstanceOf(ConflictException.class)
                .hasMessage(host + " still has 1 workload on it; wait until the reconciler has moved them away, then "
                        + "remove it.");

        jdbc.update("update workload set host_id = null, status = 'PENDING' where host_id = ?", hostId);
        inventory.removeHost(host);
        assertThat(inventory.hosts()).extracting(ZoneHost::name).doesNotContain(host);
        assertThat(audit.recent(20)).filteredOn(entry -> entry.targetName().equals(host))
                .extracting(AuditEntryView::action, AuditEntryView::outcome)
                .contains(tuple("HOST_ADDED", "READY"), tuple("HOST_REMOVED", "REMOVED"));
    }
}
