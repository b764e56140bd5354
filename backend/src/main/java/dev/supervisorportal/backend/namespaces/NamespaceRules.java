package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.common.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a namespace request must satisfy. The one place these rules live: the service enforces them and the
 * form shows them at the field, with the same words.
 */
public final class NamespaceRules {

    public static final int MAX_NAME_LENGTH = 63;
    public static final long MAX_LIMIT = 1_000_000_000L;
    public static final int MAX_TEXT_LENGTH = 2000;

    private static final Pattern ALLOWED_CHARACTERS = Pattern.compile("[a-z0-9-]*");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9-]");
    /** Names the Supervisor keeps for itself, and {@code request}, which is the request form's address. */
    private static final Set<String> RESERVED_NAMES = Set.of("default", "request", "kube-system", "kube-public",
            "kube-node-lease");
    private static final List<String> RESERVED_PREFIXES = List.of("kube-", "vmware-system-");

    private NamespaceRules() {
    }

    /** Why {@code name} is not a usable namespace name (a DNS-1123 label), or empty when it is one. */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("Enter a name.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of("Use at most " + MAX_NAME_LENGTH + " characters; this name has " + name.length() + ".");
        }
        if (!ALLOWED_CHARACTERS.matcher(name).matches()) {
            var matcher = NOT_ALLOWED.matcher(name);
            matcher.find();
            return Optional.of("Use only lower-case letters, digits and '-'; '" + matcher.group() + "' is not allowed.");
        }
        if (name.startsWith("-") || name.endsWith("-")) {
            return Optional.of("Start and end with a lower-case letter or a digit.");
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
        return Optional.empty();
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
