package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.supervisorportal.portal.i18n.Texts;

import java.util.function.Consumer;

/** Asks before an action on the namespace page that cannot be undone; the action runs only when confirmed. */
final class DangerConfirm {

    private DangerConfirm() {
    }

    static void ask(String header, String text, String confirmText, Runnable confirmed) {
        var dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText(confirmText);
        dialog.setCancelText(Texts.t("namespaces.confirm.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> confirmed.run());
        dialog.open();
    }

    /**
     * Asks before an action that takes much with it: the confirm button is enabled only once the user has typed
     * {@code expected} (the object's name) into the dialog's field; {@code confirmed} gets what was typed.
     */
    static void askTyped(String header, String text, String fieldLabel, String expected, String confirmText,
                         Consumer<String> confirmed) {
        var dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(header);
        var typed = new TextField(fieldLabel);
        typed.setId("confirm-typed-name");
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        typed.setWidthFull();
        var confirm = new Button(confirmText);
        confirm.setId("confirm-typed");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        typed.addValueChangeListener(change -> confirm.setEnabled(expected.equals(change.getValue())));
        confirm.addClickListener(click -> {
            dialog.close();
            confirmed.accept(typed.getValue());
        });
        dialog.setText(new Div(new Paragraph(text), typed));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("namespaces.confirm.cancel"));
        dialog.setConfirmButton(confirm);
        dialog.open();
    }
}
