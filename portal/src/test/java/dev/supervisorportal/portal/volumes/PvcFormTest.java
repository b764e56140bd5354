package dev.supervisorportal.portal.volumes;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.Resource;
import dev.supervisorportal.backend.quota.ZoneFit;
import dev.supervisorportal.backend.volumes.CreatePvcCommand;
import dev.supervisorportal.backend.volumes.VolumeWhatIf;
import dev.supervisorportal.portal.ui.PortalUi;
import dev.supervisorportal.portal.ui.WhatIfVerdict.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The new-volume form on its own: VolumeRules' words at the fields, the what-if's answer, and what it sends. */
@ExtendWith(PortalUi.class)
class PvcFormTest {

    private final PvcForm form = new PvcForm(List.of("vsan-default-storage-policy", "vsan-gold"),
            List.of("zone-a", "zone-b"));
    private final List<CreatePvcCommand> sent = new ArrayList<>();

    PvcFormTest() {
        form.addSubmitListener(sent::add);
    }

    @Test
    void aCompleteClaimIsSentWithTheZoneLeftToAdmissionUnlessOneIsChosen() {
        fillIn("data-01", "vsan-gold", 20);

        form.submit.click();
        form.zone.setValue("zone-b");
        form.submit.click();

        assertThat(sent).containsExactly(new CreatePvcCommand("data-01", "vsan-gold", 20L, "ReadWriteOnce", null),
                new CreatePvcCommand("data-01", "vsan-gold", 20L, "ReadWriteOnce", "zone-b"));
    }

    @Test
    void badFieldsAreMarkedWithTheRulesWordsAndNothingIsSent() {
        fillIn("Data_01", null, 0);

        form.submit.click();

        assertThat(sent).isEmpty();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.policy.getErrorMessage()).isEqualTo("Choose the storage policy of the volume.");
        assertThat(form.size.getErrorMessage()).isEqualTo("A volume has from 1 to 65536 GiB; 0 GiB is outside.");
    }

    @Test
    void theWhatIfSaysWhetherItFitsWaitsForADatastoreOrFallsShortOfThePolicysQuota() {
        fillIn("data-01", "vsan-gold", 20);
        List<VolumeWhatIf> answers = new ArrayList<>(List.of(
                new VolumeWhatIf("zone-a", fit(List.of()), true, Msg.of("volumes.what-if.datastore-room", "zone-a"))));
        form.setWhatIf(command -> VolumeVerdicts.answer(answers.getFirst()));
        assertThat(form.whatIf.outcome()).isEqualTo(Outcome.FITS);
        assertThat(form.whatIf.text()).isEqualTo("A datastore of zone-a has room for it now.");

        answers.set(0, new VolumeWhatIf("zone-a", fit(List.of()), false, Msg.of("volumes.pvc.no-datastores", "zone-a")));
        form.size.setValue(21);
        assertThat(form.whatIf.outcome()).isEqualTo(Outcome.WAITS);
        assertThat(form.whatIf.text()).isEqualTo("zone-a has no datastore.");

        answers.set(0, new VolumeWhatIf("zone-a", fit(List.of(new ZoneFit.Shortfall(Resource.STORAGE, 22, 5,
                Msg.of("quota.policy.not-enough", "vsan-gold", "zone-a", "22 GiB", "5 GiB", "30 GiB")))), true,
                Msg.of("volumes.what-if.datastore-room", "zone-a")));
        form.size.setValue(22);
        assertThat(form.whatIf.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(form.whatIf.text()).contains("storage policy vsan-gold in zone-a", "needs 22 GiB");
    }

    private static ZoneFit fit(List<ZoneFit.Shortfall> shortfalls) {
        return new ZoneFit("zone-a", new Limits(0, 0, 20), new Limits(0, 0, 30), new Limits(0, 0, 5), shortfalls);
    }

    private void fillIn(String name, String policy, int gib) {
        form.name.setValue(name);
        form.policy.setValue(policy);
        form.size.setValue(gib);
    }
}
