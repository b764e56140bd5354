package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.namespaces.NamespaceRequestCommand;
import dev.supervisorportal.backend.namespaces.NamespaceRules;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.CountLimitFields;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The namespace request form. It checks each field with the backend's {@link NamespaceRules} as the user types,
 * and fires a {@link SubmitEvent} with a valid command; the view sends it and hands refusals back to
 * {@link #showProblems(List)}.
 */
public class NamespaceRequestForm extends Div {

    final TextField name = new TextField(getTranslation("namespaces.form.name"));
    final IntegerField cpuMhz = new IntegerField(getTranslation("namespaces.cpu-limit"));
    final IntegerField memoryMib = new IntegerField(getTranslation("namespaces.memory-limit"));
    final IntegerField storageGib = new IntegerField(getTranslation("namespaces.storage-limit"));
    final TextArea justification = new TextArea(getTranslation("namespaces.form.justification"));
    final Button submit = new Button(getTranslation("namespaces.form.send"));
    private final Binder<NamespaceRequestCommand> binder = new Binder<>(NamespaceRequestCommand.class);
    final CountLimitFields counts = new CountLimitFields("request");
    private final Map<String, HasValidation> fieldsByName = new HashMap<>(Map.of("name", name, "cpuMhz", cpuMhz,
            "memoryMib", memoryMib, "storageGib", storageGib, "justification", justification));

    public NamespaceRequestForm(int zoneCount) {
        addClassName("request-form");
        name.setId("namespace-name");
        name.setHelperText(getTranslation("namespaces.form.name-helper"));
        name.setMaxLength(NamespaceRules.MAX_NAME_LENGTH + 1);
        name.setValueChangeMode(ValueChangeMode.EAGER);
        String split = zoneCount > 1 ? getTranslation("namespaces.form.split", zoneCount) : "";
        configureLimit(cpuMhz, "cpu-limit", "MHz", "3000", split);
        configureLimit(memoryMib, "memory-limit", "MiB", "8192", split);
        configureLimit(storageGib, "storage-limit", "GiB", "100", split);
        justification.setId("justification");
        justification.setPlaceholder(getTranslation("namespaces.form.justification-placeholder"));
        justification.setMaxLength(NamespaceRules.MAX_TEXT_LENGTH);
        justification.setMinHeight("8em");

        binder.forField(name).withValidator(rule(NamespaceRules::nameProblem)).bind("name");
        bindLimit(cpuMhz, "MHz", "cpuMhz");
        bindLimit(memoryMib, "MiB", "memoryMib");
        bindLimit(storageGib, "GiB", "storageGib");
        binder.forField(justification).withValidator(rule(NamespaceRules::justificationProblem)).bind("justification");
        counts.byName().forEach((property, field) -> {
            bindCount(field, property);
            fieldsByName.put(property, field);
        });

        submit.setId("send-request");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> validateAndSubmit());

        var form = new FormLayout(name, cpuMhz, memoryMib, storageGib);
        counts.all().forEach(form::add);
        form.add(justification);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(name, 3);
        form.setColspan(justification, 3);
        var note = new Span(getTranslation("namespaces.form.note"));
        note.addClassName("form-note");
        add(form, note, new HorizontalLayout(submit));
    }

    private static void configureLimit(IntegerField field, String id, String unit, String placeholder, String helper) {
        field.setId(id);
        field.setSuffixComponent(new Span(unit));
        field.setPlaceholder(placeholder);
        field.setStepButtonsVisible(false);
        field.setHelperText(helper);
    }

    private void bindLimit(IntegerField field, String unit, String property) {
        binder.forField(field)
                .withConverter(value -> value == null ? null : value.longValue(),
                        value -> value == null ? null : Math.toIntExact(value),
                        getTranslation("namespaces.form.whole-number", unit))
                .withValidator(rule(value -> NamespaceRules.limitProblem(value, unit)))
                .bind(property);
    }

    private void bindCount(IntegerField field, String property) {
        binder.forField(field)
                .withConverter(value -> value == null ? null : value.longValue(),
                        value -> value == null ? null : Math.toIntExact(value),
                        getTranslation("namespaces.form.whole-number", ""))
                .withValidator(rule(NamespaceRules::countProblem))
                .bind(property);
    }

    private static <T> Validator<T> rule(Function<T, Optional<Msg>> problem) {
        return (value, context) -> problem.apply(value).map(Texts::of).map(ValidationResult::error)
                .orElse(ValidationResult.ok());
    }

    private void validateAndSubmit() {
        // The binder marks each refused field with its message; a valid form is read field by field (the command
        // has two constructors, which the binder's record writing does not choose between).
        if (binder.validate().isOk()) {
            var asked = counts.value();
            fireEvent(new SubmitEvent(this, new NamespaceRequestCommand(name.getValue(), value(cpuMhz),
                    value(memoryMib), value(storageGib), justification.getValue(), asked.maxVms(),
                    asked.maxTkgClusters(), asked.maxPods(), asked.maxPvcs())));
        }
    }

    private static Long value(IntegerField field) {
        return field.getValue() == null ? null : field.getValue().longValue();
    }

    /** Marks the fields the backend refused, with its words. */
    public void showProblems(List<FieldProblem> problems) {
        problems.forEach(problem -> {
            HasValidation field = fieldsByName.getOrDefault(problem.field(), name);
            field.setErrorMessage(Texts.of(problem.message()));
            field.setInvalid(true);
        });
    }

    public Registration addSubmitListener(com.vaadin.flow.component.ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** A complete, field-by-field valid request, ready to send. */
    public static class SubmitEvent extends ComponentEvent<NamespaceRequestForm> {

        private final NamespaceRequestCommand command;

        SubmitEvent(NamespaceRequestForm source, NamespaceRequestCommand command) {
            super(source, false);
            this.command = command;
        }

        public NamespaceRequestCommand command() {
            return command;
        }
    }
}
