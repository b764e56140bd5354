package dev.supervisorportal.backend.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Stores a {@link Msg} in a text column as compact JSON, {@code {"key":"…","args":[…]}} (arguments: numbers, strings,
 * nested messages as objects), so that what a reconcile cycle wrote is read later in each reader's language. Rows
 * written before messages were stored this way were turned into messages by migration V10.
 * Whole numbers read back as {@code Long}, as {@link Msg} holds them, so a stored message equals the one written.
 */
@Converter
public class MsgColumn implements AttributeConverter<Msg, String> {

    /** The key that shows a stored plain text as it is, in either language. */
    public static final String AS_WRITTEN = "stored.as-written";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KEY = "key";
    private static final String ARGS = "args";

    @Override
    public String convertToDatabaseColumn(Msg message) {
        return json(message);
    }

    @Override
    public Msg convertToEntityAttribute(String column) {
        return message(column);
    }

    /** The message as it is stored; {@code null} for {@code null}. */
    public static String json(Msg message) {
        return message == null ? null : JSON.writeValueAsString(node(message));
    }

    /** The message a column holds; {@code null} for {@code null}. */
    public static Msg message(String column) {
        if (column == null) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(column);
        } catch (JacksonException e) {
            throw notAMessage(column);
        }
        if (!node.isObject() || !node.path(KEY).isString()) {
            throw notAMessage(column);
        }
        return message(node);
    }

    private static IllegalStateException notAMessage(String column) {
        String start = column.length() > 40 ? column.substring(0, 40) + "…" : column;
        return new IllegalStateException("Not a stored message (V10 converts every older row): " + start);
    }

    private static ObjectNode node(Msg message) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put(KEY, message.key());
        ArrayNode args = node.putArray(ARGS);
        for (Object arg : message.args()) {
            switch (arg) {
                case Msg nested -> args.add(node(nested));
                case Long number -> args.add(number);
                case Double number -> args.add(number);
                default -> args.add(arg.toString());
            }
        }
        return node;
    }

    private static Msg message(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : node.path(ARGS)) {
            if (arg.isObject()) {
                args.add(message(arg));
            } else if (arg.isIntegralNumber()) {
                args.add(arg.longValue());
            } else if (arg.isNumber()) {
                args.add(arg.doubleValue());
            } else {
                args.add(arg.asString());
            }
        }
        return new Msg(node.path(KEY).asString(), args);
    }
}
