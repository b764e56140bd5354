package dev.supervisorportal.portal.hosts;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.inventory.AddHostCommand;
import dev.supervisorportal.backend.inventory.HostRules;
import dev.supervisorportal.portal.ui.CommandForm;
import dev.supervisorportal.portal.ui.UnitField;

import java.util.List;
import java.util.Map;

/** The form to add an ESXi host to a zone, checked with the backend's {@link HostRules} as the admin types. */
class AddHostForm extends CommandForm<AddHostCommand> {

    final Select<String> zone = new Select<>();
    final TextField name = new TextField(getTranslation("hosts.add.name"));
    final IntegerField cpuMhz = capacity("host-cpu", getTranslation("hosts.cpu"), "MHz",
            getTranslation("hosts.add.cpu-helper"));
    final IntegerField memoryMib = capacity("host-memory", getTranslation("hosts.memory"), "MiB",
            getTranslation("hosts.add.memory-helper"));
    final IntegerField storageGib = capacity("host-storage", getTranslation("hosts.storage"), "GiB",
            getTranslation("hosts.add.storage-helper"));
    final Button submit = new Button(getTranslation("hosts.add.submit"));

    AddHostForm(List<String> zones) {
        super("add-host-error");
        addClassName("request-form");
        zone.setId("host-zone");
        zone.setLabel(getTranslation("hosts.add.zone"));
        zone.setItems(zones);
        zone.setHelperText(getTranslation("hosts.add.zone-helper"));
        name.setId("host-name");
        name.setHelperText(getTranslation("hosts.add.name-helper"));
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.setMaxLength(HostRules.MAX_NAME_LENGTH + 1);
        zone.setManualValidation(true);
        name.setManualValidation(true);
        watch(zone);
        watch(name);
        watch(cpuMhz);
        watch(memoryMib);
        watch(storageGib);

        submit.setId("add-host-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> validateAndSubmit());

        var form = new FormLayout(zone, name, cpuMhz, memoryMib, storageGib);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        var note = new Span(getTranslation("hosts.add.note"));
        note.addClassName("form-note");
        add(banner, form, note, new HorizontalLayout(submit));
    }

    private IntegerField capacity(String id, String label, String unit, String helper) {
        var field = UnitField.of(id, label, unit);
        field.setHelperText(helper);
        return field;
    }

    /** Empties the fields after a host was added; keeps the zone, since hosts are often added to one zone in a row. */
    void clear() {
        name.clear();
        cpuMhz.clear();
        memoryMib.clear();
        storageGib.clear();
        fields().values().forEach(field -> field.setInvalid(false));
        banner.clear();
    }

    @Override
    protected AddHostCommand command() {
        return new AddHostCommand(zone.getValue(), name.getValue(), asLong(cpuMhz), asLong(memoryMib),
                asLong(storageGib));
    }

    private static Long asLong(IntegerField field) {
        return field.getValue() == null ? null : field.getValue().longValue();
    }

    @Override
    protected List<FieldProblem> problems(AddHostCommand command) {
        return HostRules.problems(command);
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("zone", zone, "name", name, "cpuMhz", cpuMhz, "memoryMib", memoryMib, "storageGib", storageGib);
    }
}
