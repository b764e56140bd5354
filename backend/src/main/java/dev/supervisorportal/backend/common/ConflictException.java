package dev.supervisorportal.backend.common;

/** The request clashes with the current state (a name taken, a request already decided). Nothing was written. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the clash is about, or {@code null} when it is about no single field. */
    public String field() {
        return field;
    }
}
