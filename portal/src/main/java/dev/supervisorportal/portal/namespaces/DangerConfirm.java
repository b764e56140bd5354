package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import dev.supervisorportal.portal.i18n.Texts;

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
}
