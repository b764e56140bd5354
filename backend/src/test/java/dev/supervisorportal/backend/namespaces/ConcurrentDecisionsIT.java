package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.users.UserAccounts;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Two admins deciding on one request at the same moment: exactly one decision counts, whatever the interleaving. */
class ConcurrentDecisionsIT extends IntegrationTest {

    @Autowired
    NamespaceRequestService requests;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    @RepeatedTest(5)
    void twoAdminsApprovingTheSameRequestAtOnceCreateOneNamespace() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String requester = users.create("dev-" + suffix, "pw", Role.DEVOPS, null).username();
        List<String> admins = List.of(users.create("first-" + suffix, "pw", Role.ADMIN, null).username(),
                users.create("second-" + suffix, "pw", Role.ADMIN, null).username());
        String name = "race-" + suffix;
        SignedIn.as(requester, Role.DEVOPS);
        long id = requests.submit(new NamespaceRequestCommand(name, 3001L, 3000L, 30L, "race")).id();

        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<Object>> decisions = new ArrayList<>();
        decisions.add(() -> decide(start, admins.get(0), () -> requests.approve(id)));
        decisions.add(() -> decide(start, admins.get(1), () -> requests.approveAdjusted(id, 6000L, 6000L, 60L)));
        var pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes = new ArrayList<>();
        try {
            for (Future<Object> future : pool.invokeAll(decisions)) {
                outcomes.add(outcome(future));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).filteredOn(NamespaceRequestView.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(Throwable.class::isInstance).singleElement()
                .satisfies(refusal -> assertThat(refusal).isInstanceOfAny(ConflictException.class,
                        OptimisticLockingFailureException.class, DataIntegrityViolationException.class));
        assertThat(count("select count(*) from namespace where name = ?", name)).isEqualTo(1);
        assertThat(count("select count(*) from zone_quota q join namespace n on n.id = q.namespace_id where n.name = ?", name))
                .isEqualTo(3);
        assertThat(count("select count(*) from audit_entry where action = 'NAMESPACE_APPROVED' and target_name = ?", name))
                .isEqualTo(1);
        assertThat(count("select count(*) from namespace_permission p join namespace n on n.id = p.namespace_id where n.name = ?", name))
                .isEqualTo(1);
    }

    private static Object decide(CyclicBarrier start, String admin, Callable<NamespaceRequestView> decision) throws Exception {
        SignedIn.as(admin, Role.ADMIN);
        start.await();
        try {
            return decision.call();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private static Object outcome(Future<Object> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private int count(String sql, String name) {
        return jdbc.queryForObject(sql, Integer.class, name);
    }
}
