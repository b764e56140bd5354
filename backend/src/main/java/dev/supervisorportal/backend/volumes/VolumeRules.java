package dev.supervisorportal.backend.volumes;

import dev.supervisorportal.backend.common.Dns1123;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Msg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a claim must look like, and what may change of it. Only {@code ReadWriteOnce}: a CNS block volume is attached
 * to one VM at a time; {@code ReadWriteMany} needs vSAN File Services, which this Supervisor does not have.
 */
public final class VolumeRules {

    public static final String READ_WRITE_ONCE = "ReadWriteOnce";
    public static final long MAX_STORAGE_GIB = 65_536;
    private static final List<String> OTHER_ACCESS_MODES = List.of("ReadWriteMany", "ReadOnlyMany", "ReadWriteOncePod");

    private VolumeRules() {
    }

    public static List<FieldProblem> problems(CreatePvcCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        Dns1123.labelProblem(command.name()).ifPresent(message -> problems.add(new FieldProblem("name", message)));
        if (command.storagePolicy() == null || command.storagePolicy().isBlank()) {
            problems.add(FieldProblem.of("storagePolicy", "volumes.pvc.storage-policy-missing"));
        }
        sizeProblem(command.storageGib()).ifPresent(message -> problems.add(new FieldProblem("storageGib", message)));
        accessModeProblem(command.accessMode())
                .ifPresent(message -> problems.add(new FieldProblem("accessMode", message)));
        return problems;
    }

    /** The access mode asked, {@code ReadWriteOnce} when none is. */
    public static String accessMode(String asked) {
        return asked == null || asked.isBlank() ? READ_WRITE_ONCE : asked.strip();
    }

    public static Optional<Msg> sizeProblem(Long storageGib) {
        if (storageGib == null) {
            return Optional.of(Msg.of("volumes.pvc.size-missing"));
        }
        if (storageGib < 1 || storageGib > MAX_STORAGE_GIB) {
            return Optional.of(Msg.of("volumes.pvc.size-out-of-range", MAX_STORAGE_GIB, storageGib));
        }
        return Optional.empty();
    }

    /** A claim grows and never shrinks (as Kubernetes' volume expansion). */
    public static Optional<Msg> growProblem(String claim, long currentGib, long askedGib) {
        if (askedGib < currentGib) {
            return Optional.of(Msg.of("volumes.pvc.shrink", claim, currentGib, askedGib));
        }
        return sizeProblem(askedGib);
    }

    private static Optional<Msg> accessModeProblem(String asked) {
        String mode = accessMode(asked);
        if (mode.equals(READ_WRITE_ONCE)) {
            return Optional.empty();
        }
        return Optional.of(OTHER_ACCESS_MODES.contains(mode) ? Msg.of("volumes.pvc.access-mode-unsupported", mode)
                : Msg.of("volumes.pvc.access-mode-unknown", mode.length() > 40 ? mode.substring(0, 40) + "…" : mode));
    }
}
