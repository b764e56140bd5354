package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.audit.AuditLog;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.NotFoundException;
import dev.supervisorportal.backend.common.StaleVersionException;
import dev.supervisorportal.backend.inventory.InventoryService;
import dev.supervisorportal.backend.inventory.ZoneChanged;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.namespaces.NamespaceRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.QuotaLedger;
import dev.supervisorportal.backend.quota.ZoneFit;
import dev.supervisorportal.backend.workloads.internal.Workload;
import dev.supervisorportal.backend.workloads.internal.WorkloadRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Day 2 of a VM: power it off, on or restart it, change its VM class (a resize) or grow its disk. The service records
 * what the user asks for (the desired power state, a restart asked for, the new size with its quota adjusted by the
 * difference in the VM's zone) and the zone's reconcile cycle carries it out. Every change names the version the
 * caller saw, if it wants to: one of two people changing a VM at once wins, the other gets a
 * {@link StaleVersionException}.
 */
@PreAuthorize("isAuthenticated()")
@Service
@Transactional
public class VmChangeService {

    private static final Msg TO_CHANGE = Msg.of("workloads.to-change-vms");

    private final NamespaceService namespaces;
    private final QuotaLedger quotaLedger;
    private final AdmissionChecks admission;
    private final WorkloadViews views;
    private final InventoryService inventory;
    private final WorkloadRepository workloads;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    VmChangeService(NamespaceService namespaces, QuotaLedger quotaLedger, AdmissionChecks admission,
                    WorkloadViews views, InventoryService inventory, WorkloadRepository workloads, AuditLog audit,
                    ApplicationEventPublisher events) {
        this.namespaces = namespaces;
        this.quotaLedger = quotaLedger;
        this.admission = admission;
        this.views = views;
        this.inventory = inventory;
        this.workloads = workloads;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Asks for a power change; refused (409) when the VM is in a state the action does not apply to: powering on a VM
     * that is on, off one that is off, restarting one that is off or not yet placed.
     */
    public WorkloadView changePower(String namespaceName, String name, PowerAction action, Long expectedVersion) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS, TO_CHANGE);
        Workload vm = findLocked(namespace, name);
        checkVersion(namespace, vm, expectedVersion);
        powerProblem(vm, action).ifPresent(problem -> {
            throw new ConflictException("action", problem);
        });
        switch (action) {
            case OFF -> vm.setPowerState(PowerState.OFF);
            case ON -> vm.setPowerState(PowerState.ON);
            case RESTART -> vm.requestRestart();
        }
        workloads.flush();
        audit.record("VM_POWER_" + action.name(), "vm", namespace.name() + "/" + name, "REQUESTED",
                Msg.of("audit.vm-power", action.name()));
        events.publishEvent(new ZoneChanged(zoneName(vm)));
        return views.workload(vm, namespace.name());
    }

    /**
     * Resizes the VM and/or grows its disk: the new class must exist and be granted to the namespace, a disk only
     * grows, and the difference in demand is reserved in the VM's zone (a smaller class gives some back). A VM on a
     * host is restarted by the next cycle to take its new size (on the same host when it has room); a powered-off or
     * waiting VM just changes.
     */
    public WorkloadView changeVm(String namespaceName, String name, ChangeVmCommand command) {
        Resize resize = resize(namespaceName, name, command, true);
        NamespaceRef namespace = resize.namespace();
        Workload vm = resize.vm();
        String zone = resize.zone();
        adjustReservation(namespace, resize.vm(), zone, resize.difference());
        Limits before = vm.demand();
        String classBefore = vm.getVmClass();
        vm.resize(resize.vmClass(), resize.demand());
        if (vm.getHostId() != null) {
            vm.requestRestart();
        }
        workloads.flush();
        audit.record("VM_RESIZED", "vm", namespace.name() + "/" + name, "ADMITTED",
                Msg.of("audit.vm-resized", classBefore, before.storageGib(), resize.vmClass(),
                        resize.demand().storageGib(), zone, resize.difference().text()));
        events.publishEvent(new ZoneChanged(zone));
        return views.workload(vm, namespace.name());
    }

    /**
     * What {@link #changeVm} would admit, by the same checks, without writing: refused with the same exceptions for
     * bad input, a shrink, an unknown class or a missing permission; the quota's fit of the difference is part of the
     * answer, the VM with its new demand its one workload.
     */
    @Transactional(readOnly = true)
    public AdmissionPreview previewChange(String namespaceName, String name, ChangeVmCommand command) {
        Resize resize = resize(namespaceName, name, command, false);
        String zone = resize.zone();
        List<ZoneFit> quota = quotaLedger.check(resize.namespace().id(), resize.vm().getStoragePolicy(),
                shares -> Map.of(zone, resize.difference()));
        return new AdmissionPreview(resize.namespace().name(), List.of(new AdmissionPreview.PlannedWorkload(
                WorkloadKind.VM, name, null, zone, resize.demand(), null)), quota);
    }

    /** A checked change of size: the VM (locked for a change), its zone, its new class and demand, the difference. */
    private record Resize(NamespaceRef namespace, Workload vm, String zone, String vmClass, Limits demand,
                          Limits difference) {
    }

    private Resize resize(String namespaceName, String name, ChangeVmCommand command, boolean lock) {
        NamespaceRef namespace = namespaces.require(namespaceName, NamespaceAction.EDIT_WORKLOADS, TO_CHANGE);
        Workload vm = lock ? findLocked(namespace, name) : find(namespace, name);
        checkVersion(namespace, vm, command.expectedVersion());
        List<FieldProblem> problems = WorkloadRules.problems(command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long disk = vm.demand().storageGib();
        if (command.storageGib() != null && command.storageGib() <= disk) {
            throw new InvalidInputException("storageGib", Msg.of("workloads.disk.only-grows", vm.getName(), disk,
                    command.storageGib()));
        }
        boolean newClass = command.vmClass() != null && !command.vmClass().equals(vm.getVmClass());
        if (!newClass && command.storageGib() == null) {
            throw new InvalidInputException("vmClass", Msg.of("workloads.vm.change-nothing", vm.getName(),
                    vm.getVmClass(), disk));
        }
        long newDisk = command.storageGib() != null ? command.storageGib() : disk;
        Limits demand = !newClass ? new Limits(vm.demand().cpuMhz(), vm.demand().memoryMib(), newDisk)
                : WorkloadDemand.vm(admission.vmClass(namespace, command.vmClass(), "vmClass"), newDisk,
                inventory.facts().mhzPerVcpu());
        return new Resize(namespace, vm, zoneName(vm), newClass ? command.vmClass() : vm.getVmClass(), demand,
                demand.minus(vm.demand()));
    }

    /**
     * The one place this service changes a namespace's quota use: by the difference, in the VM's zone, its disk's
     * part against its storage policy too.
     */
    private void adjustReservation(NamespaceRef namespace, Workload vm, String zone, Limits difference) {
        quotaLedger.reserve(namespace.id(), vm.getStoragePolicy(), shares -> Map.of(zone, difference));
    }

    private static Optional<Msg> powerProblem(Workload vm, PowerAction action) {
        boolean off = vm.getPowerState() == PowerState.OFF;
        return switch (action) {
            case OFF -> off ? Optional.of(Msg.of("workloads.vm.off-already", vm.getName()))
                    : Optional.empty();
            case ON -> off ? Optional.empty()
                    : Optional.of(Msg.of("workloads.vm.on-already", vm.getName(), vm.getStatus().name()));
            case RESTART -> off ? Optional.of(Msg.of("workloads.vm.restart-off", vm.getName()))
                    : vm.getHostId() == null
                    ? Optional.of(Msg.of("workloads.vm.restart-not-placed", vm.getName(), vm.getStatus().name()))
                    : Optional.empty();
        };
    }

    private static void checkVersion(NamespaceRef namespace, Workload vm, Long expectedVersion) {
        StaleVersionException.check(expectedVersion, vm.getVersion(),
                Msg.of("workloads.vm.label", namespace.name(), vm.getName()),
                Msg.of("workloads.vm.now", vm.getStatus().name(), vm.getPowerState().name(), vm.getVmClass(),
                        vm.demand().storageGib()));
    }

    private String zoneName(Workload vm) {
        return inventory.facts().zones().stream().filter(zone -> zone.id() == vm.getZoneId()).map(ZoneRef::name)
                .findFirst().orElseThrow();
    }

    private Workload find(NamespaceRef namespace, String name) {
        return workloads.findByNamespaceIdAndKindAndName(namespace.id(), WorkloadKind.VM, name)
                .orElseThrow(() -> notFound(namespace, name));
    }

    private Workload findLocked(NamespaceRef namespace, String name) {
        return workloads.findLocked(namespace.id(), WorkloadKind.VM, name).orElseThrow(() -> notFound(namespace, name));
    }

    private static NotFoundException notFound(NamespaceRef namespace, String name) {
        return new NotFoundException(Msg.of("workloads.vm.not-found", namespace.name(), name));
    }
}
