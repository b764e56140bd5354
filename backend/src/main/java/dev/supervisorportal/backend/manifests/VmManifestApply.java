package dev.supervisorportal.backend.manifests;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.workloads.ChangeVmCommand;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.PowerAction;
import dev.supervisorportal.backend.workloads.PowerState;
import dev.supervisorportal.backend.workloads.VmChangeService;
import dev.supervisorportal.backend.workloads.WorkloadService;
import dev.supervisorportal.backend.workloads.WorkloadView;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code VirtualMachine} document applied as {@code kubectl apply} does: a new name creates the VM, a name the
 * namespace has already updates it through the same services as the API. What vm-operator lets change may change
 * (the class: a resize; the boot disk: grow only; {@code spec.powerState}); the image, storage class and zone are
 * immutable there as here, so a document that changes them is refused at those fields. An unchanged document
 * changes nothing.
 */
@Component
class VmManifestApply {

    private final WorkloadService workloads;
    private final VmChangeService changes;

    VmManifestApply(WorkloadService workloads, VmChangeService changes) {
        this.workloads = workloads;
        this.changes = changes;
    }

    /**
     * @param firstInManifest whether this is the manifest's first document of this name: a second one is refused as
     *                        a taken name, as a paste that names one VM twice is a mistake
     */
    WorkloadView apply(String namespace, CreateVmCommand command, ManifestDocument.VmState state,
                       boolean firstInManifest) {
        Optional<WorkloadView> existing = !firstInManifest ? Optional.empty() : workloads.vms(namespace).stream()
                .filter(vm -> vm.name().equals(command.name())).findFirst();
        if (existing.isEmpty()) {
            WorkloadView created = workloads.createVm(namespace, command);
            return state != null && state.powerState() == PowerState.OFF
                    ? changes.changePower(namespace, created.name(), PowerAction.OFF, created.version()) : created;
        }
        return update(namespace, existing.get(), command, state);
    }

    private WorkloadView update(String namespace, WorkloadView vm, CreateVmCommand command,
                                ManifestDocument.VmState state) {
        List<FieldProblem> immutable = new ArrayList<>();
        immutable(immutable, "image", vm, vm.image(), command.image());
        immutable(immutable, "storagePolicy", vm, vm.storagePolicy(), command.storagePolicy());
        if (command.zone() != null) {
            immutable(immutable, "zone", vm, vm.zone(), command.zone());
        }
        if (!immutable.isEmpty()) {
            throw new InvalidInputException(immutable);
        }
        boolean diskGiven = state == null || state.diskGiven();
        Long disk = diskGiven && !Objects.equals(command.diskGib(), vm.demand().storageGib()) ? command.diskGib() : null;
        String vmClass = Objects.equals(command.vmClass(), vm.vmClass()) ? null : command.vmClass();
        WorkloadView now = vm;
        if (vmClass != null || disk != null) {
            now = changes.changeVm(namespace, vm.name(), new ChangeVmCommand(vmClass, disk, now.version()));
        }
        PowerState power = state == null ? null : state.powerState();
        if (power != null && power != now.powerState()) {
            now = changes.changePower(namespace, vm.name(), power == PowerState.ON ? PowerAction.ON : PowerAction.OFF,
                    now.version());
        }
        return now;
    }

    private static void immutable(List<FieldProblem> problems, String field, WorkloadView vm, String current,
                                  String asked) {
        if (!Objects.equals(current, asked)) {
            problems.add(new FieldProblem(field, Msg.of("manifests.vm.immutable", vm.name(), current, asked)));
        }
    }
}
