package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.common.Dns1123;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.WorkloadDemand;
import dev.supervisorportal.backend.workloads.WorkloadRules;
import dev.supervisorportal.portal.ui.CommandForm;
import dev.supervisorportal.portal.ui.Formats;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The VM form. It checks each field with the backend's {@link WorkloadRules} as the user changes it, and hands a
 * valid command to its submit listeners; the view sends it with {@link #send}, which shows the backend's refusals.
 */
public class VmForm extends CommandForm<CreateVmCommand> {

    final TextField name = new TextField(getTranslation("workloads.vm.name"));
    final ComboBox<VmClassView> vmClass = new ComboBox<>(getTranslation("workloads.vm-class"));
    final ComboBox<String> image = new ComboBox<>(getTranslation("workloads.vm.image"));
    final ComboBox<String> storagePolicy = new ComboBox<>(getTranslation("workloads.storage-policy"));
    final IntegerField diskGib = new IntegerField(getTranslation("workloads.vm.disk"));
    final Select<String> zone = new Select<>();
    final Button submit = new Button(getTranslation("workloads.vm.create"));

    /**
     * @param vmClasses, images, storagePolicies what the namespace may use
     * @param zones the Supervisor's zones, in name order
     */
    public VmForm(List<VmClassView> vmClasses, List<CatalogItemView> images, List<CatalogItemView> storagePolicies,
                  List<String> zones, int mhzPerVcpu) {
        super("vm-form-error");
        addClassName("request-form");
        name.setId("vm-name");
        name.setHelperText(getTranslation("workloads.vm.name.helper"));
        name.setMaxLength(Dns1123.MAX_LENGTH + 1);
        name.setValueChangeMode(ValueChangeMode.EAGER);

        vmClass.setId("vm-class");
        vmClass.setItems(vmClasses);
        vmClass.setItemLabelGenerator(Formats::vmClass);
        vmClass.setHelperText(getTranslation("workloads.vm.class.helper"));
        vmClass.addValueChangeListener(change -> vmClass.setHelperText(change.getValue() == null ? ""
                : getTranslation("workloads.vm.class.counts-as",
                Formats.mhz(WorkloadDemand.cpuMhz(change.getValue().cpus(), mhzPerVcpu)), change.getValue().cpus(),
                Formats.mhz(mhzPerVcpu), Formats.mib(change.getValue().memoryMib()))));

        catalogChoice(image, "vm-image", images);
        catalogChoice(storagePolicy, "vm-storage-policy", storagePolicies);

        diskGib.setId("vm-disk");
        diskGib.setSuffixComponent(new Span("GiB"));
        diskGib.setPlaceholder("40");
        diskGib.setStepButtonsVisible(false);
        diskGib.setValueChangeMode(ValueChangeMode.EAGER);
        diskGib.setHelperText(getTranslation("workloads.vm.disk.helper"));

        zone.setId("vm-zone");
        zone.setLabel(getTranslation("workloads.zone"));
        zone.setItems(zones);
        zone.setEmptySelectionAllowed(true);
        zone.setEmptySelectionCaption(getTranslation("workloads.vm.zone.any"));
        zone.setHelperText(getTranslation(zones.size() > 1 ? "workloads.vm.zone.helper" : "workloads.one-zone"));

        // The rules below decide what is valid, not the components' own checks.
        name.setManualValidation(true);
        vmClass.setManualValidation(true);
        image.setManualValidation(true);
        storagePolicy.setManualValidation(true);
        diskGib.setManualValidation(true);
        zone.setManualValidation(true);
        watch(name);
        watch(vmClass);
        watch(image);
        watch(storagePolicy);
        watch(diskGib);
        zone.addValueChangeListener(change -> refreshWhatIf());

        submit.setId("create-vm-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> validateAndSubmit());

        var form = new FormLayout(name, vmClass, image, storagePolicy, diskGib, zone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        var note = new Span(getTranslation("workloads.vm.note"));
        note.addClassName("form-note");
        add(banner, form, note, whatIf, new HorizontalLayout(submit));
    }

    private static void catalogChoice(ComboBox<String> field, String id, List<CatalogItemView> entries) {
        Map<String, String> descriptions = entries.stream()
                .collect(Collectors.toMap(CatalogItemView::name,
                        entry -> entry.description() == null ? "" : entry.description()));
        field.setId(id);
        field.setItems(entries.stream().map(CatalogItemView::name).toList());
        field.setItemLabelGenerator(entry -> descriptions.getOrDefault(entry, "").isBlank() ? entry
                : entry + " — " + descriptions.get(entry));
    }

    /** What the fields say now, valid or not. */
    @Override
    protected CreateVmCommand command() {
        return new CreateVmCommand(name.getValue(), vmClass.getValue() == null ? null : vmClass.getValue().name(),
                image.getValue(), storagePolicy.getValue(), diskGib.getValue() == null ? null : diskGib.getValue().longValue(),
                zone.getValue());
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("name", name, "vmClass", vmClass, "image", image, "storagePolicy", storagePolicy,
                "diskGib", diskGib, "zone", zone);
    }


    @Override
    protected List<FieldProblem> problems(CreateVmCommand command) {
        return WorkloadRules.problems(command);
    }
}
