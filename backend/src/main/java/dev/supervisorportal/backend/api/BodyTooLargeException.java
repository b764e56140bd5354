package dev.supervisorportal.backend.api;

import org.springframework.util.unit.DataSize;

/** A request body over {@link ApiLimits}: answered 413, nothing read. */
class BodyTooLargeException extends RuntimeException {

    private final DataSize limit;

    BodyTooLargeException(DataSize limit) {
        super("request body over " + limit);
        this.limit = limit;
    }

    DataSize limit() {
        return limit;
    }
}
