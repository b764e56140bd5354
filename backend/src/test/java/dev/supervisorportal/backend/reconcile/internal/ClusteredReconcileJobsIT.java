package dev.supervisorportal.backend.reconcile.internal;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.TestDatabase;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.reconcile.ReconcileSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobPersistenceException;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Two portal nodes on one database: two Quartz schedulers of one clustered scheduler name, each with the portal's
 * Quartz settings, its own instance id and its own (mocked) {@link ZoneReconciler}, running the real
 * {@link ReconcileZoneJob} on the jobs and triggers {@link ReconcileJobRegistrar} registers. They share the test's database (H2 in
 * memory or a PostgreSQL database of its own) with the backend started by {@link IntegrationTest}, whose own scheduler
 * has another name, so Quartz keeps its rows apart.
 */
class ClusteredReconcileJobsIT extends IntegrationTest {

    /**
     * Six zones, whose cycles keep more than one node's three threads busy. Quartz does not balance a light load: with
     * three zones one node often ran nearly every cycle (Quartz favours the node that was just active), and the other
     * only had to be able to.
     */
    private static final List<String> ZONES = List.of("zone-a", "zone-b", "zone-c", "zone-d", "zone-e", "zone-f");
    private static final Duration INTERVAL = Duration.ofMillis(200);

    @Autowired
    QuartzProperties quartz;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final InventoryService inventory = mock(InventoryService.class);
    private final String clusterName = "two-nodes-" + UUID.randomUUID();
    private final List<SchedulerFactoryBean> nodes = new ArrayList<>();
    private final List<Cycle> cycles = new CopyOnWriteArrayList<>();
    private final long origin = System.nanoTime();
    /** Before the kill cycles take 50–300 ms, so some outlast the interval and the next firing must wait; then 20 ms. */
    private volatile boolean shortCycles;
    private volatile String nodeToFreeze;
    private final AtomicReference<String> frozenZone = new AtomicReference<>();
    private final CountDownLatch frozen = new CountDownLatch(1);
    private final CountDownLatch killed = new CountDownLatch(1);

    record Cycle(String zone, String node, long startNanos, long endNanos) {

        boolean overlaps(Cycle other) {
            return startNanos < other.endNanos && other.startNanos < endNanos;
        }
    }

    @AfterEach
    void stopNodes() throws Exception {
        killed.countDown();
        for (SchedulerFactoryBean node : nodes) {
            node.destroy();
        }
    }

    @BeforeEach
    void sixZones() {
        when(inventory.zoneRefs())
                .thenReturn(ZONES.stream().map(zone -> new ZoneRef(ZONES.indexOf(zone), zone)).toList());
    }

