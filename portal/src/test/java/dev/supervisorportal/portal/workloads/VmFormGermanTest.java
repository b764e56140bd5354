package dev.supervisorportal.portal.workloads;

import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.portal.ui.PortalUi;
import dev.supervisorportal.portal.ui.WhatIfVerdict;
import dev.supervisorportal.portal.ui.StatusBadge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The VM form for a user who reads German: its labels, helpers, what-if and refusals in German. */
@ExtendWith(PortalUi.German.class)
class VmFormGermanTest {

    private final VmForm form = new VmForm(List.of(VmFormTest.SMALL, VmFormTest.LARGE), List.of(VmFormTest.UBUNTU),
            List.of(VmFormTest.VSAN), List.of("zone-a", "zone-b", "zone-c"), 2000);

    @Test
    void labelsAndHelpersAreGerman() {
        assertThat(form.name.getLabel()).isEqualTo("VM-Name");
        assertThat(form.vmClass.getLabel()).isEqualTo("VM-Klasse");
        assertThat(form.storagePolicy.getLabel()).isEqualTo("Speicherrichtlinie");
        assertThat(form.diskGib.getLabel()).isEqualTo("Festplattengröße");
        assertThat(form.submit.getText()).isEqualTo("VM erstellen");
        assertThat(form.zone.getEmptySelectionCaption()).isEqualTo("Beliebige Zone (meistes freies Kontingent)");
        assertThat(form.name.getHelperText()).contains("Kleinbuchstaben, Ziffern und '-'");

        form.vmClass.setValue(VmFormTest.LARGE);

        assertThat(form.vmClass.getHelperText())
                .isEqualTo("Zählt als 8.000 MHz (4 vCPU × 2.000 MHz) und 16.384 MiB gegen das Kontingent der Zone.");
    }

    @Test
    void theWhatIfSpeaksGermanAndSoDoesARefusal() {
        form.setWhatIf(command -> {
            throw new ConflictException("name", Msg.of("api.concurrent-change"));
        });

        assertThat(form.whatIf.outcome()).isEqualTo(WhatIfVerdict.Outcome.INCOMPLETE);
        assertThat(form.whatIf.text()).isEqualTo("Füllen Sie die Felder aus, um zu sehen, ob es in das Kontingent "
                + "und auf einen Host passt.");
        assertThat(form.whatIf.getElement().getAttribute("aria-label")).isEqualTo("Würde es passen: Kontingent und Hosts");

        form.name.setValue("web-1");
        form.vmClass.setValue(VmFormTest.SMALL);
        form.image.setValue("ubuntu-22.04-server");
        form.storagePolicy.setValue("vsan-default-storage-policy");
        form.diskGib.setValue(40);

        assertThat(form.whatIf.outcome()).isEqualTo(WhatIfVerdict.Outcome.REFUSED);
        assertThat(form.whatIf.text()).isEqualTo("Würde abgelehnt: Jemand anderes hat dies im selben Moment geändert, "
                + "daher wurde nichts geändert. Lesen Sie es erneut und versuchen Sie es noch einmal.");
    }

    @Test
    void aRefusalFromTheBackendIsShownInGerman() {
        form.showProblems(List.of(new dev.supervisorportal.backend.common.FieldProblem("name",
                Msg.of("api.denied"))));

        assertThat(form.name.getErrorMessage()).isEqualTo("Das dürfen Sie nicht.");
    }

    @Test
    void workloadStatusesReadInGerman() {
        assertThat(StatusBadge.workload(WorkloadStatus.RUNNING).getText()).isEqualTo("Wird ausgeführt");
        assertThat(StatusBadge.workload(WorkloadStatus.PENDING).getText()).isEqualTo("Ausstehend");
    }
}
