package dev.supervisorportal.backend.common;

import java.util.List;

/** One refused input field and why, in words a user can act on. {@code field} is null when it is about no one field. */
public record FieldProblem(String field, Msg message) {

    public static FieldProblem of(String field, String key, Object... args) {
        return new FieldProblem(field, Msg.of(key, args));
    }

    /** An English text without a message key, from before the portal spoke two languages. */
    @Deprecated(forRemoval = true)
    public FieldProblem(String field, String message) {
        this(field, new Msg(Msg.UNTRANSLATED, List.of(message)));
    }
}
