package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Msg;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Says in a user's words why a request body could not be read: not JSON at all, or a value of the wrong type at a
 * field (named as the services name their fields: {@code nodePools[0].replicas}). Never Jackson's own message, which
 * names Java classes.
 */
final class UnreadableBody {

    private static final int SHOWN_VALUE_LENGTH = 40;

    private UnreadableBody() {
    }

    /** The refused field ({@code null} when the body as a whole is at fault) and what is wrong with it. */
    static FieldProblem describe(Throwable failure) {
        CharacterCodingException notText = cause(failure, CharacterCodingException.class);
        if (notText != null) {
            return FieldProblem.of(null, "api.body.not-text");
        }
        JacksonException jackson = cause(failure, JacksonException.class);
        if (jackson == null) {
            return FieldProblem.of(null, "api.body.missing");
        }
        String field = path(jackson);
        if (jackson instanceof InputCoercionException) {
            return FieldProblem.of(field.isEmpty() ? null : field, "api.body.number-out-of-range");
        }
        if (jackson instanceof MismatchedInputException mismatch) {
            Msg expected = describeType(mismatch.getTargetType());
            return field.isEmpty()
                    ? FieldProblem.of(null, "api.body.must-be", expected)
                    : FieldProblem.of(field, "api.body.expected", expected);
        }
        if (jackson instanceof StreamConstraintsException) {
            return FieldProblem.of(null, "api.body.too-complex");
        }
        if (jackson instanceof StreamReadException) {
            TokenStreamLocation location = jackson.getLocation();
            return location == null || location.getLineNr() < 1 ? FieldProblem.of(null, "api.body.invalid-json")
                    : FieldProblem.of(null, "api.body.invalid-json-at", location.getLineNr(), location.getColumnNr());
        }
        return FieldProblem.of(field.isEmpty() ? null : field, "api.body.unreadable");
    }

    /** A Java type in JSON's words: "a whole number", "text", "one of VIEW, EDIT, OWNER". */
    static Msg describeType(Class<?> type) {
        if (type == null) {
            return Msg.of("api.type.other");
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return Msg.of("api.type.whole-number");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return Msg.of("api.type.number");
        }
        if (type == String.class) {
            return Msg.of("api.type.text");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Msg.of("api.type.boolean");
        }
        if (type.isEnum()) {
            return Msg.of("api.type.one-of", Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return Msg.of("api.type.array");
        }
        return Msg.of("api.type.object");
    }

    static String shorten(String value) {
        return value.length() <= SHOWN_VALUE_LENGTH ? value : value.substring(0, SHOWN_VALUE_LENGTH) + "…";
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
