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

    /** A workload's status ({@link WorkloadStatus} by name), in the user's words: RUNNING green, PENDING blue, the rest grey. */
    public static StatusBadge workload(String status) {
        return new StatusBadge(workloadStatus(status), switch (status) {
            case "RUNNING" -> Tone.SUCCESS;
            case "PENDING" -> Tone.PENDING;
            default -> Tone.NEUTRAL;
        });
    }

    /** A {@link WorkloadStatus}'s name as the user reads it ("RUNNING", "Wird ausgeführt"); anything else as it is. */
    public static String workloadStatus(String status) {
        boolean known = Arrays.stream(WorkloadStatus.values()).anyMatch(value -> value.name().equals(status));
        return known ? Texts.t("workloads.status." + status) : status;
    }

    /** A host's state: READY green, MAINTENANCE blue, FAILED red. */
    public static StatusBadge host(HostState state) {
        return new StatusBadge(Texts.t("hosts.state." + state.name()), switch (state) {
            case READY -> Tone.SUCCESS;
            case MAINTENANCE -> Tone.PENDING;
            case FAILED -> Tone.ERROR;
        });
    }

    public enum Tone {
        NEUTRAL("contrast"), PENDING(""), SUCCESS("success"), WARNING("warning"), ERROR("error");

        private final String theme;

        Tone(String theme) {
            this.theme = theme;
        }
    }
}
