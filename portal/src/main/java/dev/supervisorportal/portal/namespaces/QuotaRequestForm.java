package dev.supervisorportal.portal.namespaces;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.namespaces.NamespaceRules;
import dev.supervisorportal.backend.namespaces.ObjectCountLimits;
import dev.supervisorportal.backend.namespaces.QuotaRequestCommand;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.CommandForm;
import dev.supervisorportal.portal.ui.CountLimitFields;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.StatCard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The request for new limits on a namespace, prefilled with the limits it has. It checks each field with the
 * backend's {@link NamespaceRules} and hands a valid command.
 */
public class QuotaRequestForm extends CommandForm<QuotaRequestCommand> {

    final IntegerField cpuMhz = new IntegerField(getTranslation("namespaces.quota-form.cpu"));
    final IntegerField memoryMib = new IntegerField(getTranslation("namespaces.quota-form.memory"));
    final IntegerField storageGib = new IntegerField(getTranslation("namespaces.quota-form.storage"));
    final TextArea justification = new TextArea(getTranslation("namespaces.form.justification"));
    final Button submit = new Button(getTranslation("namespaces.form.send"));
    final CountLimitFields counts = new CountLimitFields("quota");

    /**
     * @param current the namespace's limits now
     * @param used what its workloads use, summed over the zones
     */
    public QuotaRequestForm(Limits current, Limits used, int zoneCount) {
        this(current, used, zoneCount, ObjectCountLimits.NONE);
    }

    /** @param currentCounts the namespace's count limits now, which the count fields start from */
    public QuotaRequestForm(Limits current, Limits used, int zoneCount, ObjectCountLimits currentCounts) {
        super("quota-form-error");
        addClassName("request-form");
        var now = new Div(
                new StatCard("current-cpu", getTranslation("namespaces.quota-form.cpu-now"),
                        Formats.mhz(current.cpuMhz()),
                        new Span(inUse(used.cpuMhz(), current.cpuMhz(), Formats::mhz))),
                new StatCard("current-memory", getTranslation("namespaces.quota-form.memory-now"),
                        Formats.mib(current.memoryMib()),
                        new Span(inUse(used.memoryMib(), current.memoryMib(), Formats::mib))),
                new StatCard("current-storage", getTranslation("namespaces.quota-form.storage-now"),
                        Formats.gib(current.storageGib()),
                        new Span(inUse(used.storageGib(), current.storageGib(), Formats::gib))));
        now.addClassName("stat-cards");

        String split = zoneCount > 1 ? getTranslation("namespaces.quota-form.split", zoneCount) : "";
        configureLimit(cpuMhz, "quota-cpu", "MHz", current.cpuMhz(), split);
        configureLimit(memoryMib, "quota-memory", "MiB", current.memoryMib(), split);
        configureLimit(storageGib, "quota-storage", "GiB", current.storageGib(), split);
        counts.setValue(currentCounts);
        counts.all().forEach(field -> {
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.setManualValidation(true);
            watch(field);
        });
        justification.setId("quota-justification");
        justification.setPlaceholder(getTranslation("namespaces.quota-form.justification-placeholder"));
        justification.setMaxLength(NamespaceRules.MAX_TEXT_LENGTH);
        justification.setMinHeight("8em");
        justification.setManualValidation(true);
        justification.setValueChangeMode(ValueChangeMode.EAGER);
        watch(justification);

        submit.setId("send-quota-request");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> validateAndSubmit());

        var form = new FormLayout(cpuMhz, memoryMib, storageGib);
        counts.all().forEach(form::add);
        form.add(justification);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(justification, 3);
        var note = new Span(getTranslation("namespaces.form.note"));
        note.addClassName("form-note");
        add(now, banner, form, note, new HorizontalLayout(submit));
    }

    private static String inUse(long used, long limit, LongFunction<String> format) {
        long percent = limit == 0 ? 0 : Math.round(100.0 * used / limit);
        return Texts.t("namespaces.quota-form.in-use", format.apply(used), percent);
    }

    private void configureLimit(IntegerField field, String id, String unit, long current, String helper) {
        field.setId(id);
        field.setSuffixComponent(new Span(unit));
        field.setValue(Math.toIntExact(current));
        field.setStepButtonsVisible(false);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setHelperText(helper);
        field.setManualValidation(true);
        watch(field);
    }

    /** What the fields say now, valid or not. */
    @Override
    protected QuotaRequestCommand command() {
        ObjectCountLimits asked = counts.value();
        return new QuotaRequestCommand(value(cpuMhz), value(memoryMib), value(storageGib), justification.getValue(),
                asked.maxVms(), asked.maxTkgClusters(), asked.maxPods(), asked.maxPvcs());
    }

    private static Long value(IntegerField field) {
        return field.getValue() == null ? null : field.getValue().longValue();
    }

    @Override
    protected List<FieldProblem> problems(QuotaRequestCommand command) {
        List<FieldProblem> problems = new ArrayList<>(NamespaceRules.limitProblems(command.cpuMhz(),
                command.memoryMib(), command.storageGib()));
        problems.addAll(NamespaceRules.countProblems(command.counts()));
        NamespaceRules.justificationProblem(command.justification())
                .ifPresent(message -> problems.add(new FieldProblem("justification", message)));
        return problems;
    }

    @Override
    protected Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("cpuMhz", cpuMhz, "memoryMib", memoryMib,
                "storageGib", storageGib, "justification", justification));
        fields.putAll(counts.byName());
        return fields;
    }

}