    @Test
    void twoNodesNeverRunOneZoneTwiceAtOnceShareTheZonesAndTheSurvivorTakesOverEveryZone() throws Exception {
        Scheduler one = startNode("node-1");
        Scheduler two = startNode("node-2");

        Thread.sleep(4_000);
        long bothNodesUntil = now();

        // Kill node 1 in the middle of a cycle: as far as the database knows that cycle never ends, so its zone's
        // trigger stays BLOCKED until node 2's cluster manager misses node 1's check-ins and recovers its work.
        nodeToFreeze = "node-1";
        assertThat(frozen.await(10, TimeUnit.SECONDS)).as("node 1 started a cycle").isTrue();
        long killedAt = now();
        crash(one);
        shortCycles = true;

        long deadline = killedAt + Duration.ofSeconds(30).toNanos();
        while (!ranEveryZoneAfter("node-2", killedAt) && now() < deadline) {
            Thread.sleep(50);
        }
        long takenOverAt = now();
        Thread.sleep(3_000);
        two.shutdown(true);

        List<Cycle> before = cycles.stream().filter(c -> c.startNanos() < bothNodesUntil).toList();
        List<Cycle> after = cycles.stream().filter(c -> c.startNanos() >= killedAt).toList();
        String stuckZone = frozenZone.get();
        long stuckFor = firstStartAfter(stuckZone, "node-2", killedAt) - killedAt;
        long sinceBack = now() - killedAt - stuckFor;
        System.out.printf("%s: with both nodes %d cycles (node-1 %d, node-2 %d); node 1 killed in a cycle of %s;"
                        + " node 2 ran %s again after %d ms and every zone after %d ms; since then %d cycles of %s"
                        + " in %d ms, where one per interval makes %d%n",
                TestDatabase.kind(), before.size(), countOn(before, "node-1"), countOn(before, "node-2"), stuckZone,
                stuckZone, millis(stuckFor), millis(takenOverAt - killedAt),
                after.stream().filter(c -> c.zone().equals(stuckZone)).count(), stuckZone, millis(sinceBack),
                sinceBack / INTERVAL.toNanos() + 1);

        assertThat(overlapsOfOneZone()).as("cycles of one zone running at the same time").isEmpty();
        assertThat(countOn(before, "node-1")).as("cycles on node 1").isPositive();
        assertThat(countOn(before, "node-2")).as("cycles on node 2").isPositive();
        assertThat(before).as("cycles of different zones side by side on the two nodes")
                .anySatisfy(c -> assertThat(before).anyMatch(d -> !d.zone().equals(c.zone())
                        && !d.node().equals(c.node()) && d.overlaps(c)));
        // A cycle node 1 had fired (and recorded) just before the kill may still start in its threads, which a real
        // crash would have stopped; its zone stays blocked for node 2 until the recovery all the same.
        assertThat(after).as("cycles node 1 started later than a second after it was killed")
                .noneMatch(c -> c.node().equals("node-1") && c.startNanos() > killedAt + Duration.ofSeconds(1).toNanos());
        assertThat(ranEveryZoneAfter("node-2", killedAt)).as("node 2 ran every zone after the kill").isTrue();
        // Quartz declares a node dead 7.5 s after its check-in is overdue: before that, node 1's cycle still holds
        // the zone; after it, node 2 recovers it at its next check-in. With the portal's 5 s check-in: 7.5–17.5 s.
        assertThat(Duration.ofNanos(stuckFor)).isBetween(Duration.ofMillis(7_500), Duration.ofSeconds(25));
        // The takeover is later than the portal's misfire threshold (5 s), so node 2 does not replay the zone's missed
        // cycles in a burst (with Quartz's default of 60 s it ran 51-88 of them in 3.5 s): about one per interval.
        assertThat(after.stream().filter(c -> c.zone().equals(stuckZone) && c.node().equals("node-2")).count())
                .as("cycles of %s on node 2 since it took the zone over", stuckZone)
                .isLessThanOrEqualTo(sinceBack / INTERVAL.toNanos() + 3);
    }

    /**
     * One portal node: a scheduler built as Spring Boot's QuartzAutoConfiguration builds the portal's, from the
     * backend's {@code spring.quartz.*} settings; then ReconcileJobRegistrar registers the zone jobs, as on start.
     */
    private Scheduler startNode(String node) throws Exception {
        Properties properties = new Properties();
        properties.putAll(quartz.getProperties());
        properties.put("org.quartz.scheduler.instanceId", node + "-" + clusterName);
        properties.put("org.quartz.jobStore.class", CrashableJobStore.class.getName());
        ZoneReconciler reconciler = mock(ZoneReconciler.class);
        // The mocked cycles never fail and never ask for an early cycle, so the job never needs a trigger.
        ReconcileTrigger trigger = mock(ReconcileTrigger.class);
        doAnswer(call -> {
            runCycle(call.getArgument(0), node);
            return new CycleResult(Msg.of("reconcile.run.idle"), Optional.empty());
        }).when(reconciler).reconcile(anyString());

        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setSchedulerName(clusterName);
        factory.setWaitForJobsToCompleteOnShutdown(quartz.isWaitForJobsToCompleteOnShutdown());
        factory.setOverwriteExistingJobs(quartz.isOverwriteExistingJobs());
        factory.setQuartzProperties(properties);
        factory.setDataSource(dataSource);
        factory.setTransactionManager(transactionManager);
        factory.setJobFactory((bundle, scheduler) -> new ReconcileZoneJob(reconciler, trigger, new RetryBackoff(null, null),
                Clock.systemUTC()));
        factory.setAutoStartup(false);
        factory.afterPropertiesSet();
        nodes.add(factory);
        Scheduler scheduler = factory.getObject();
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        factory.start();
        new ReconcileJobRegistrar(scheduler, inventory,
                new ReconcileSettings(INTERVAL, null, null, null, null, null, null, null), transactionManager)
                .registerZoneJobs();
        return scheduler;
    }

