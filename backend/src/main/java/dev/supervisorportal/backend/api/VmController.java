package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.workloads.ChangeVmCommand;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.PowerAction;
import dev.supervisorportal.backend.workloads.VmChangeService;
import dev.supervisorportal.backend.reconcile.PlacementExplanation;
import dev.supervisorportal.backend.reconcile.WhatIfAnswer;
import dev.supervisorportal.backend.reconcile.WhatIfService;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.backend.workloads.WorkloadView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/namespaces/{namespace}/vms")
@Tag(name = "VMs", description = "VMs of the VM Service: VIEW sees them, EDIT creates, changes and deletes them")
class VmController {

    private final WorkloadService workloads;
    private final VmChangeService changes;
    private final WhatIfService whatIf;

    VmController(WorkloadService workloads, VmChangeService changes, WhatIfService whatIf) {
        this.workloads = workloads;
        this.changes = changes;
        this.whatIf = whatIf;
    }

    /** A power change: {@code OFF}, {@code ON} or {@code RESTART}, and optionally the version the caller saw. */
    record PowerBody(PowerAction action, Long version) {
    }

    /** A resize and/or a disk grow; a field left out stays as it is. */
    record ChangeBody(String vmClass, Long storageGib, Long version) {

        ChangeVmCommand command() {
            return new ChangeVmCommand(vmClass, storageGib, version);
        }
    }

    @PostMapping("/{name}/power")
    @Operation(summary = "Power a VM off or on, or restart it; the zone's next reconcile cycle carries it out "
            + "(409 when the VM's state does not allow it, or it changed since the version sent)")
    WorkloadView power(@PathVariable String namespace, @PathVariable String name, @RequestBody PowerBody body) {
        if (body.action() == null) {
            throw new InvalidInputException("action", Msg.of("api.vm.power-action.missing"));
        }
        return changes.changePower(namespace, name, body.action(), body.version());
    }

    @PatchMapping("/{name}")
    @Operation(summary = "Resize a VM (another VM class) and/or grow its disk; the difference is reserved in its "
            + "zone, a VM on a host restarts to take the new size (on the same host when it has room)")
    WorkloadView change(@PathVariable String namespace, @PathVariable String name, @RequestBody ChangeBody body) {
        return changes.changeVm(namespace, name, body.command());
    }

    @PostMapping("/{name}/what-if")
    @Operation(summary = "Would this VM fit at its new size? The PATCH body; the difference against its zone's quota "
            + "and the hosts now; changes nothing (200 also when it does not fit: the answer says why)")
    WhatIfAnswer whatIfChange(@PathVariable String namespace, @PathVariable String name,
                              @RequestBody ChangeBody body) {
        return whatIf.whatIfVmChange(namespace, name, body.command());
    }

    @GetMapping
    @Operation(summary = "The namespace's VMs, by name")
    List<WorkloadView> list(@PathVariable String namespace) {
        return workloads.vms(namespace);
    }

    @GetMapping("/{name}")
    @Operation(summary = "One VM: status (and why it waits), zone, host, demand")
    WorkloadView get(@PathVariable String namespace, @PathVariable String name) {
        return workloads.vm(namespace, name);
    }

    @PostMapping
    @Operation(summary = "Create a VM; without a zone, admission picks the one with the most room")
    ResponseEntity<WorkloadView> create(@PathVariable String namespace, @RequestBody CreateVmCommand command) {
        WorkloadView vm = workloads.createVm(namespace, command);
        return ResponseEntity.created(PathValues.location("/api/v1/namespaces/{namespace}/vms/{name}", namespace,
                vm.name())).body(vm);
    }

    @DeleteMapping("/{name}")
    @Operation(summary = "Delete a VM and give its quota back")
    ResponseEntity<Void> delete(@PathVariable String namespace, @PathVariable String name) {
        workloads.deleteVm(namespace, name);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/what-if")
    @Operation(summary = "Would this VM fit? The quota in the zone admission would choose, and the hosts there now; "
            + "creates nothing (200 also when it does not fit: the answer says why)")
    WhatIfAnswer whatIf(@PathVariable String namespace, @RequestBody CreateVmCommand command) {
        return whatIf.whatIfVm(namespace, command);
    }

    @GetMapping("/{name}/placement")
    @Operation(summary = "Explain a VM's placement: each host's reason while it waits, the hosts' scores once placed")
    PlacementExplanation placement(@PathVariable String namespace, @PathVariable String name) {
        return whatIf.explainVm(namespace, name);
    }
}
