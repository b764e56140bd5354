package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One row of a form's repeating list ({@link ContainerRow}, {@link NodePoolRow}): fields the form validates itself
 * and a trash button that takes the row out.
 */
abstract class RemovableRow extends Div {

    final Button remove = new Button(VaadinIcon.TRASH.create());

    /** @param removeKey the message key that labels the trash button for screen readers and as its tooltip */
    RemovableRow(String className, String removeKey) {
        addClassName(className);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation(removeKey));
        remove.setTooltipText(getTranslation(removeKey));
    }

    /** The form shows the rules' and the backend's problems on these fields, not Vaadin's own validation. */
    static void validatedByTheForm(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setManualValidation(true);
        }
    }
}