    private void runCycle(String zone, String node) throws InterruptedException {
        long start = now();
        if (node.equals(nodeToFreeze) && frozenZone.compareAndSet(null, zone)) {
            frozen.countDown();
            killed.await();
        } else {
            Thread.sleep(shortCycles ? 20 : ThreadLocalRandom.current().nextLong(50, 300));
        }
        cycles.add(new Cycle(zone, node, start, now()));
    }

    /**
     * As close to {@code kill -9} as one JVM gets. Quartz 2.5's {@code shutdown(false)} alone is an orderly stop:
     * it stops check-ins and lets running jobs finish without recording them, but its scheduler thread first gives
     * back the triggers it has acquired. So the node first loses the database, and from then on cannot check in,
     * acquire, fire, release or record anything; only then are its threads stopped.
     */
    private void crash(Scheduler node) throws Exception {
        CrashableJobStore.crashed.add(node.getSchedulerInstanceId());
        killed.countDown();
        node.shutdown(false);
    }

    private boolean ranEveryZoneAfter(String node, long nanos) {
        return ZONES.stream().allMatch(zone -> firstStartAfter(zone, node, nanos) != Long.MAX_VALUE);
    }

    private long firstStartAfter(String zone, String node, long nanos) {
        return cycles.stream().filter(c -> c.zone().equals(zone) && c.node().equals(node) && c.startNanos() >= nanos)
                .mapToLong(Cycle::startNanos).min().orElse(Long.MAX_VALUE);
    }

    private List<String> overlapsOfOneZone() {
        List<String> overlaps = new ArrayList<>();
        for (String zone : ZONES) {
            List<Cycle> ofZone = cycles.stream().filter(c -> c.zone().equals(zone))
                    .sorted(Comparator.comparingLong(Cycle::startNanos)).toList();
            for (int i = 1; i < ofZone.size(); i++) {
                if (ofZone.get(i).overlaps(ofZone.get(i - 1))) {
                    overlaps.add(ofZone.get(i - 1) + " and " + ofZone.get(i));
                }
            }
        }
        return overlaps;
    }

    /** Nanoseconds since the test began. */
    private long now() {
        return System.nanoTime() - origin;
    }

    private static long countOn(List<Cycle> cycles, String node) {
        return cycles.stream().filter(c -> c.node().equals(node)).count();
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    /** The portal's job store, except that a crashed node gets no more connections to the database. */
    public static class CrashableJobStore extends LocalDataSourceJobStore {

        static final Set<String> crashed = ConcurrentHashMap.newKeySet();

        @Override
        protected Connection getConnection() throws JobPersistenceException {
            refuseIfCrashed();
            return super.getConnection();
        }

        @Override
        protected Connection getNonManagedTXConnection() throws JobPersistenceException {
            refuseIfCrashed();
            return super.getNonManagedTXConnection();
        }

        private void refuseIfCrashed() throws JobPersistenceException {
            if (crashed.contains(getInstanceId())) {
                throw new JobPersistenceException("Node " + getInstanceId() + " has crashed");
            }
        }
    }
}
