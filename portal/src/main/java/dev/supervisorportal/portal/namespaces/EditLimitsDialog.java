package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.NamespaceRules;
import dev.supervisorportal.backend.namespaces.ObjectCountLimits;
import dev.supervisorportal.backend.namespaces.UpdateLimitsCommand;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.portal.ui.CountLimitFields;
import dev.supervisorportal.portal.ui.ErrorBanner;
import dev.supervisorportal.portal.ui.FieldProblems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An admin sets a namespace's limits directly: the three resources, the count limits and why. As the fields change
 * it asks the backend what it would refuse (a zone's share below its use, a count below what the namespace holds)
 * and shows it at the fields before anything is saved; saving sends the version the dialog was opened with, so a
 * change someone made meanwhile is refused with what the limits are now.
 */
class EditLimitsDialog extends Dialog {

    final IntegerField cpuMhz = limitField("namespaces.cpu-limit", "MHz", "edit-limits-cpu");
    final IntegerField memoryMib = limitField("namespaces.memory-limit", "MiB", "edit-limits-memory");
    final IntegerField storageGib = limitField("namespaces.storage-limit", "GiB", "edit-limits-storage");
    final CountLimitFields counts = new CountLimitFields("edit-limits");
    final TextArea reason = new TextArea(getTranslation("namespaces.edit-limits.reason"));
    final Span verdict = new Span();
    final Button save = new Button(getTranslation("namespaces.edit-limits.save"));
    final ErrorBanner banner = new ErrorBanner("edit-limits-error");
    private final long version;
    private final Function<UpdateLimitsCommand, List<FieldProblem>> whatIf;

    /**
     * @param whatIf what the backend would refuse of a command, writing nothing
     * @param saver  saves a command; refusals it throws are shown in the dialog
     */
    EditLimitsDialog(NamespaceDetails namespace, Function<UpdateLimitsCommand, List<FieldProblem>> whatIf,
                     Consumer<UpdateLimitsCommand> saver) {
        this.version = namespace.version();
        this.whatIf = whatIf;
        setId("edit-limits-dialog");
        setHeaderTitle(getTranslation("namespaces.edit-limits.title", namespace.name()));
        Limits limits = namespace.limits();
        cpuMhz.setValue(Math.toIntExact(limits.cpuMhz()));
        memoryMib.setValue(Math.toIntExact(limits.memoryMib()));
        storageGib.setValue(Math.toIntExact(limits.storageGib()));
        counts.setValue(namespace.countLimits());
        reason.setId("edit-limits-reason");
        reason.setMaxLength(NamespaceRules.MAX_TEXT_LENGTH);
        reason.setValueChangeMode(ValueChangeMode.LAZY);
        verdict.setId("edit-limits-what-if");
        verdict.addClassName("section-note");

        var form = new FormLayout(cpuMhz, memoryMib, storageGib);
        counts.all().forEach(form::add);
        form.add(reason);
        form.setColspan(reason, 2);
        fields().values().forEach(field -> ((com.vaadin.flow.component.HasValue<?, ?>) field)
                .addValueChangeListener(change -> check()));
        add(new Paragraph(getTranslation("namespaces.edit-limits.intro")), banner, form, verdict);
        save.setId("save-limits");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                saver.accept(command());
                close();
            } catch (InvalidInputException | ConflictException refused) {
                showProblems(refused.problems());
            }
        });
        getFooter().add(new Button(getTranslation("namespaces.confirm.cancel"), click -> close()), save);
        setWidth("48em");
        check();
    }

    /** What the fields say now, valid or not. */
    UpdateLimitsCommand command() {
        ObjectCountLimits limits = counts.value();
        return new UpdateLimitsCommand(value(cpuMhz), value(memoryMib), value(storageGib), limits.maxVms(),
                limits.maxTkgClusters(), limits.maxPods(), limits.maxPvcs(), reason.getValue(), version);
    }

    /** The what-if: asks the backend what it would refuse, shows it at the fields, and says whether it would pass. */
    void check() {
        // The reason is asked for at saving; before, its absence is no verdict on the limits.
        List<FieldProblem> problems = whatIf.apply(command()).stream()
                .filter(problem -> !(reason.isEmpty() && "reason".equals(problem.field()))).toList();
        showProblems(problems);
        verdict.setText(problems.isEmpty() ? getTranslation("namespaces.edit-limits.fits")
                : getTranslation("namespaces.edit-limits.refused"));
    }

    private void showProblems(List<FieldProblem> problems) {
        FieldProblems.show(problems, fields(), banner);
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("cpuMhz", cpuMhz, "memoryMib", memoryMib,
                "storageGib", storageGib, "reason", reason));
        fields.putAll(counts.byName());
        return fields;
    }

    private static Long value(IntegerField field) {
        return field.getValue() == null ? null : field.getValue().longValue();
    }

    private IntegerField limitField(String labelKey, String unit, String id) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setSuffixComponent(new Span(unit));
        field.setStepButtonsVisible(false);
        return field;
    }
}
