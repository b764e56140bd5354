package dev.supervisorportal.backend.common;

/** The named object does not exist. */
public class NotFoundException extends RuntimeException implements Refusal {

    private final Msg reason;

    public NotFoundException(Msg reason) {
        super(reason.english());
        this.reason = reason;
    }

    @Override
    public Msg reason() {
        return reason;
    }
}
