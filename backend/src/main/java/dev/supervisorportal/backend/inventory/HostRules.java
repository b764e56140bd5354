package dev.supervisorportal.backend.inventory;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.scheduler.model.Resources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a new host or datastore must look like, and why a host or datastore cannot go from one state to another.
 */
public final class HostRules {

    /** Host names as ESXi has them: DNS labels of lower-case letters, digits and hyphens, joined by dots. */
    private static final Pattern HOST_NAME =
            Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    public static final int MAX_NAME_LENGTH = 100;
    /** Datastore names as vCenter shows them: letters (either case), digits, dots, hyphens and underscores. */
    private static final Pattern DATASTORE_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]{0,98}[A-Za-z0-9])?");

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

    public static List<FieldProblem> problems(AddDatastoreCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty()) {
            problems.add(FieldProblem.of("name", "inventory.datastore.name-missing"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(FieldProblem.of("name", "inventory.datastore.name-too-long", MAX_NAME_LENGTH, name.length()));
        } else if (!DATASTORE_NAME.matcher(name).matches()) {
            problems.add(FieldProblem.of("name", "inventory.datastore.name-invalid", name));
        }
        if (command.zone() == null || command.zone().isBlank()) {
            problems.add(FieldProblem.of("zone", "inventory.datastore.zone-missing"));
        }
        capacity(problems, "capacityGib", Msg.of("inventory.resource.storage"), "GiB", command.capacityGib());
        return problems;
    }

    /** Why a datastore cannot be removed from the inventory: it must be in maintenance and hold no volume. */
    public static java.util.Optional<Msg> removalRefusal(DatastoreView datastore) {
        if (datastore.state() != DatastoreState.MAINTENANCE) {
            return java.util.Optional.of(Msg.of("inventory.datastore.remove-when-not-in-maintenance", datastore.name(),
                    datastore.state()));
        }
        if (datastore.provisionedGib() > 0) {
            return java.util.Optional.of(Msg.of("inventory.datastore.remove-when-not-empty", datastore.name(),
                    datastore.provisionedGib()));
        }
        return java.util.Optional.empty();
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
