package dev.supervisorportal.backend.common;

import dev.supervisorportal.backend.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V10 (migrations/src/main/java/db/migration/common) turns the plain English that rows written before V6 hold
 * into stored messages, so {@link MsgColumn} reads one format only. Rows are written on the schema of V9, then V10 runs.
 */
class PlainTextsAsMessagesIT {

    private final TestDatabase.Connection database = TestDatabase.create();
    private java.sql.Connection connection;

    @Test
    void plainTextsBecomeMessagesAndStoredMessagesStayAsTheyAre() throws SQLException {
        try (var connection = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            this.connection = connection;
            writeBeforeAndReadAfterV10();
        }
    }

    private void writeBeforeAndReadAfterV10() throws SQLException {
        flyway().target("9").load().migrate();
        String quoted = "Admin said \"no\" \\ twice,\nthen: Größe";
        String stored = MsgColumn.json(Msg.of("reconcile.restarting", "esx-b-01", "zone-b"));
        execute("insert into audit_entry (occurred_at, actor, action, target_type, target_name, outcome, detail)"
                + " values (current_timestamp, 'admin', 'APPROVE', 'NAMESPACE_REQUEST', 'team-a', 'OK', ?)", quoted);
        execute("insert into reconcile_run (zone_name, started_at, duration_millis, outcome, detail, node)"
                + " values ('zone-a', current_timestamp, 5, 'OK', ?, 'node-1')", "Placed 3 workloads.");
        insertEvent(1, "Restarting: esx-a-02 failed; vSphere HA restarts it on another host of zone-a.");
        insertEvent(2, stored);

        flyway().load().migrate();

        assertThat(messages("select detail from audit_entry")).containsExactly(Msg.of(MsgColumn.AS_WRITTEN, quoted));
        assertThat(messages("select detail from reconcile_run"))
                .containsExactly(Msg.of(MsgColumn.AS_WRITTEN, "Placed 3 workloads."));
        assertThat(messages("select message from reconcile_event order by id")).containsExactly(
                Msg.of("reconcile.restarting", "esx-a-02", "zone-a"), MsgColumn.message(stored));
        assertThat(strings("select message from reconcile_event where id = 2")).containsExactly(stored);
    }

    private FluentConfiguration flyway() {
        String vendor = TestDatabase.kind().equals("postgresql") ? "postgresql" : "h2";
        // One connection throughout, as the portal's pool keeps its own: an in-memory H2 database forgets a check
        // constraint that a closed session altered.
        return Flyway.configure().dataSource(new SingleConnectionDataSource(connection, true))
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
    }

    private void insertEvent(long id, String message) throws SQLException {
        execute("insert into reconcile_event (id, occurred_at, zone_name, workload_kind, workload_name, type, message)"
                + " values (" + id + ", current_timestamp, 'zone-a', 'VM', 'web-1', 'RESTARTING', ?)", message);
    }

    private void execute(String sql, String argument) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, argument);
            statement.executeUpdate();
        }
    }

    private List<Msg> messages(String sql) throws SQLException {
        return strings(sql).stream().map(MsgColumn::message).toList();
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
