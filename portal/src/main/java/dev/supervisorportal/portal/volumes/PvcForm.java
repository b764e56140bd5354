package dev.supervisorportal.portal.volumes;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.supervisorportal.backend.common.Dns1123;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.volumes.CreatePvcCommand;
import dev.supervisorportal.backend.volumes.VolumeRules;
import dev.supervisorportal.portal.ui.CommandForm;
import dev.supervisorportal.portal.ui.UnitField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The form of a new persistent volume claim: name, storage policy, size, zone (or the one with the most free storage)
 * and access mode (ReadWriteOnce, what CNS block volumes offer), checked with the backend's {@link VolumeRules}.
 */
class PvcForm extends CommandForm<CreatePvcCommand> {

    /** The zone choice that leaves it to admission: the zone with the most free storage. */
    static final String ANY_ZONE = "";

    final TextField name = new TextField(getTranslation("volumes.form.name"));
    final Select<String> policy = new Select<>();
    final IntegerField size = UnitField.of("pvc-size", getTranslation("volumes.form.size"), "GiB");
    final Select<String> zone = new Select<>();
    final Select<String> accessMode = new Select<>();
    final Button submit = new Button(getTranslation("volumes.form.submit"));

    PvcForm(List<String> policies, List<String> zones) {
        super("pvc-error");
        addClassName("request-form");
        name.setId("pvc-name");
        name.setHelperText(getTranslation("volumes.form.name-helper"));
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.setMaxLength(Dns1123.MAX_LENGTH + 1);
        name.setManualValidation(true);
        policy.setId("pvc-policy");
        policy.setLabel(getTranslation("volumes.form.policy"));
        policy.setItems(policies);
        policy.setManualValidation(true);
        if (policies.size() == 1) {
            policy.setValue(policies.getFirst());
        }
        List<String> zoneChoices = new ArrayList<>();
        zoneChoices.add(ANY_ZONE);
        zoneChoices.addAll(zones);
        zone.setId("pvc-zone");
        zone.setLabel(getTranslation("volumes.form.zone"));
        zone.setItems(zoneChoices);
        zone.setItemLabelGenerator(choice -> choice.isEmpty() ? getTranslation("volumes.form.any-zone") : choice);
        zone.setValue(ANY_ZONE);
        zone.setManualValidation(true);
        accessMode.setId("pvc-access-mode");
        accessMode.setLabel(getTranslation("volumes.form.access-mode"));
        accessMode.setItems(VolumeRules.READ_WRITE_ONCE);
        accessMode.setValue(VolumeRules.READ_WRITE_ONCE);
        accessMode.setHelperText(getTranslation("volumes.form.access-mode-helper"));
        accessMode.setManualValidation(true);
        watch(name);
        watch(policy);
        watch(size);
        watch(zone);
        watch(accessMode);

        submit.setId("create-pvc-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> validateAndSubmit());
        var form = new FormLayout(name, policy, size, zone, accessMode);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(banner, form, whatIf, new HorizontalLayout(submit));
    }

    @Override
    protected CreatePvcCommand command() {
        return new CreatePvcCommand(name.getValue(), policy.getValue(),
                size.getValue() == null ? null : size.getValue().longValue(), accessMode.getValue(),
                zone.getValue() == null || zone.getValue().isEmpty() ? null : zone.getValue());
    }

    @Override
    protected List<FieldProblem> problems(CreatePvcCommand command) {
        return VolumeRules.problems(command);
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("name", name, "storagePolicy", policy, "storageGib", size, "zone", zone,
                "accessMode", accessMode);
    }
}
