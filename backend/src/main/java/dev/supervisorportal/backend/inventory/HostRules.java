package dev.supervisorportal.backend.inventory;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Msg;
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
            problems.add(FieldProblem.of("name", "inventory.host.name-missing"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(FieldProblem.of("name", "inventory.host.name-too-long", MAX_NAME_LENGTH, name.length()));
        } else if (!HOST_NAME.matcher(name).matches()) {
            problems.add(FieldProblem.of("name", "inventory.host.name-invalid", name));
        }
        if (command.zone() == null || command.zone().isBlank()) {
            problems.add(FieldProblem.of("zone", "inventory.host.zone-missing"));
        }
        capacity(problems, "cpuMhz", Msg.of("inventory.resource.cpu"), "MHz", command.cpuMhz());
        capacity(problems, "memoryMib", Msg.of("inventory.resource.memory"), "MiB", command.memoryMib());
        capacity(problems, "storageGib", Msg.of("inventory.resource.storage"), "GiB", command.storageGib());
        return problems;
    }

    private static void capacity(List<FieldProblem> problems, String field, Msg label, String unit, Long value) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "inventory.capacity.missing", label, unit));
        } else if (value <= 0) {
            problems.add(FieldProblem.of(field, "inventory.capacity.not-positive", label, unit, value));
        } else if (value > Resources.MAX) {
            problems.add(FieldProblem.of(field, "inventory.capacity.too-large", label, Resources.MAX, unit));
        }
    }

    /** Why a host in state {@code from} cannot be put into state {@code to}. */
    public static Msg refusal(String host, HostState from, HostState to) {
        return switch (to) {
            case MAINTENANCE -> from == HostState.FAILED ? Msg.of("inventory.host.maintenance-when-failed", host, from)
                    : Msg.of("inventory.host.maintenance-when-not-ready", host, from);
            case FAILED -> Msg.of("inventory.host.failed-already", host);
            case READY -> from == HostState.READY ? Msg.of("inventory.host.ready-already", host)
                    : from == HostState.FAILED ? Msg.of("inventory.host.recover-instead", host, from)
                    : Msg.of("inventory.host.exit-maintenance-instead", host, from);
        };
    }
}
