package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.SignedIn;
import dev.supervisorportal.backend.TestDatabase;
import dev.supervisorportal.backend.TestNamespaces;
import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6, "Done when": the dashboard of 1,000 hosts and 10,000 workloads loads with a small, fixed number of SQL
 * statements, and the same number when the data doubles. The statements are counted at the DataSource (every
 * statement prepared or created on a connection while one dashboard call runs on this thread), so Hibernate's and
 * JdbcTemplate's alike; the count and the call's wall time are printed, the time is not asserted.
 */
// A database of its own per test (both seed the same host names), and a context no other class shares.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = "test.own-context=DashboardQueriesIT")
@Import(DashboardQueriesIT.CountingDataSource.class)
class DashboardQueriesIT extends IntegrationTest {

    static final int MAX_STATEMENTS = 15;
    static final int HOSTS = 1_000;
    static final int WORKLOADS = 10_000;
    static final List<String> ZONES = List.of("zone-a", "zone-b", "zone-c");

    @Autowired
    ReconcilerFixture fixture;
    @Autowired
    TestNamespaces setup;
    @Autowired
    DashboardService dashboards;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDashboardIssuesAFixedNumberOfStatementsWhateverTheSizeOfTheSupervisor() {
        fixture.namespace();
        String bobsNamespace = bobsNamespace();
        long alices = namespaceId(fixture.namespace);
        long bobs = namespaceId(bobsNamespace);

        String admin = setup.user("boss", Role.ADMIN, null);

        seed(0, alices, bobs);
        Counts first = measure(admin, fixture.owner, "1,000 hosts, 10,000 workloads");
        seed(1, alices, bobs);
        Counts doubled = measure(admin, fixture.owner, "2,000 hosts, 20,000 workloads");

        assertThat(first.admin).as("counted at all").isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(first.devOps).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(doubled).isEqualTo(first);
    }

