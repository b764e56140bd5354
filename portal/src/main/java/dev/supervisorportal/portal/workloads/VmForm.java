package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.common.Dns1123;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.WorkloadRules;
import dev.supervisorportal.portal.ui.ErrorBanner;
import dev.supervisorportal.portal.ui.FieldProblems;
import dev.supervisorportal.portal.ui.Formats;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The VM form. It checks each field with the backend's {@link WorkloadRules} as the user changes it, and fires a
 * {@link SubmitEvent} with a valid command; the view sends it and hands refusals back to {@link #showProblems(List)}.
 */
public class VmForm extends Div {

    final TextField name = new TextField("VM name");
    final ComboBox<VmClassView> vmClass = new ComboBox<>("VM class");
    final ComboBox<String> image = new ComboBox<>("Image");
    final ComboBox<String> storagePolicy = new ComboBox<>("Storage policy");
    final IntegerField diskGib = new IntegerField("Disk size");
    final Select<String> zone = new Select<>();
    final Button submit = new Button("Create VM");
    final ErrorBanner banner = new ErrorBanner("vm-form-error");

    /**
     * @param vmClasses, images, storagePolicies what the namespace may use
     * @param zones the Supervisor's zones, in name order
     */
    public VmForm(List<VmClassView> vmClasses, List<CatalogItemView> images, List<CatalogItemView> storagePolicies,
                  List<String> zones, int mhzPerVcpu) {
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

        submit.setId("create-vm-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> validateAndSubmit());

        var form = new FormLayout(name, vmClass, image, storagePolicy, diskGib, zone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        var note = new Span("The VM is admitted into one zone at once and counts against that zone's share; "
                + "it stays PENDING until the reconciler places it on a host.");
        note.addClassName("form-note");
        add(banner, form, note, new HorizontalLayout(submit));
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
    CreateVmCommand command() {
        return new CreateVmCommand(name.getValue(), vmClass.getValue() == null ? null : vmClass.getValue().name(),
                image.getValue(), storagePolicy.getValue(), diskGib.getValue() == null ? null : diskGib.getValue().longValue(),
                zone.getValue());
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "vmClass", vmClass, "image", image, "storagePolicy", storagePolicy,
                "diskGib", diskGib, "zone", zone);
    }

    private <F extends HasValue<?, ?> & HasValidation> void watch(F field) {
        field.addValueChangeListener(change -> fields().forEach((path, candidate) -> {
            if (candidate == field) {
                FieldProblems.showFor(path, field, WorkloadRules.problems(command()));
            }
        }));
    }

    private void validateAndSubmit() {
        CreateVmCommand command = command();
        List<FieldProblem> problems = WorkloadRules.problems(command);
        showProblems(problems);
        if (problems.isEmpty()) {
            fireEvent(new SubmitEvent(this, command));
        }
    }

    /** Marks the fields the rules or the backend refused, with their words; the rest goes to the banner. */
    public void showProblems(List<FieldProblem> problems) {
        FieldProblems.show(problems, fields(), banner);
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** A VM whose fields all pass the rules, ready to send. */
    public static class SubmitEvent extends ComponentEvent<VmForm> {

        private final CreateVmCommand command;

        SubmitEvent(VmForm source, CreateVmCommand command) {
            super(source, false);
            this.command = command;
        }

        public CreateVmCommand command() {
            return command;
        }
    }
}
