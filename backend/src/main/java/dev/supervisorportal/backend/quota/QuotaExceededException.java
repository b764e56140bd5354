package dev.supervisorportal.backend.quota;

import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.Msg;

/** A workload does not fit the namespace's share in a zone. Names the resource, the zone, the need and what is free. */
public class QuotaExceededException extends ConflictException {

    public QuotaExceededException(Msg reason) {
        super(null, reason);
    }
}
