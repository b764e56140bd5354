package dev.supervisorportal.backend.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The Supervisor's control plane (README.md, "The Supervisor's control plane"): three control-plane VMs and the five management IPs
 * they use, by name, zone and address; VM 1 is shown as the leader that holds the floating address. The VMs themselves
 * are workloads the reconciler places and restarts; where each runs and whether the control plane keeps quorum is
 * {@code reconcile.PlacementOverview#health()}.
 */
public record ControlPlaneView(List<ControlPlaneVm> vms, List<ManagementIp> managementIps) {

    public static final int VM_COUNT = 3;
    public static final int MANAGEMENT_IP_COUNT = 5;

    /** A control-plane VM, its zone and its management address. */
    public record ControlPlaneVm(String name, String zone, String managementIp, boolean leader) {
    }

    /** One of the five management addresses and who holds it ({@code null} for the one kept for upgrades). */
    public record ManagementIp(String address, Purpose purpose, String heldBy) {
    }

    public enum Purpose {
        /** The address of one control-plane VM. */
        CONTROL_PLANE_VM,
        /** The floating address the leader VM holds; it moves when another VM becomes leader. */
        FLOATING_LEADER,
        /** Kept free for the extra VM an upgrade or patch rolls in. */
        UPGRADE_RESERVE
    }

    /**
     * The control plane of a Supervisor with these zones (in name order): the VMs go one per zone on three zones, all
     * into the one zone otherwise; the addresses are the five consecutive {@code addresses}: the three VMs', the
     * floating one, the upgrade reserve.
     */
    public static ControlPlaneView derive(List<String> zoneNames, ManagementAddresses addresses) {
        return derive(zoneNames, addresses, vm -> true);
    }

    /**
     * The same, with the leader being the first VM (by number) that {@code runs}: when VM 1's host or zone fails,
     * VM 2 takes over the floating address. With no VM running there is no leader, and nobody holds it.
     */
    public static ControlPlaneView derive(List<String> zoneNames, ManagementAddresses addresses,
                                          Predicate<String> runs) {
        if (zoneNames.isEmpty()) {
            throw new IllegalArgumentException("A Supervisor has at least one zone.");
        }
        String leader = IntStream.range(0, VM_COUNT).mapToObj(ControlPlaneView::vmName).filter(runs).findFirst()
                .orElse(null);
        List<ControlPlaneVm> vms = new ArrayList<>();
        List<ManagementIp> ips = new ArrayList<>();
        for (int i = 0; i < VM_COUNT; i++) {
            String name = vmName(i);
            vms.add(new ControlPlaneVm(name, zoneOf(i, zoneNames), addresses.get(i), name.equals(leader)));
            ips.add(new ManagementIp(addresses.get(i), Purpose.CONTROL_PLANE_VM, name));
        }
        ips.add(new ManagementIp(addresses.get(VM_COUNT), Purpose.FLOATING_LEADER, leader));
        ips.add(new ManagementIp(addresses.get(VM_COUNT + 1), Purpose.UPGRADE_RESERVE, null));
        return new ControlPlaneView(List.copyOf(vms), List.copyOf(ips));
    }

    /** The name vCenter gives the {@code i}-th control-plane VM (0 is the first): "SupervisorControlPlaneVM (1)". */
    public static String vmName(int i) {
        return "SupervisorControlPlaneVM (" + (i + 1) + ")";
    }

    /** The zone of the {@code i}-th control-plane VM: one per zone on three zones, the one zone otherwise. */
    public static String zoneOf(int i, List<String> zoneNames) {
        return zoneNames.get(i % zoneNames.size());
    }

    /** Five consecutive IPv4 addresses from a first one, as {@code portal.supervisor.management-ip-start} gives it. */
    public record ManagementAddresses(long first) {

        public ManagementAddresses {
            if (first < 0 || first + MANAGEMENT_IP_COUNT - 1 > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("No room for " + MANAGEMENT_IP_COUNT + " IPv4 addresses from " + first);
            }
        }

        /** Parses a dotted IPv4 address; refuses anything else, or one too close to 255.255.255.255. */
        public static ManagementAddresses startingAt(String address) {
            String[] octets = address == null ? new String[0] : address.strip().split("\\.", -1);
            if (octets.length != 4) {
                throw new IllegalArgumentException("Not an IPv4 address: '" + address + "'");
            }
            long value = 0;
            for (String octet : octets) {
                if (!octet.matches("[0-9]{1,3}") || Integer.parseInt(octet) > 255) {
                    throw new IllegalArgumentException("Not an IPv4 address: '" + address + "'");
                }
                value = value * 256 + Integer.parseInt(octet);
            }
            if (value + MANAGEMENT_IP_COUNT - 1 > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("No room for " + MANAGEMENT_IP_COUNT + " addresses from " + address);
            }
            return new ManagementAddresses(value);
        }

        /** The {@code index}-th address (0 is the first). */
        public String get(int index) {
            long value = first + index;
            return (value >>> 24) + "." + ((value >>> 16) & 0xFF) + "." + ((value >>> 8) & 0xFF) + "." + (value & 0xFF);
        }
    }
}
