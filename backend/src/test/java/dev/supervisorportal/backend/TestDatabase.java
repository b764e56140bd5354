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

    /** Registers a new database and a Quartz scheduler name of its own (Quartz refuses two of one name in a JVM). */
    public static void register(DynamicPropertyRegistry registry) {
        String name = "sp_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        registry.add("spring.quartz.scheduler-name", () -> name);
        if (kind().equals("postgresql")) {
            registerPostgres(registry, name);
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
    }

    private static void registerPostgres(DynamicPropertyRegistry registry, String name) {
        String serverUrl = System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("test.postgres.user", "postgres");
        String password = System.getProperty("test.postgres.password", "");
        execute(serverUrl, user, password, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> execute(serverUrl, user, password, "drop database if exists " + name + " with (force)")));
        String databaseUrl = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
        registry.add("spring.datasource.url", () -> databaseUrl);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
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
