package dev.supervisorportal.scheduler.plugins;

import java.util.Objects;

/**
 * The verdict of a {@link Filter}: the host can take the workload, or it cannot and the reason
 * says why in words an operator understands ("in maintenance").
 */
public record Status(Code code, String reason) {

    public enum Code { SUCCESS, UNSCHEDULABLE }

    public static final Status SUCCESS = new Status(Code.SUCCESS, "");

    public Status {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        if (code == Code.UNSCHEDULABLE && reason.isBlank()) {
            throw new IllegalArgumentException("an unschedulable status needs a reason");
        }
    }

    public static Status unschedulable(String reason) {
        return new Status(Code.UNSCHEDULABLE, reason);
    }

    public boolean isSuccess() {
        return code == Code.SUCCESS;
    }
}
