package dev.supervisorportal.portal.hosts;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.inventory.AddDatastoreCommand;
import dev.supervisorportal.backend.inventory.HostRules;
import dev.supervisorportal.portal.ui.CommandForm;
import dev.supervisorportal.portal.ui.UnitField;

import java.util.List;
import java.util.Map;

/** The form to add a datastore to a zone, checked with the backend's {@link HostRules} as the admin types. */
class AddDatastoreForm extends CommandForm<AddDatastoreCommand> {

    final Select<String> zone = new Select<>();
    final TextField name = new TextField(getTranslation("hosts.datastores.add.name"));
    final IntegerField capacityGib = UnitField.of("datastore-capacity", getTranslation("hosts.datastores.capacity"),
            "GiB");
    final Button submit = new Button(getTranslation("hosts.datastores.add.submit"));

    AddDatastoreForm(List<String> zones) {
        super("add-datastore-error");
        addClassName("request-form");
        zone.setId("datastore-zone");
        zone.setLabel(getTranslation("hosts.add.zone"));
        zone.setItems(zones);
        zone.setManualValidation(true);
        name.setId("datastore-name");
        name.setHelperText(getTranslation("hosts.datastores.add.name-helper"));
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.setMaxLength(HostRules.MAX_NAME_LENGTH + 1);
        name.setManualValidation(true);
        watch(zone);
        watch(name);
        watch(capacityGib);
        submit.setId("add-datastore-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> validateAndSubmit());
        var form = new FormLayout(zone, name, capacityGib);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(banner, form, new HorizontalLayout(submit));
    }

    void clear() {
        name.clear();
        capacityGib.clear();
        fields().values().forEach(field -> field.setInvalid(false));
        banner.clear();
    }

    @Override
    protected AddDatastoreCommand command() {
        return new AddDatastoreCommand(zone.getValue(), name.getValue(),
                capacityGib.getValue() == null ? null : capacityGib.getValue().longValue());
    }

    @Override
    protected List<FieldProblem> problems(AddDatastoreCommand command) {
        return HostRules.problems(command);
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("zone", zone, "name", name, "capacityGib", capacityGib);
    }
}