    @Test
    void adminsSeeTheWholeSupervisorAndDevOpsEngineersTheirNamespaces() {
        fixture.namespace();
        String bobsNamespace = bobsNamespace();
        long alices = namespaceId(fixture.namespace);
        seed(0, alices, namespaceId(bobsNamespace));
        long alicesWorkloads = jdbc.queryForObject("select count(*) from workload where namespace_id = ?", Long.class,
                alices);
        long supervisorVms = jdbc.queryForObject("select count(*) from workload where namespace_id is null",
                Long.class);

        SignedIn.as(setup.user("boss", Role.ADMIN, null), Role.ADMIN);
        Dashboard admin = dashboards.dashboard();
        assertThat(admin.hosts()).isEqualTo(HOSTS);
        assertThat(admin.admin().hostsByState().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(HOSTS);
        assertThat(admin.admin().hostsNotReady()).hasSize(DashboardService.HOSTS_LISTED)
                .allSatisfy(host -> assertThat(host.state()).isNotEqualTo(HostState.READY));
        assertThat(admin.workloadsByStatus().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(WORKLOADS + supervisorVms);
        assertThat(admin.zones()).extracting(Dashboard.ZoneCapacity::zone).containsExactlyElementsOf(ZONES);
        // Both namespaces' shares: 2 × 600,000 MHz over three zones.
        assertThat(admin.zones().stream().mapToLong(zone -> zone.reserved().cpuMhz()).sum()).isEqualTo(1_200_000);
        long readyCpu = jdbc.queryForObject("select sum(cpu_mhz) from host where state = 'READY'", Long.class);
        assertThat(admin.zones().stream().mapToLong(zone -> zone.capacity().cpuMhz()).sum()).isEqualTo(readyCpu);
        long onHostsCpu = jdbc.queryForObject("select sum(cpu_mhz) from workload where status in ('PLACED', 'RUNNING')",
                Long.class);
        assertThat(admin.zones().stream().mapToLong(zone -> zone.used().cpuMhz()).sum()).isEqualTo(onHostsCpu);
        assertThat(admin.namespaces()).isEqualTo(2);

        SignedIn.as(fixture.owner, Role.DEVOPS);
        Dashboard alice = dashboards.dashboard();
        assertThat(alice.admin()).isNull();
        assertThat(alice.namespaces()).isEqualTo(1);
        assertThat(alice.workloadsByStatus().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(alicesWorkloads);
        assertThat(alice.zones().stream().mapToLong(zone -> zone.capacity().cpuMhz()).sum()).isEqualTo(600_000);
        long alicesOnHosts = jdbc.queryForObject("select sum(cpu_mhz) from workload where namespace_id = ?"
                + " and status in ('PLACED', 'RUNNING')", Long.class, alices);
        assertThat(alice.zones().stream().mapToLong(zone -> zone.used().cpuMhz()).sum()).isEqualTo(alicesOnHosts);
        assertThat(alice.workloadsByStatus()).containsOnlyKeys(WorkloadStatus.values());
    }

    /** Counts for an admin and for a DevOps engineer, after one call each to warm up. */
    private Counts measure(String admin, String devOps, String size) {
        SignedIn.as(admin, Role.ADMIN);
        int adminCount = count(size + ", admin", dashboards::dashboard);
        SignedIn.as(devOps, Role.DEVOPS);
        int devOpsCount = count(size + ", DevOps engineer", dashboards::dashboard);
        return new Counts(adminCount, devOpsCount);
    }

    private static int count(String what, Supplier<Dashboard> call) {
        call.get();
        StatementCounter.start();
        long start = System.nanoTime();
        call.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        int statements = StatementCounter.stop();
        System.out.printf("Dashboard on %s, %s: %d SQL statements, %,d ms%n", TestDatabase.kind(), what, statements,
                millis);
        return statements;
    }

    private record Counts(int admin, int devOps) {
    }

    /** A namespace of a second DevOps engineer, bob, beside alice's. */
    private String bobsNamespace() {
        String bob = setup.user("bob", Role.DEVOPS, null);
        return setup.approvedNamespace(bob, 600_000, 3_145_728, 30_000);
    }

    private long namespaceId(String name) {
        return jdbc.queryForObject("select id from namespace where name = ?", Long.class, name);
    }

    /**
     * {@value HOSTS} hosts over the three zones (one in ten failed or in maintenance) and {@value WORKLOADS} VMs of the
     * two namespaces on them, most running, some placed, pending or being deleted. Round 1 adds as many again.
     */
    private void seed(int round, long... namespaceIds) {
        Map<String, Long> zoneIds = new java.util.HashMap<>();
        jdbc.query("select id, name from zone", rs -> {
            zoneIds.put(rs.getString("name"), rs.getLong("id"));
        });
        List<Object[]> hosts = new ArrayList<>();
        for (int i = 0; i < HOSTS; i++) {
            String zone = ZONES.get(i % ZONES.size());
            String state = i % 20 == 7 ? "FAILED" : i % 20 == 13 ? "MAINTENANCE" : "READY";
            hosts.add(new Object[]{String.format("bench-%d-%04d", round, i), zoneIds.get(zone), state});
        }
        jdbc.batchUpdate("insert into host (name, zone_id, state, cpu_mhz, memory_mib, storage_gib, version)"
                + " values (?, ?, ?, 96000, 524288, 4096, 0)", hosts);
        Map<Long, List<Long>> hostsByZone = new java.util.HashMap<>();
        jdbc.query("select id, zone_id from host where name like ? and state = 'READY'", rs -> {
            hostsByZone.computeIfAbsent(rs.getLong("zone_id"), zone -> new ArrayList<>()).add(rs.getLong("id"));
        }, "bench-" + round + "-%");

        Random random = new Random(round);
        String[] statuses = {"RUNNING", "RUNNING", "RUNNING", "RUNNING", "RUNNING", "RUNNING", "PLACED", "PENDING",
                "PENDING", "DELETING"};
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> workloads = new ArrayList<>();
        for (int i = 0; i < WORKLOADS; i++) {
            long zoneId = zoneIds.get(ZONES.get(i % ZONES.size()));
            String status = statuses[random.nextInt(statuses.length)];
            List<Long> candidates = hostsByZone.get(zoneId);
            Long hostId = status.equals("PENDING") ? null : candidates.get(random.nextInt(candidates.size()));
            workloads.add(new Object[]{namespaceIds[i % namespaceIds.length],
                    String.format("vm-%d-%05d", round, i), zoneId, status, hostId, 2_000L * (1 + random.nextInt(4)),
                    now});
        }
        jdbc.batchUpdate("insert into workload (namespace_id, kind, name, zone_id, status, host_id, cpu_mhz,"
                + " memory_mib, storage_gib, vm_class, created_by, created_at, version)"
                + " values (?, 'VM', ?, ?, ?, ?, ?, 4096, 40, 'best-effort-small', 'bench', ?, 0)", workloads);
        jdbc.execute("analyze");
    }

    /**
     * Counts the statements the test's own thread prepares or creates while counting is on; other threads (Quartz,
     * the pool's housekeeping) are not counted.
     */
    static final class StatementCounter {

        private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();
        private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement",
                "prepareCall");

        static void start() {
            COUNT.set(new int[1]);
        }

        static int stop() {
            int counted = COUNT.get()[0];
            COUNT.remove();
            return counted;
        }

        static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                        int[] count = COUNT.get();
                        if (count != null && STATEMENT_METHODS.contains(method.getName())) {
                            count[0]++;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @TestConfiguration
    static class CountingDataSource {

        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource dataSource) || bean instanceof DelegatingDataSource) {
                        return bean;
                    }
                    return new DelegatingDataSource(dataSource) {
                        @Override
                        public Connection getConnection() throws SQLException {
                            return StatementCounter.counting(super.getConnection());
                        }

                        @Override
                        public Connection getConnection(String username, String password) throws SQLException {
                            return StatementCounter.counting(super.getConnection(username, password));
                        }
                    };
                }
            };
        }
    }
}
