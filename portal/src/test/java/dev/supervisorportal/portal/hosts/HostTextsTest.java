package dev.supervisorportal.portal.hosts;

import dev.supervisorportal.portal.ui.BundleKeys;
import dev.supervisorportal.portal.ui.PortalUi;
import dev.supervisorportal.backend.inventory.HostState;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.reconcile.HostUsage;
import dev.supervisorportal.backend.reconcile.ZoneOverview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every host state and host action has its words in English and German; the hosts page speaks German. */
@ExtendWith(PortalUi.German.class)
class HostTextsTest {


    @Test
    void everyHostStateAndActionHasItsKey() {
        assertThat(BundleKeys.missing(Arrays.stream(HostState.values())
                .map(state -> "hosts.state." + state.name()))).isEmpty();
        assertThat(BundleKeys.missing(Arrays.stream(HostAction.values())
                .map(HostAction::labelKey))).isEmpty();
    }

    @Test
    void theAddHostFormAndTheFailureDialogSpeakGerman() {
        var form = new AddHostForm(List.of("zone-a"));
        assertThat(form.name.getLabel()).isEqualTo("Hostname");
        assertThat(form.memoryMib.getLabel()).isEqualTo("Arbeitsspeicher");
        assertThat(form.submit.getText()).isEqualTo("Host hinzufügen");

        var failing = new HostUsage("esx-a-01", "zone-a", HostState.READY, new Limits(40_000, 262_144, 4_000),
                new Limits(4_000, 4_096, 40), List.of(HostCardTest.WEB), null);
        var zone = new ZoneOverview("zone-a", List.of(failing), false, List.of());
        assertThat(HostsView.failureConsequences(failing, List.of(zone))).isEqualTo("Dies simuliert einen Ausfall des "
                + "ESXi-Hosts esx-a-01. vSphere HA startet seinen 1 Workload (team-a/web-1) innerhalb von ein oder "
                + "zwei Reconcile-Zyklen auf den anderen bereiten Hosts von zone-a neu; ein Workload, der auf keinen "
                + "Host passt, wartet mit Begründung als PENDING in zone-a. Er ist der letzte bereite Host von zone-a: "
                + "Seine Workloads können erst neu starten, wenn ein Host von zone-a wieder bereit ist. Der Host "
                + "übernimmt keine Workloads, bis Sie ihn wiederherstellen.");
    }
}
