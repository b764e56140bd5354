package dev.supervisorportal.portal.hosts;

import dev.supervisorportal.backend.inventory.HostState;

import java.util.Arrays;
import java.util.List;

/** What an admin can do to a host, and in which state: the same transitions the backend allows. */
enum HostAction {
    ENTER_MAINTENANCE("enter-maintenance", HostState.READY),
    EXIT_MAINTENANCE("exit-maintenance", HostState.MAINTENANCE),
    MARK_FAILED("mark-failed", HostState.READY, HostState.MAINTENANCE),
    RECOVER("recover", HostState.FAILED),
    /** Take it out of the inventory: in maintenance, once nothing is placed on it any more. */
    REMOVE("remove", HostState.MAINTENANCE);

    /** Also names the button's label: {@code hosts.action.<idPrefix>}. */
    final String idPrefix;
    private final List<HostState> from;

    HostAction(String idPrefix, HostState... from) {
        this.idPrefix = idPrefix;
        this.from = List.of(from);
    }

    /** The key of the button's label, such as {@code hosts.action.enter-maintenance}. */
    String labelKey() {
        return "hosts.action." + idPrefix;
    }

    static List<HostAction> validFor(HostState state) {
        return Arrays.stream(values()).filter(action -> action.from.contains(state)).toList();
    }
}
