package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.supervisorportal.backend.TestNamespaces.IMAGE;
import static dev.supervisorportal.backend.TestNamespaces.STORAGE_POLICY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin deletes a namespace with its workloads while its editors create and delete VMs in it: each call either
 * happens before the deletion or is told the namespace (or VM) is not there; nothing deadlocks or fails otherwise,
 * and nothing of the namespace is left. Run on H2 and on PostgreSQL.
 */
class ParallelNamespaceDeletionIT extends WorkloadIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDeletionRacingCreatesAndDeletesLeavesNothingBehind() throws Exception {
        setup.seedCatalog();
        String alice = setup.user("alice", Role.DEVOPS, null);
        String admin = setup.user("admin", Role.ADMIN, null);
        String namespace = setup.approvedNamespace(alice, 3_000_000, 30_000_000, 300_000);
        for (int i = 0; i < 10; i++) {
            workloads.createVm(namespace, vm("old-" + i));
        }
        long namespaceId = jdbc.queryForObject("select id from namespace where name = ?", Long.class, namespace);

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int n = i;
            calls.add(() -> as(alice, Role.DEVOPS, start, () -> {
                if (n % 3 == 0) {
                    workloads.deleteVm(namespace, "old-" + (n / 3));
                    return "deleted";
                }
                return workloads.createVm(namespace, vm("new-" + n));
            }));
            if (i == 15) {
                calls.add(() -> as(admin, Role.ADMIN, start, () -> {
                    namespaces.delete(namespace, true, namespace);
                    return "namespace deleted";
                }));
            }
        }
        var pool = Executors.newFixedThreadPool(8);
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<Object>> futures = new ArrayList<>();
            calls.forEach(call -> futures.add(pool.submit(call)));
            start.countDown();
            for (Future<Object> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).contains("namespace deleted");
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOfAny(String.class, WorkloadView.class, NotFoundException.class));
        for (String table : List.of("workload", "tkg_cluster", "zone_quota", "namespace_permission", "namespace")) {
            String column = table.equals("namespace") ? "id" : "namespace_id";
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class,
                    namespaceId)).as(table).isZero();
        }
    }

    private static Object as(String user, Role role, CountDownLatch start, Callable<Object> call) throws Exception {
        SignedIn.as(user, role);
        start.await();
        try {
            return call.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static CreateVmCommand vm(String name) {
        return new CreateVmCommand(name, "best-effort-xsmall", IMAGE, STORAGE_POLICY, 10L, null);
    }
}
