package db.migration.common;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows written before V6 (the audit log: before V7) hold plain English where a message is now stored as compact JSON,
 * {@code {"key":"…","args":[…]}} (the backend's {@code common/MsgColumn} writes it, the key always first). This turns
 * each such text into a message, so the code reads one format only: the reason HA gave a workload it restarts becomes
 * {@code reconcile.restarting} with the failed host and the zone, as a cycle writes it today; any other text is kept
 * word for word under {@code stored.as-written}. Java rather than SQL because JSON string escaping is not said the
 * same way on H2 and PostgreSQL; the format is spelt out here, not borrowed, so this step stays what it was.
 */
public class V10__Plain_texts_as_messages extends BaseJavaMigration {

    /** Table → the column that holds a message. */
    static final Map<String, String> MESSAGE_COLUMNS = Map.of("workload", "status_reason", "reconcile_event", "message",
            "reconcile_run", "detail", "audit_entry", "detail");

    private static final Pattern RESTARTING =
            Pattern.compile("Restarting: (.+) failed; vSphere HA restarts it on another host of (.+)\\.");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (Map.Entry<String, String> column : MESSAGE_COLUMNS.entrySet()) {
            convert(connection, column.getKey(), column.getValue());
        }
    }

    private static void convert(Connection connection, String table, String column) throws SQLException {
        String plain = "select id, " + column + " from " + table
                + " where " + column + " is not null and " + column + " not like '{\"key\":%'";
        try (PreparedStatement select = connection.prepareStatement(plain);
             PreparedStatement update = connection.prepareStatement(
                     "update " + table + " set " + column + " = ? where id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                update.setString(1, message(rows.getString(2)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The stored message a plain text stands for. */
    static String message(String text) {
        Matcher restarting = RESTARTING.matcher(text);
        return restarting.matches()
                ? json("reconcile.restarting", restarting.group(1), restarting.group(2))
                : json("stored.as-written", text);
    }

    private static String json(String key, String... args) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", key);
        var array = node.putArray("args");
        for (String arg : args) {
            array.add(arg);
        }
        return JSON.writeValueAsString(node);
    }
}
