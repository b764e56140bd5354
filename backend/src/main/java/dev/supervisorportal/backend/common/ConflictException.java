package dev.supervisorportal.backend.common;

import java.util.List;

/** The request clashes with the current state (a name taken, a request already decided). Nothing was written. */
public class ConflictException extends RuntimeException implements Refusal {

    private final String field;
    private final Msg reason;

    public ConflictException(String field, Msg reason) {
        super(reason.english());
        this.field = field;
        this.reason = reason;
    }

    /** The input field the clash is about, or {@code null} when it is about no single field. */
    public String field() {
        return field;
    }

    @Override
    public Msg reason() {
        return reason;
    }

    /** One problem, at {@link #field()}. */
    @Override
    public List<FieldProblem> problems() {
        return List.of(new FieldProblem(field, reason));
    }
}
