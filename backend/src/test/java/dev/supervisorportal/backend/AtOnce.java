package dev.supervisorportal.backend;

import dev.supervisorportal.backend.users.Role;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Fires calls at once from a pool of threads, each signed in as one user, for the tests of races. */
public final class AtOnce {

    private AtOnce() {
    }

    /**
     * Runs every call signed in as {@code username}, all released together, and returns what each returned or the
     * exception it threw, in the calls' order.
     */
    public static List<Object> run(String username, Role role, int threads, List<Callable<Object>> calls)
            throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            calls.forEach(call -> futures.add(pool.submit(() -> {
                SignedIn.as(username, role);
                start.await();
                try {
                    return call.call();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            })));
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
