package dev.supervisorportal.backend.inventory;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.scheduler.model.Resources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a new host must look like, and why a host cannot go from one state to another. */
public final class HostRules {

    /** Host names as ESXi has them: DNS labels of lower-case letters, digits and hyphens, joined by dots. */
    private static final Pattern HOST_NAME =
            Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    public static final int MAX_NAME_LENGTH = 100;

    private HostRules() {
    }

    public static List<FieldProblem> problems(AddHostCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "Give the host a name, like esx-a-05 or esx05.lab.local."));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("name", "A host name has at most " + MAX_NAME_LENGTH + " characters; this one has "
                    + name.length() + "."));
        } else if (!HOST_NAME.matcher(name).matches()) {
            problems.add(new FieldProblem("name", "'" + name + "' is no host name: use lower-case letters, digits and"
                    + " hyphens, in dot-separated parts that start and end with a letter or digit (esx-a-05)."));
        }
        if (command.zone() == null || command.zone().isBlank()) {
            problems.add(new FieldProblem("zone", "Choose the zone the host joins."));
        }
        capacity(problems, "cpuMhz", "CPU", "MHz", command.cpuMhz());
        capacity(problems, "memoryMib", "Memory", "MiB", command.memoryMib());
        capacity(problems, "storageGib", "Storage", "GiB", command.storageGib());
        return problems;
    }

    private static void capacity(List<FieldProblem> problems, String field, String label, String unit, Long value) {
        if (value == null) {
            problems.add(new FieldProblem(field, label + " capacity is required, in " + unit + "."));
        } else if (value <= 0) {
            problems.add(new FieldProblem(field, label + " capacity must be more than 0 " + unit + "; it was " + value + "."));
        } else if (value > Resources.MAX) {
            problems.add(new FieldProblem(field, String.format("%s capacity must be at most %,d %s.", label, Resources.MAX, unit)));
        }
    }

    /** Why a host in state {@code from} cannot be put into state {@code to}. */
    public static String refusal(String host, HostState from, HostState to) {
        return switch (to) {
            case MAINTENANCE -> host + " is " + from + "; only a READY host can enter maintenance"
                    + (from == HostState.FAILED ? " (recover it first)." : ".");
            case FAILED -> host + " is FAILED already.";
            case READY -> from == HostState.READY ? host + " is READY already."
                    : host + " is " + from + "; " + (from == HostState.FAILED ? "recover it" : "exit maintenance")
                    + " instead.";
        };
    }
}
