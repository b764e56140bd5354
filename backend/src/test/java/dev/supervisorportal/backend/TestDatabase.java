package dev.supervisorportal.backend;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A fresh, empty database for one Spring test context: embedded H2 in memory, or a new database on the PostgreSQL
 * server, chosen by the system property {@code test.database} (h2 | postgresql; the build runs every *IT with both).
 * The PostgreSQL database is dropped when the test JVM ends.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String kind() {
        return System.getProperty("test.database", "h2");
    }

    /** Where a new database answers, for a test that needs no Spring context. */
    public record Connection(String name, String url, String user, String password) {
    }

    /** A new, empty database (on PostgreSQL: created now, dropped when the JVM ends). */
    public static Connection create() {
        String name = "sp_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (!kind().equals("postgresql")) {
            return new Connection(name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        String serverUrl = System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("test.postgres.user", "postgres");
        String password = System.getProperty("test.postgres.password", "");
        execute(serverUrl, user, password, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> execute(serverUrl, user, password, "drop database if exists " + name + " with (force)")));
        return new Connection(name, serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name, user, password);
    }

    /** Registers a new database and a Quartz scheduler name of its own (Quartz refuses two of one name in a JVM). */
    public static void register(DynamicPropertyRegistry registry) {
        Connection database = create();
        registry.add("spring.quartz.scheduler-name", database::name);
        registry.add("spring.datasource.url", database::url);
        if (kind().equals("postgresql")) {
            registerPostgres(registry, database);
        }
    }

    private static void registerPostgres(DynamicPropertyRegistry registry, Connection database) {
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", () -> "true");
        registry.add("spring.quartz.properties.org.quartz.jobStore.driverDelegateClass",
                () -> "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    }

    private static void execute(String url, String user, String password, String sql) {
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused '" + sql + "': " + e.getMessage()
                    + " (is the server up? see README, 'Running on PostgreSQL')", e);
        }
    }
}
