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

    final TextField name = new TextField("VM name");
    final ComboBox<VmClassView> vmClass = new ComboBox<>("VM class");
    final ComboBox<String> image = new ComboBox<>("Image");
    final ComboBox<String> storagePolicy = new ComboBox<>("Storage policy");
    final IntegerField diskGib = new IntegerField("Disk size");
    final Select<String> zone = new Select<>();
    final Button submit = new Button("Create VM");

    /**
     * @param vmClasses, images, storagePolicies what the namespace may use
     * @param zones the Supervisor's zones, in name order
     */
    public VmForm(List<VmClassView> vmClasses, List<CatalogItemView> images, List<CatalogItemView> storagePolicies,
                  List<String> zones, int mhzPerVcpu) {
        super("vm-form-error");
        addClassName("request-form");
        name.setId("vm-name");
        name.setHelperText("A DNS-1123 label: lower-case letters, digits and '-'. Unique among the namespace's VMs.");
        name.setMaxLength(Dns1123.MAX_LENGTH + 1);
        name.setValueChangeMode(ValueChangeMode.EAGER);

        vmClass.setId("vm-class");
        vmClass.setItems(vmClasses);
        vmClass.setItemLabelGenerator(Formats::vmClass);
        vmClass.setHelperText("vCPUs and memory; guaranteed classes reserve them on the host, best-effort ones do not.");
        vmClass.addValueChangeListener(change -> vmClass.setHelperText(change.getValue() == null ? ""
                : "Counts as " + Formats.mhz((long) change.getValue().cpus() * mhzPerVcpu) + " ("
                + change.getValue().cpus() + " vCPU × " + Formats.mhz(mhzPerVcpu) + ") and "
                + Formats.mib(change.getValue().memoryMib()) + " against the zone's quota."));

        catalogChoice(image, "vm-image", images);
        catalogChoice(storagePolicy, "vm-storage-policy", storagePolicies);

        diskGib.setId("vm-disk");
        diskGib.setSuffixComponent(new Span("GiB"));
        diskGib.setPlaceholder("40");
        diskGib.setStepButtonsVisible(false);
        diskGib.setValueChangeMode(ValueChangeMode.EAGER);
        diskGib.setHelperText("Counts against the zone's storage quota.");

        zone.setId("vm-zone");
        zone.setLabel("Zone");
        zone.setItems(zones);
        zone.setEmptySelectionAllowed(true);
        zone.setEmptySelectionCaption("Any zone (most free quota)");
        zone.setHelperText(zones.size() > 1
                ? "Without a zone, the VM goes to the zone where the namespace has the most quota free."
                : "The Supervisor has one zone.");

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
        var note = new Span("The VM is admitted into one zone at once and counts against that zone's share; "
                + "it stays PENDING until the reconciler places it on a host.");
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
