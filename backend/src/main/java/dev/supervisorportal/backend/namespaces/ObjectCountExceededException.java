package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.quota.QuotaExceededException;

/** Admission would take a namespace past one of its count limits; the message says how many it holds of how many. */
public class ObjectCountExceededException extends QuotaExceededException {

    public ObjectCountExceededException(Msg reason) {
        super(reason);
    }
}
