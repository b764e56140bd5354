package dev.supervisorportal.backend.common;

import java.util.List;

/** The named object does not exist. */
public class NotFoundException extends RuntimeException implements Refusal {

    private final Msg reason;

    public NotFoundException(Msg reason) {
        super(reason.english());
        this.reason = reason;
    }

    /** An English text without a message key, from before the portal spoke two languages. */
    @Deprecated(forRemoval = true)
    public NotFoundException(String message) {
        this(new Msg(Msg.UNTRANSLATED, List.of(message)));
    }

    @Override
    public Msg reason() {
        return reason;
    }
}
