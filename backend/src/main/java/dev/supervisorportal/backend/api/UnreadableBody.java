package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.math.BigInteger;
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
        JacksonException jackson = jacksonCause(failure);
        if (jackson == null) {
            return new FieldProblem(null, "Send a JSON body with this request (Content-Type: application/json).");
        }
        String field = path(jackson);
        if (jackson instanceof InputCoercionException) {
            return new FieldProblem(field.isEmpty() ? null : field, "This number is out of range.");
        }
        if (jackson instanceof MismatchedInputException mismatch) {
            String expected = describeType(mismatch.getTargetType());
            return field.isEmpty()
                    ? new FieldProblem(null, "The request body must be " + expected + ".")
                    : new FieldProblem(field, "Expected " + expected + ".");
        }
        if (jackson instanceof StreamReadException) {
            TokenStreamLocation location = jackson.getLocation();
            return new FieldProblem(null, "The request body is not valid JSON"
                    + (location == null || location.getLineNr() < 1 ? "" : " (line " + location.getLineNr()
                    + ", column " + location.getColumnNr() + ")") + ".");
        }
        return new FieldProblem(field.isEmpty() ? null : field, "This value cannot be read.");
    }

    /** A Java type in JSON's words: "a whole number", "text", "one of VIEW, EDIT, OWNER". */
    static String describeType(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return "a JSON object";
    }

    static String shorten(String value) {
        return value.length() <= SHOWN_VALUE_LENGTH ? value : value.substring(0, SHOWN_VALUE_LENGTH) + "…";
    }

    private static JacksonException jacksonCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
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
