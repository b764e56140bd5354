package dev.supervisorportal.backend.common;

/** The named object does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
