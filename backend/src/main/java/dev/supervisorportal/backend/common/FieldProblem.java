package dev.supervisorportal.backend.common;

/** One refused input field and why, in words a user can act on. {@code field} is null when it is about no one field. */
public record FieldProblem(String field, Msg message) {

    public static FieldProblem of(String field, String key, Object... args) {
        return new FieldProblem(field, Msg.of(key, args));
    }
}
