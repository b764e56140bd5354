package dev.supervisorportal.portal.workloads;

import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogKind;
import dev.supervisorportal.backend.catalog.Reservation;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.MsgColumn;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The VM form on its own, clicked as a user would: it refuses bad fields with the rules' words, sends good ones. */
@ExtendWith(PortalUi.class)
class VmFormTest {

    static final VmClassView SMALL = new VmClassView("best-effort-small", 2, 4096, Reservation.BEST_EFFORT);
    static final VmClassView LARGE = new VmClassView("guaranteed-large", 4, 16384, Reservation.GUARANTEED);
    static final CatalogItemView UBUNTU = new CatalogItemView(CatalogKind.IMAGE, "ubuntu-22.04-server", "Ubuntu 22.04 LTS");
    static final CatalogItemView VSAN = new CatalogItemView(CatalogKind.STORAGE_POLICY, "vsan-default-storage-policy", "");

    private final VmForm form = new VmForm(List.of(SMALL, LARGE), List.of(UBUNTU), List.of(VSAN),
            List.of("zone-a", "zone-b", "zone-c"), 2000);
    private final List<CreateVmCommand> sent = new ArrayList<>();

    VmFormTest() {
        form.addSubmitListener(sent::add);
    }

    @Test
    void aCompleteVmIsSentAsACommandWithoutAZoneWhenNoneIsChosen() {
        fillIn("web-1", SMALL, 40);

        form.submit.click();

        assertThat(sent).containsExactly(new CreateVmCommand("web-1", "best-effort-small", "ubuntu-22.04-server",
                "vsan-default-storage-policy", 40L, null));
        assertThat(form.banner.isVisible()).isFalse();
    }

    @Test
    void aChosenZoneIsSentWithTheVm() {
        fillIn("web-1", SMALL, 40);
        form.zone.setValue("zone-b");

        form.submit.click();

        assertThat(sent).extracting(CreateVmCommand::zone).containsExactly("zone-b");
    }

    @Test
    void badFieldsAreMarkedWithTheRulesWordsAndNothingIsSent() {
        form.name.setValue("Web_1");
        form.diskGib.setValue(0);

        form.submit.click();

        assertThat(sent).isEmpty();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Use only lower-case letters, digits and '-'; 'W' is not allowed.");
        assertThat(form.vmClass.getErrorMessage()).isEqualTo("Choose a VM class.");
        assertThat(form.image.getErrorMessage()).isEqualTo("Choose an image.");
        assertThat(form.storagePolicy.getErrorMessage()).isEqualTo("Choose a storage policy.");
        assertThat(form.diskGib.getErrorMessage()).isEqualTo("Enter a disk size from 1 to 65,536 GiB.");
        assertThat(form.zone.isInvalid()).isFalse();
    }

    @Test
    void aFieldIsCheckedAgainAsItChanges() {
        form.name.setValue("web-");
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Start and end with a lower-case letter or a digit.");

        form.name.setValue("web-1");
        assertThat(form.name.isInvalid()).isFalse();
    }

    @Test
    void classesReadWithTheirSizeAndSayWhatTheyCountAgainstTheQuota() {
        assertThat(form.vmClass.getItemLabelGenerator().apply(LARGE)).isEqualTo("guaranteed-large — 4 vCPU, 16 GiB");

        form.vmClass.setValue(LARGE);

        assertThat(form.vmClass.getHelperText())
                .isEqualTo("Counts as 8,000 MHz (4 vCPU × 2,000 MHz) and 16,384 MiB against the zone's quota.");
        assertThat(form.zone.getEmptySelectionCaption()).isEqualTo("Any zone (most free quota)");
    }

    @Test
    void aQuotaRefusalNamingNoFieldIsShownAboveTheForm() {
        form.showProblems(List.of(new FieldProblem(null, TkgClusterFormTest.notEnoughCpu("zone-b", 8_000, 1_000, 1_000))));

        assertThat(form.banner.isVisible()).isTrue();
        assertThat(form.banner.message())
                .isEqualTo("Not enough CPU quota in zone-b: needs 8,000 MHz, 1,000 MHz free of 1,000 MHz.");
        assertThat(form.name.isInvalid()).isFalse();
    }

    @Test
    void aRefusalNamingAFieldIsShownThereAndClearsTheBanner() {
        form.showProblems(List.of(new FieldProblem(null, TkgClusterFormTest.notEnoughCpu("zone-b", 8_000, 1_000, 1_000))));

        form.showProblems(List.of(FieldProblem.of("name", "workloads.vm.name-taken", "team-a-apps", "web-1")));

        assertThat(form.name.getErrorMessage()).isEqualTo("Namespace team-a-apps has a VM named web-1 already.");
        assertThat(form.banner.isVisible()).isFalse();
    }

    private void fillIn(String name, VmClassView vmClass, Integer diskGib) {
        form.name.setValue(name);
        form.vmClass.setValue(vmClass);
        form.image.setValue("ubuntu-22.04-server");
        form.storagePolicy.setValue("vsan-default-storage-policy");
        form.diskGib.setValue(diskGib);
    }

    @Test
    void theWhatIfVerdictFollowsTheFieldsAndAsksOnlyForACompleteCommand() {
        List<CreateVmCommand> asked = new ArrayList<>();
        form.setWhatIf(command -> {
            asked.add(command);
            return new dev.supervisorportal.backend.reconcile.WhatIfAnswer(true, false, Msg.of(MsgColumn.AS_WRITTEN,
                    "Quota fits (zone-b quota (8,000 of 12,000 MHz free)), but no host in zone-b has room now: "
                    + "esx-b-01: insufficient cpu. It would wait as PENDING."), "spread", List.of(), List.of());
        });
        assertThat(form.whatIf.isVisible()).isTrue();
        assertThat(form.whatIf.outcome()).isEqualTo(dev.supervisorportal.portal.ui.WhatIfVerdict.Outcome.INCOMPLETE);

        fillIn("web-1", SMALL, 40);
        form.zone.setValue("zone-b");

        assertThat(asked).extracting(CreateVmCommand::zone).containsExactly(null, "zone-b");
        assertThat(form.whatIf.outcome()).isEqualTo(dev.supervisorportal.portal.ui.WhatIfVerdict.Outcome.WAITS);
        assertThat(form.whatIf.text()).startsWith("Quota fits").endsWith("It would wait as PENDING.");
        assertThat(form.whatIf.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(form.whatIf.getElement().getAttribute("aria-label")).isNotBlank();

        form.diskGib.setValue(0);
        assertThat(form.whatIf.outcome()).isEqualTo(dev.supervisorportal.portal.ui.WhatIfVerdict.Outcome.INCOMPLETE);
        assertThat(asked).hasSize(2);
    }
}
