package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.supervisorportal.backend.common.Dns1123;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.workloads.CreatePodCommand;
import dev.supervisorportal.backend.workloads.WorkloadRules;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.CommandForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vSphere Pod form: a name and a list of containers. It checks each field with the backend's
 * {@link WorkloadRules} (quantities with {@code KubernetesQuantities}) and hands a valid
 * command. On a Supervisor that runs no vSphere Pods it says why at the top and sends nothing.
 */
public class PodForm extends CommandForm<CreatePodCommand> {

    final TextField name = new TextField(getTranslation("workloads.pod.name"));
    final List<ContainerRow> containers = new ArrayList<>();
    final Button addContainer = new Button(getTranslation("workloads.pod.add-container"), VaadinIcon.PLUS.create());
    final Button submit = new Button(getTranslation("workloads.pod.create"));
    private final Div containerRows = new Div();
    private final Optional<Msg> refusal;

    /** @param refusal why this Supervisor runs no vSphere Pods, when it runs none */
    public PodForm(Optional<Msg> refusal) {
        super("pod-form-error");
        this.refusal = refusal;
        addClassName("request-form");
        name.setId("pod-name");
        name.setHelperText(getTranslation("workloads.pod.name.helper"));
        name.setMaxLength(Dns1123.MAX_LENGTH + 1);
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.setManualValidation(true);
        watch(name);

        containerRows.setId("containers");
        containerRows.addClassName("pool-rows");
        addContainer.setId("add-container");
        addContainer.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addContainer.addClickListener(click -> addContainer());
        addContainer();

        submit.setId("create-pod-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> validateAndSubmit());

        var note = new Span(getTranslation("workloads.pod.note"));
        note.addClassName("form-note");
        var nameLayout = new FormLayout(name);
        nameLayout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(banner, nameLayout, new H3(getTranslation("workloads.pod.containers")), containerRows, addContainer, note,
                whatIf, new HorizontalLayout(submit));
        refusal.ifPresent(message -> {
            // Nothing to fill in where nothing can be created: the form shows only why.
            banner.show(Texts.of(message));
            name.setEnabled(false);
            containerRows.setEnabled(false);
            addContainer.setEnabled(false);
            submit.setEnabled(false);
            submit.setTooltipText(Texts.of(message));
        });
    }

    ContainerRow addContainer() {
        var row = new ContainerRow();
        containers.add(row);
        containerRows.add(row);
        row.remove.addClickListener(click -> removeContainer(row));
        watch(row.name);
        watch(row.image);
        watch(row.cpu);
        watch(row.memory);
        renumber();
        return row;
    }

    private void removeContainer(ContainerRow row) {
        containers.remove(row);
        containerRows.remove(row);
        refreshWhatIf();
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < containers.size(); i++) {
            containers.get(i).number(i);
            containers.get(i).remove.setEnabled(containers.size() > 1);
        }
        addContainer.setEnabled(refusal.isEmpty() && containers.size() < WorkloadRules.MAX_CONTAINERS);
    }

    /** What the fields say now, valid or not. */
    @Override
    protected CreatePodCommand command() {
        return new CreatePodCommand(name.getValue(), containers.stream().map(ContainerRow::container).toList());
    }

    @Override
    protected Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        for (int i = 0; i < containers.size(); i++) {
            fields.putAll(containers.get(i).fields(i));
        }
        return fields;
    }

    @Override
    protected List<FieldProblem> problems(CreatePodCommand command) {
        List<FieldProblem> problems = new ArrayList<>(WorkloadRules.problems(command));
        refusal.ifPresent(message -> problems.add(new FieldProblem(null, message)));
        return problems;
    }
}
