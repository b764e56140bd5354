package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Refusal;
import dev.supervisorportal.backend.reconcile.WhatIfAnswer;
import dev.supervisorportal.backend.reconcile.WhatIfService;
import dev.supervisorportal.backend.workloads.ChangeVmCommand;
import dev.supervisorportal.backend.workloads.VmChangeService;
import dev.supervisorportal.backend.workloads.WorkloadView;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.ErrorBanner;
import dev.supervisorportal.portal.ui.FieldProblems;
import dev.supervisorportal.portal.ui.Notices;
import dev.supervisorportal.portal.ui.WhatIfVerdict;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Resize a VM (another VM class) and/or grow its disk. As the fields change it shows the what-if of the new size:
 * whether the difference fits the VM's zone quota (or which resource falls short) and whether a host has room; a
 * refusal shows at its field or in the banner, in the user's language. Resize sends the change with the version the
 * dialog was opened with.
 */
public class VmResizeDialog extends Dialog {

    final ComboBox<VmClassView> vmClass = new ComboBox<>(Texts.t("workloads.vm-class"));
    final IntegerField disk = new IntegerField(Texts.t("workloads.vm.disk"));
    final WhatIfVerdict verdict = new WhatIfVerdict("vm-resize-what-if");
    final ErrorBanner banner = new ErrorBanner("vm-resize-error");
    final Button submit = new Button(Texts.t("workloads.vm.resize.submit"));

    private final String namespace;
    private final WorkloadView vm;
    private final VmChangeService changes;
    private final WhatIfService whatIf;

    public VmResizeDialog(String namespace, WorkloadView vm, List<VmClassView> vmClasses, VmChangeService changes,
                          WhatIfService whatIf, Runnable changed) {
        this.namespace = namespace;
        this.vm = vm;
        this.changes = changes;
        this.whatIf = whatIf;
        setId("vm-resize-dialog");
        setHeaderTitle(Texts.t("workloads.vm.resize.title", vm.name()));

        vmClass.setId("vm-resize-class");
        vmClass.setItems(vmClasses);
        vmClass.setItemLabelGenerator(Formats::vmClass);
        vmClasses.stream().filter(c -> c.name().equals(vm.vmClass())).findFirst().ifPresent(vmClass::setValue);
        vmClass.setHelperText(Texts.t("workloads.vm.resize.class.helper", vm.vmClass()));
        vmClass.setManualValidation(true);
        vmClass.addValueChangeListener(change -> refreshWhatIf());

        disk.setId("vm-resize-disk");
        disk.setSuffixComponent(new Span("GiB"));
        disk.setValue((int) vm.demand().storageGib());
        disk.setStepButtonsVisible(false);
        disk.setValueChangeMode(ValueChangeMode.EAGER);
        disk.setHelperText(Texts.t("workloads.vm.resize.disk.helper", vm.demand().storageGib()));
        disk.setManualValidation(true);
        disk.addValueChangeListener(change -> refreshWhatIf());


        submit.setId("vm-resize-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            if (send()) {
                close();
                Notices.success(Texts.t("workloads.vm.resize.done", vm.name()));
                changed.run();
            }
        });
        var cancel = new Button(Texts.t("workloads.vm.cancel"), click -> close());
        cancel.setId("vm-resize-cancel");

        var form = new FormLayout(vmClass, disk);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(banner, new Paragraph(Texts.t("workloads.vm.resize.note", vm.name(), vm.zone(),
                Formats.limits(vm.demand()))), form, verdict);
        getFooter().add(cancel, submit);
        refreshWhatIf();
    }

    /** The change the fields ask for: what differs from the VM, at the version the dialog shows. */
    ChangeVmCommand command() {
        String newClass = vmClass.getValue() == null || vmClass.getValue().name().equals(vm.vmClass()) ? null
                : vmClass.getValue().name();
        Long newDisk = disk.getValue() == null || Objects.equals(disk.getValue().longValue(), vm.demand().storageGib())
                ? null : disk.getValue().longValue();
        return new ChangeVmCommand(newClass, newDisk, vm.version());
    }

    /** Asks the backend whether the new size fits; a refusal (a shrink, an unknown class) shows at its field. */
    void refreshWhatIf() {
        show(List.of());
        ChangeVmCommand command = command();
        if (command.vmClass() == null && command.storageGib() == null) {
            verdict.incomplete();
            submit.setEnabled(false);
            return;
        }
        try {
            WhatIfAnswer answer = whatIf.whatIfVmChange(namespace, vm.name(), command);
            verdict.show(answer);
            submit.setEnabled(answer.fitsQuota());
        } catch (RuntimeException refused) {
            verdict.refused(Texts.reason(refused));
            submit.setEnabled(false);
            show(refused);
        }
    }

    /** Sends the change; true when the backend took it, else its refusal is shown. */
    boolean send() {
        show(List.of());
        try {
            changes.changeVm(namespace, vm.name(), command());
            return true;
        } catch (RuntimeException refused) {
            show(refused);
            return false;
        }
    }

    /** A refusal at its field (the VM class, the disk) or in the banner; anything else is the portal's error. */
    private void show(RuntimeException refused) {
        if (!(refused instanceof Refusal refusal)) {
            throw refused;
        }
        show(refusal.problems());
    }

    private void show(List<FieldProblem> problems) {
        FieldProblems.show(problems, Map.of("vmClass", vmClass, "storageGib", disk), banner);
    }
}
