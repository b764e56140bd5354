package dev.supervisorportal.backend.signin;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.MovableClock;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's counts in the database: parallel failures, nodes sharing it, stale rows pruned. */
@Import(MovableClock.Config.class)
class SignInThrottleIT extends IntegrationTest {

    @Autowired
    SignInThrottle throttle;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void parallelFailuresAllCount() throws Exception {
        String account = "parallel-" + UUID.randomUUID();
        String address = "10.66.0.1";
        int parallel = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        try {
            List<Callable<Object>> failures = IntStream.range(0, parallel).<Callable<Object>>mapToObj(i -> () -> {
                start.await();
                return throttle.failed(account, address);
            }).toList();
            List<Future<Object>> results = failures.stream().map(threads::submit).toList();
            start.countDown();
            for (Future<Object> result : results) {
                result.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(failuresOf("ACCOUNT", account)).isEqualTo(parallel);
        assertThat(failuresOf("ADDRESS", address)).isEqualTo(parallel);
        SignedIn.as("admin", Role.ADMIN);
        assertThat(throttle.locks()).contains(new SignInLock(SignInKeyKind.ACCOUNT, account, parallel,
                clock.instant().plus(Duration.ofMinutes(15))));
    }

    @Test
    void aCheckOnAnotherNodeSeesTheLockInTheSharedDatabase() {
        String account = "shared-" + UUID.randomUUID();
        IntStream.range(0, 5).forEach(i -> throttle.failed(account, null));
        // Another node has nothing but the database: the row is what it reads.
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where kind = 'ACCOUNT' and name = ? "
                + "and not_before > ?", Integer.class, account, java.sql.Timestamp.from(clock.instant())))
                .isEqualTo(1);
    }

    @Test
    void failuresQuietForAnHourAreForgottenAndTheirRowsDeleted() {
        String stale = "stale-" + UUID.randomUUID();
        throttle.failed(stale, "10.66.0.2");
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        throttle.failed("fresh-" + UUID.randomUUID(), "10.66.0.3");
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where name in (?, ?)", Integer.class,
                stale, "10.66.0.2")).isZero();
    }

    private int failuresOf(String kind, String name) {
        return jdbc.queryForObject("select failures from sign_in_failure where kind = ? and name = ?", Integer.class,
                kind, name);
    }
}
