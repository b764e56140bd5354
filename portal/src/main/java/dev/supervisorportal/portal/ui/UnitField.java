package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A whole number of a unit ("GiB") as the forms ask for it: checked as typed, by the form rather than by Vaadin. */
public final class UnitField {

    private UnitField() {
    }

    public static IntegerField of(String id, String label, String unit) {
        var field = new IntegerField(label);
        field.setId(id);
        field.setSuffixComponent(new Span(unit));
        field.setStepButtonsVisible(false);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setManualValidation(true);
        return field;
    }
}
