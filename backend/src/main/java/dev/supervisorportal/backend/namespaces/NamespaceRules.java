package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.common.Dns1123;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.PlainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a namespace request must satisfy. The one place these rules live: the service enforces them and the
 * form shows them at the field, with the same words.
 */
public final class NamespaceRules {

    public static final int MAX_NAME_LENGTH = Dns1123.MAX_LENGTH;
    public static final long MAX_LIMIT = 1_000_000_000L;
    public static final int MAX_TEXT_LENGTH = 2000;
    /** The most objects of one kind a count limit may allow. */
    public static final long MAX_COUNT = 100_000L;

    /** Names the Supervisor keeps for itself, and {@code request}, which is the request form's address. */
    private static final Set<String> RESERVED_NAMES = Set.of("default", "request", "kube-system", "kube-public",
            "kube-node-lease");
    private static final List<String> RESERVED_PREFIXES = List.of("kube-", "vmware-system-");

    private NamespaceRules() {
    }

    /** Why {@code name} is not a usable namespace name (a DNS-1123 label, not reserved), or empty when it is one. */
    public static Optional<Msg> nameProblem(String name) {
        Optional<Msg> labelProblem = Dns1123.labelProblem(name);
        if (labelProblem.isPresent()) {
            return labelProblem;
        }
        if (RESERVED_NAMES.contains(name) || RESERVED_PREFIXES.stream().anyMatch(name::startsWith)) {
            return Optional.of(Msg.of("namespaces.name-reserved", name));
        }
        return Optional.empty();
    }

    /** Why {@code value} is not a usable limit in {@code unit}, or empty when it is one. */
    public static Optional<Msg> limitProblem(Long value, String unit) {
        if (value == null) {
            return Optional.of(Msg.of("namespaces.limit.missing", unit));
        }
        if (value < 1) {
            return Optional.of(Msg.of("namespaces.limit.too-small", unit));
        }
        if (value > MAX_LIMIT) {
            return Optional.of(Msg.of("namespaces.limit.too-large", MAX_LIMIT, unit));
        }
        return Optional.empty();
    }

    /** Why {@code text} is not a usable justification or reason ({@code missing} when there is none), or empty. */
    public static Optional<Msg> textProblem(String text, Msg missing) {
        if (text == null || text.isBlank()) {
            return Optional.of(missing);
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return Optional.of(Msg.of("namespaces.text.too-long", MAX_TEXT_LENGTH, text.length()));
        }
        return PlainText.controlCharacterProblem(text);
    }

    public static Optional<Msg> justificationProblem(String justification) {
        return textProblem(justification, Msg.of("namespaces.justification.missing"));
    }

    public static Optional<Msg> reasonProblem(String reason) {
        return textProblem(reason, Msg.of("namespaces.reason.missing"));
    }

    public static List<FieldProblem> problems(NamespaceRequestCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        nameProblem(command.name()).ifPresent(message -> problems.add(new FieldProblem("name", message)));
        problems.addAll(limitProblems(command.cpuMhz(), command.memoryMib(), command.storageGib()));
        problems.addAll(countProblems(command.counts()));
        justificationProblem(command.justification())
                .ifPresent(message -> problems.add(new FieldProblem("justification", message)));
        return problems;
    }

    /** Why a count limit is not usable: each is empty (no limit) or a whole number from 0 to {@link #MAX_COUNT}. */
    public static Optional<Msg> countProblem(Long value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value < 0) {
            return Optional.of(Msg.of("namespaces.count-limit.negative"));
        }
        if (value > MAX_COUNT) {
            return Optional.of(Msg.of("namespaces.count-limit.too-large", MAX_COUNT));
        }
        return Optional.empty();
    }

    /** Each count limit's problem, at its field ({@code maxVms}, …). */
    public static List<FieldProblem> countProblems(ObjectCountLimits counts) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ObjectKind kind : ObjectKind.values()) {
            countProblem(counts.of(kind)).ifPresent(message -> problems.add(new FieldProblem(kind.field(), message)));
        }
        return problems;
    }

    /** Every problem of an admin's direct change of the limits, by field: the limits, the counts, the reason. */
    public static List<FieldProblem> problems(UpdateLimitsCommand command) {
        List<FieldProblem> problems = new ArrayList<>(limitProblems(command.cpuMhz(), command.memoryMib(),
                command.storageGib()));
        problems.addAll(countProblems(command.counts()));
        textProblem(command.reason(), Msg.of("namespaces.limits.reason-missing"))
                .ifPresent(message -> problems.add(new FieldProblem("reason", message)));
        return problems;
    }

    public static List<FieldProblem> limitProblems(Long cpuMhz, Long memoryMib, Long storageGib) {
        List<FieldProblem> problems = new ArrayList<>();
        limitProblem(cpuMhz, "MHz").ifPresent(message -> problems.add(new FieldProblem("cpuMhz", message)));
        limitProblem(memoryMib, "MiB").ifPresent(message -> problems.add(new FieldProblem("memoryMib", message)));
        limitProblem(storageGib, "GiB").ifPresent(message -> problems.add(new FieldProblem("storageGib", message)));
        return problems;
    }
}
