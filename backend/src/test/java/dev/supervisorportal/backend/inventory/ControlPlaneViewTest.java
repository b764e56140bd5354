package dev.supervisorportal.backend.inventory;

import dev.supervisorportal.backend.inventory.ControlPlaneView.ManagementAddresses;
import dev.supervisorportal.backend.inventory.ControlPlaneView.ManagementIp;
import dev.supervisorportal.backend.inventory.ControlPlaneView.Purpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ControlPlaneViewTest {

    @Test
    void onThreeZonesTheVmsGoOnePerZoneAndTheFiveAddressesFollowEachOther() {
        ControlPlaneView view = ControlPlaneView.derive(Topology.THREE_ZONE.defaultZoneNames(),
                ManagementAddresses.startingAt("10.0.0.10"));

        assertThat(view.vms()).extracting(ControlPlaneView.ControlPlaneVm::name, ControlPlaneView.ControlPlaneVm::zone,
                        ControlPlaneView.ControlPlaneVm::managementIp, ControlPlaneView.ControlPlaneVm::leader)
                .containsExactly(
                        tuple("SupervisorControlPlaneVM (1)", "zone-a", "10.0.0.10", true),
                        tuple("SupervisorControlPlaneVM (2)", "zone-b", "10.0.0.11", false),
                        tuple("SupervisorControlPlaneVM (3)", "zone-c", "10.0.0.12", false));
        assertThat(view.managementIps()).extracting(ManagementIp::address, ManagementIp::purpose, ManagementIp::heldBy)
                .containsExactly(
                        tuple("10.0.0.10", Purpose.CONTROL_PLANE_VM, "SupervisorControlPlaneVM (1)"),
                        tuple("10.0.0.11", Purpose.CONTROL_PLANE_VM, "SupervisorControlPlaneVM (2)"),
                        tuple("10.0.0.12", Purpose.CONTROL_PLANE_VM, "SupervisorControlPlaneVM (3)"),
                        tuple("10.0.0.13", Purpose.FLOATING_LEADER, "SupervisorControlPlaneVM (1)"),
                        tuple("10.0.0.14", Purpose.UPGRADE_RESERVE, null));
    }

    @Test
    void whenVm1IsDownTheFirstRunningVmLeadsAndHoldsTheFloatingAddress() {
        ControlPlaneView view = ControlPlaneView.derive(Topology.THREE_ZONE.defaultZoneNames(),
                ManagementAddresses.startingAt("10.0.0.10"), vm -> !vm.equals("SupervisorControlPlaneVM (1)"));

        assertThat(view.vms()).extracting(ControlPlaneView.ControlPlaneVm::leader).containsExactly(false, true, false);
        assertThat(view.managementIps()).filteredOn(ip -> ip.purpose() == Purpose.FLOATING_LEADER).singleElement()
                .extracting(ManagementIp::heldBy).isEqualTo("SupervisorControlPlaneVM (2)");
        assertThat(ControlPlaneView.derive(Topology.THREE_ZONE.defaultZoneNames(),
                ManagementAddresses.startingAt("10.0.0.10"), vm -> false).managementIps())
                .filteredOn(ip -> ip.purpose() == Purpose.FLOATING_LEADER).singleElement()
                .extracting(ManagementIp::heldBy).isNull();
    }

    @Test
    void onOneZoneAllThreeVmsAreInIt() {
        ControlPlaneView view = ControlPlaneView.derive(Topology.SINGLE_ZONE.defaultZoneNames(),
                ManagementAddresses.startingAt("192.168.1.250"));

        assertThat(view.vms()).extracting(ControlPlaneView.ControlPlaneVm::zone).containsOnly("zone-a");
        assertThat(view.managementIps()).extracting(ManagementIp::address)
                .containsExactly("192.168.1.250", "192.168.1.251", "192.168.1.252", "192.168.1.253", "192.168.1.254");
    }

    @Test
    void theAddressesCarryOverIntoTheNextOctet() {
        assertThat(ManagementAddresses.startingAt("10.0.0.254").get(4)).isEqualTo("10.0.1.2");
        assertThat(ManagementAddresses.startingAt("255.255.255.251").get(4)).isEqualTo("255.255.255.255");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0", "10.0.0.256", "10.0.0.-1", "10.0.0.1.2", "ten.0.0.1", "10..0.1",
            "255.255.255.252", "::1"})
    void anythingButAnIpv4AddressWithRoomForFiveIsRefused(String start) {
        assertThatThrownBy(() -> ManagementAddresses.startingAt(start)).isInstanceOf(IllegalArgumentException.class);
    }
}
