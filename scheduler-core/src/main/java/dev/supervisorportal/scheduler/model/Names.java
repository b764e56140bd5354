package dev.supervisorportal.scheduler.model;

/** The one rule every name, zone and key in the model follows. */
final class Names {

    private Names() {
    }

    static String requireNonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /** Optional values are either absent (null) or a real name; a blank one is a mistake, not "absent". */
    static String optionalNonBlank(String value, String what) {
        return value == null ? null : requireNonBlank(value, what);
    }
}
