package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.supervisorportal.backend.reconcile.WhatIfAnswer;
import dev.supervisorportal.portal.i18n.Texts;

/**
 * A create form's answer to "would it fit?" before it is sent: the backend's verdict on the namespace's quota and the
 * hosts' room, marked as fitting, waiting (quota fits, no host now) or refused. Read out politely as it changes.
 */
public class WhatIfVerdict extends Div {

    public enum Outcome { FITS, WAITS, REFUSED, INCOMPLETE }

    private final Span label = new Span();
    private final Span text = new Span();
    private Outcome outcome = Outcome.INCOMPLETE;

    public WhatIfVerdict(String id) {
        setId(id);
        addClassName("what-if");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-label", getTranslation("ui.what-if.aria-label"));
        label.setText(getTranslation("ui.what-if.label"));
        label.addClassName("what-if-label");
        text.addClassName("what-if-text");
        add(label, text);
        incomplete();
    }

    public void show(WhatIfAnswer answer) {
        set(!answer.fitsQuota() ? Outcome.REFUSED : answer.hostsHaveRoom() ? Outcome.FITS : Outcome.WAITS,
                Texts.of(answer.verdict()));
    }

    public void refused(String message) {
        set(Outcome.REFUSED, getTranslation("ui.what-if.refused", message));
    }

    public void incomplete() {
        set(Outcome.INCOMPLETE, getTranslation("ui.what-if.incomplete"));
    }

    public Outcome outcome() {
        return outcome;
    }

    public String text() {
        return text.getText();
    }

    private void set(Outcome outcome, String message) {
        this.outcome = outcome;
        text.setText(message);
        for (Outcome each : Outcome.values()) {
            removeClassName("what-if-" + each.name().toLowerCase());
        }
        addClassName("what-if-" + outcome.name().toLowerCase());
    }
}
