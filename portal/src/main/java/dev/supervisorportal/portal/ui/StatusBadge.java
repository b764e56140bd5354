package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label for a status: pending, approved, rejected, ok, failed. */
public class StatusBadge extends Span {

    public StatusBadge(String text, Tone tone) {
        super(text);
        getElement().getThemeList().add("badge " + tone.theme);
    }

    public enum Tone {
        NEUTRAL("contrast"), PENDING(""), SUCCESS("success"), ERROR("error");

        private final String theme;

        Tone(String theme) {
            this.theme = theme;
        }
    }
}
