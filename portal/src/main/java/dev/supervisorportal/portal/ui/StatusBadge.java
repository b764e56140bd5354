package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.html.Span;
import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.portal.i18n.Texts;

import java.util.Arrays;

/** A small coloured label for a status: pending, approved, rejected, ok, failed. */
public class StatusBadge extends Span {

    public StatusBadge(String text, Tone tone) {
        super(text);
        getElement().getThemeList().add("badge " + tone.theme);
    }

    /** A workload's status in the user's words: RUNNING green, PENDING blue, the rest grey. */
    public static StatusBadge workload(WorkloadStatus status) {
        return new StatusBadge(workloadStatus(status), switch (status) {
            case RUNNING -> Tone.SUCCESS;
            case PENDING -> Tone.PENDING;
            case PLACED, DELETING, POWERED_OFF -> Tone.NEUTRAL;
        });
    }

    /**
     * A status a backend view carries by its {@link WorkloadStatus} name: that status's badge; anything else as it
     * is, in grey.
     */
    public static StatusBadge workload(String status) {
        boolean known = Arrays.stream(WorkloadStatus.values()).anyMatch(value -> value.name().equals(status));
        return known ? workload(WorkloadStatus.valueOf(status)) : new StatusBadge(status, Tone.NEUTRAL);
    }

    /** A {@link WorkloadStatus} as the user reads it ("RUNNING", "Wird ausgeführt"). */
    public static String workloadStatus(WorkloadStatus status) {
        return Texts.t("workloads.status." + status.name());
    }

    /** A host's state: READY green, MAINTENANCE blue, FAILED red. */
    public static StatusBadge host(HostState state) {
        return new StatusBadge(hostState(state), switch (state) {
            case READY -> Tone.SUCCESS;
            case MAINTENANCE -> Tone.PENDING;
            case FAILED -> Tone.ERROR;
        });
    }

    /** A {@link HostState} as the user reads it ("MAINTENANCE", "Wartung"). */
    public static String hostState(HostState state) {
        return Texts.t("hosts.state." + state.name());
    }

    public enum Tone {
        NEUTRAL("contrast"), PENDING(""), SUCCESS("success"), WARNING("warning"), ERROR("error");

        private final String theme;

        Tone(String theme) {
            this.theme = theme;
        }
    }
}
