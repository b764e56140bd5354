package dev.supervisorportal.portal.hosts;

import dev.supervisorportal.backend.inventory.HostState;

import java.util.Arrays;
import java.util.List;

/** What an admin can do to a host, and in which state: the same transitions the backend allows. */
enum HostAction {
    ENTER_MAINTENANCE("Enter maintenance", "enter-maintenance", HostState.READY),
    EXIT_MAINTENANCE("Exit maintenance", "exit-maintenance", HostState.MAINTENANCE),
    MARK_FAILED("Mark failed", "mark-failed", HostState.READY, HostState.MAINTENANCE),
    RECOVER("Recover", "recover", HostState.FAILED);

    final String label;
    final String idPrefix;
    private final List<HostState> from;

    HostAction(String label, String idPrefix, HostState... from) {
        this.label = label;
        this.idPrefix = idPrefix;
        this.from = List.of(from);
    }

    static List<HostAction> validFor(HostState state) {
        return Arrays.stream(values()).filter(action -> action.from.contains(state)).toList();
    }
}
