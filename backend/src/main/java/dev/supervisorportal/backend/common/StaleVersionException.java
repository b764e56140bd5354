package dev.supervisorportal.backend.common;

/**
 * A change made to an object as the caller last saw it (at the version they send), after someone else changed it:
 * one of two people changing the same object wins, the other hears what the object is now. Nothing was written.
 */
public class StaleVersionException extends ConflictException {

    public StaleVersionException(Msg reason) {
        super("version", reason);
    }

    /**
     * Refuses unless {@code expected} is {@code null} (the caller did not say which version it changes) or the
     * object's {@code current} version.
     *
     * @param object what was changed, as a message names it ("VM demo/web-1")
     * @param now    what the object is now, for the caller to decide again
     */
    public static void check(Long expected, long current, Object object, Msg now) {
        if (expected != null && expected != current) {
            throw new StaleVersionException(Msg.of("common.stale-version", object, expected, current, now));
        }
    }
}
