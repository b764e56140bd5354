package dev.supervisorportal.backend.inventory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.Set;

/**
 * The Supervisor's control-plane VMs and management IPs, derived from its zones and
 * {@code portal.supervisor.management-ip-start} (checked at start-up, so a bad address stops the portal early).
 */
@PreAuthorize("isAuthenticated()")
@Service
public class SupervisorControlPlane {

    private final InventoryService inventory;
    private final ControlPlaneView.ManagementAddresses addresses;

    SupervisorControlPlane(InventoryService inventory,
                           @Value("${portal.supervisor.management-ip-start:10.0.0.10}") String managementIpStart) {
        this.inventory = inventory;
        try {
            this.addresses = ControlPlaneView.ManagementAddresses.startingAt(managementIpStart);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("portal.supervisor.management-ip-start: " + e.getMessage()
                    + "; give the first of five consecutive IPv4 addresses, like 10.0.0.10.", e);
        }
    }

    public ControlPlaneView view() {
        return ControlPlaneView.derive(inventory.facts().zoneNames(), addresses);
    }

    /** The control plane with the first running VM as the leader that holds the floating address. */
    public ControlPlaneView view(Set<String> runningVms) {
        return ControlPlaneView.derive(inventory.facts().zoneNames(), addresses, runningVms::contains);
    }
}
