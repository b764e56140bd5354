package dev.supervisorportal.backend.common;

import org.springframework.security.access.AccessDeniedException;

/** The signed-in user may not do or see this; the reason says why ("Only owners of team-a-dev may …"). */
public class NotAllowedException extends AccessDeniedException implements Refusal {

    private final Msg reason;

    public NotAllowedException(Msg reason) {
        super(reason.english());
        this.reason = reason;
    }

    @Override
    public Msg reason() {
        return reason;
    }
}
