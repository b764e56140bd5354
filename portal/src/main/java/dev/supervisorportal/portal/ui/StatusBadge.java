package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.html.Span;
import dev.supervisorportal.backend.inventory.HostState;

/** A small coloured label for a status: pending, approved, rejected, ok, failed. */
public class StatusBadge extends Span {

    public StatusBadge(String text, Tone tone) {
        super(text);
        getElement().getThemeList().add("badge " + tone.theme);
    }

    /** A workload's status: RUNNING green, PENDING blue, the rest grey. */
    public static StatusBadge workload(String status) {
        return new StatusBadge(status, switch (status) {
            case "RUNNING" -> Tone.SUCCESS;
            case "PENDING" -> Tone.PENDING;
            default -> Tone.NEUTRAL;
        });
    }

    /** A host's state: READY green, MAINTENANCE blue, FAILED red. */
    public static StatusBadge host(HostState state) {
        return new StatusBadge(state.name(), switch (state) {
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
