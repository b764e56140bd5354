package dev.supervisorportal.portal.approvals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import dev.supervisorportal.backend.namespaces.NamespaceRules;

import java.util.function.Consumer;

/** Reject a request, saying why: the requester reads the reason. */
class RejectDialog extends Dialog {

    final TextArea reason = new TextArea(getTranslation("approvals.reject.reason"));
    final Button reject = new Button(getTranslation("approvals.reject.confirm"));

    RejectDialog(String headerTitle, String requestedBy, Consumer<RejectDialog> rejecter) {
        setHeaderTitle(headerTitle);
        reason.setId("reject-reason");
        reason.setWidthFull();
        reason.setMaxLength(NamespaceRules.MAX_TEXT_LENGTH);
        reason.setHelperText(getTranslation("approvals.reject.reason-helper", requestedBy));
        add(reason);
        reject.setId("confirm-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        reject.addClickListener(click -> rejecter.accept(this));
        getFooter().add(new Button(getTranslation("approvals.cancel"), click -> close()), reject);
        setWidth("32em");
    }

    void showProblem(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }
}
