package dev.supervisorportal.scheduler.plugins;

import java.util.Objects;

/**
 * The verdict of a {@link Filter}: the host can take the workload, or it cannot and the reason says why in words an
 * operator understands ("in maintenance"), as a {@link Reason} that can be shown in any language.
 *
 * @param reason {@code null} on success
 */
public record Status(Code code, Reason reason) {

    public enum Code { SUCCESS, UNSCHEDULABLE }

    public static final Status SUCCESS = new Status(Code.SUCCESS, null);

    public Status {
        Objects.requireNonNull(code, "code");
        if (code == Code.UNSCHEDULABLE && reason == null) {
            throw new IllegalArgumentException("an unschedulable status needs a reason");
        }
        if (code == Code.SUCCESS && reason != null) {
            throw new IllegalArgumentException("a success has no reason");
        }
    }

    public static Status unschedulable(Reason reason) {
        return new Status(Code.UNSCHEDULABLE, reason);
    }

    public static Status unschedulable(String key, Object... args) {
        return unschedulable(Reason.of(key, args));
    }

    public boolean isSuccess() {
        return code == Code.SUCCESS;
    }

    /** The reason in English, or "" on success. */
    public String text() {
        return reason == null ? "" : reason.text();
    }
}
