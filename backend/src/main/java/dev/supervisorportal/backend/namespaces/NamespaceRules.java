package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.common.Dns1123;
import dev.supervisorportal.backend.common.FieldProblem;
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

    /** Names the Supervisor keeps for itself, and {@code request}, which is the request form's address. */
    private static final Set<String> RESERVED_NAMES = Set.of("default", "request", "kube-system", "kube-public",
            "kube-node-lease");
    private static final List<String> RESERVED_PREFIXES = List.of("kube-", "vmware-system-");

    private NamespaceRules() {
    }

    /** Why {@code name} is not a usable namespace name (a DNS-1123 label, not reserved), or empty when it is one. */
    public static Optional<String> nameProblem(String name) {
        Optional<String> labelProblem = Dns1123.labelProblem(name);
        if (labelProblem.isPresent()) {
            return labelProblem;
        }
        if (RESERVED_NAMES.contains(name) || RESERVED_PREFIXES.stream().anyMatch(name::startsWith)) {
            return Optional.of("'" + name + "' is reserved by the Supervisor; choose another name.");
        }
        return Optional.empty();
    }

    /** Why {@code value} is not a usable limit in {@code unit}, or empty when it is one. */
    public static Optional<String> limitProblem(Long value, String unit) {
        if (value == null) {
            return Optional.of("Enter a limit in " + unit + ".");
        }
        if (value < 1) {
            return Optional.of("Enter at least 1 " + unit + ".");
        }
        if (value > MAX_LIMIT) {
            return Optional.of("Enter at most " + String.format("%,d", MAX_LIMIT) + " " + unit + ".");
        }
        return Optional.empty();
    }

    /** Why {@code text} is not a usable justification or reason, or empty when it is one. */
    public static Optional<String> textProblem(String text, String what) {
        if (text == null || text.isBlank()) {
            return Optional.of("Enter " + what + ".");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return Optional.of("Use at most " + MAX_TEXT_LENGTH + " characters; this text has " + text.length() + ".");
        }
        return PlainText.controlCharacterProblem(text);
    }

    public static Optional<String> justificationProblem(String justification) {
        return textProblem(justification, "what the namespace is for");
    }

    public static Optional<String> reasonProblem(String reason) {
        return textProblem(reason, "the reason for the rejection");
    }

    public static List<FieldProblem> problems(NamespaceRequestCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        nameProblem(command.name()).ifPresent(message -> problems.add(new FieldProblem("name", message)));
        problems.addAll(limitProblems(command.cpuMhz(), command.memoryMib(), command.storageGib()));
        justificationProblem(command.justification())
                .ifPresent(message -> problems.add(new FieldProblem("justification", message)));
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
