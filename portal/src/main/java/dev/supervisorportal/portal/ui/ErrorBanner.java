package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.List;

/**
 * A form's own error line, for refusals that name no single field ("Not enough CPU quota in zone-b: …"). Hidden
 * while there is nothing to say; read out by screen readers when it appears.
 */
public class ErrorBanner extends Div {

    private final Span text = new Span();

    public ErrorBanner(String id) {
        setId(id);
        addClassName("error-banner");
        getElement().setAttribute("role", "alert");
        text.addClassName("error-banner-text");
        add(VaadinIcon.EXCLAMATION_CIRCLE_O.create(), text);
        setVisible(false);
    }

    public void show(String message) {
        show(List.of(message));
    }

    /** One message per line. */
    public void show(List<String> messages) {
        text.setText(String.join("\n", messages));
        setVisible(!messages.isEmpty());
    }

    public void clear() {
        text.setText("");
        setVisible(false);
    }

    public String message() {
        return text.getText();
    }
}
