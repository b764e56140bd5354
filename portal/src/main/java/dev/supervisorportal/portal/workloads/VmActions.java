package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.reconcile.WhatIfService;
import dev.supervisorportal.backend.workloads.PowerAction;
import dev.supervisorportal.backend.workloads.PowerState;
import dev.supervisorportal.backend.workloads.VmChangeService;
import dev.supervisorportal.backend.workloads.WorkloadView;
import dev.supervisorportal.portal.i18n.Texts;
import dev.supervisorportal.portal.ui.Formats;
import dev.supervisorportal.portal.ui.Notices;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A VM's day-2 buttons on its row, for editors: power off or on, restart (each after a dialog that says what the
 * reconciler will do) and Resize… (a dialog with the what-if of the new size). Each change is sent with the version
 * the row shows, so a change someone made meanwhile is not overwritten: the backend refuses it and says what changed.
 */
public class VmActions {

    private final String namespace;
    private final VmChangeService changes;
    private final WhatIfService whatIf;
    private final Supplier<List<VmClassView>> vmClasses;
    private final Runnable changed;

    /**
     * @param vmClasses what the namespace may use, read when the resize dialog opens
     * @param changed   runs after a change was accepted (the page shows the VM as it is now)
     */
    public VmActions(String namespace, VmChangeService changes, WhatIfService whatIf,
                     Supplier<List<VmClassView>> vmClasses, Runnable changed) {
        this.namespace = namespace;
        this.changes = changes;
        this.whatIf = whatIf;
        this.vmClasses = vmClasses;
        this.changed = changed;
    }

    /** {@link #buttons} as one group of the row's action buttons (they sit among the others). */
    Div group(WorkloadView vm) {
        var group = new Div();
        group.getStyle().set("display", "contents");
        buttons(vm).forEach(group::add);
        return group;
    }

    /** The buttons the VM's state allows: power off and restart while on (restart once on a host), power on while off. */
    List<Button> buttons(WorkloadView vm) {
        String what = Texts.t("workloads.what.vm", vm.name());
        List<Button> buttons = new ArrayList<>();
        if (vm.powerState() == PowerState.ON) {
            buttons.add(WorkloadColumns.iconButton("power-off-vm-" + vm.name(), VaadinIcon.POWER_OFF,
                    Texts.t("workloads.vm.power-off", what), () -> confirm(vm, PowerAction.OFF)));
            if (vm.host() != null) {
                buttons.add(WorkloadColumns.iconButton("restart-vm-" + vm.name(), VaadinIcon.REFRESH,
                        Texts.t("workloads.vm.restart", what), () -> confirm(vm, PowerAction.RESTART)));
            }
        } else {
            buttons.add(WorkloadColumns.iconButton("power-on-vm-" + vm.name(), VaadinIcon.PLAY,
                    Texts.t("workloads.vm.power-on", what), () -> confirm(vm, PowerAction.ON)));
        }
        buttons.add(WorkloadColumns.iconButton("resize-vm-" + vm.name(), VaadinIcon.EXPAND_SQUARE,
                Texts.t("workloads.vm.resize", what), () -> new VmResizeDialog(namespace, vm, vmClasses.get(), changes,
                        whatIf, changed).open()));
        return buttons;
    }

    /** What the power change will do, asked before it is sent. */
    ConfirmDialog confirm(WorkloadView vm, PowerAction action) {
        String key = "workloads.vm.power." + action.name();
        var dialog = new ConfirmDialog();
        dialog.setId("vm-power-dialog");
        dialog.setHeader(Texts.t(key + ".title", vm.name()));
        dialog.setText(Texts.t(key + ".text", vm.name(), WorkloadColumns.host(vm), vm.zone(),
                Formats.limits(vm.demand())));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("workloads.vm.cancel"));
        dialog.setConfirmText(Texts.t(key + ".confirm"));
        dialog.addConfirmListener(confirm -> {
            changes.changePower(namespace, vm.name(), action, vm.version());
            Notices.success(Texts.t(key + ".done", vm.name()));
            changed.run();
        });
        dialog.open();
        return dialog;
    }
}
