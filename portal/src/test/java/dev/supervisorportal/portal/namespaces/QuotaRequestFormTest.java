package dev.supervisorportal.portal.namespaces;

import dev.supervisorportal.portal.ui.PortalUi;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.namespaces.ObjectCountLimits;
import dev.supervisorportal.backend.namespaces.ObjectKind;
import dev.supervisorportal.backend.namespaces.QuotaRequestCommand;
import dev.supervisorportal.backend.quota.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The quota request form on its own: prefilled with the limits now, checked with the namespace rules. */
@ExtendWith(PortalUi.class)
class QuotaRequestFormTest {


    private final QuotaRequestForm form = new QuotaRequestForm(new Limits(36_000, 98_304, 600),
            new Limits(24_000, 45_056, 140), 3);
    private final List<QuotaRequestCommand> sent = new ArrayList<>();

    QuotaRequestFormTest() {
        form.addSubmitListener(sent::add);
    }

    @Test
    void theLimitsStartAsTheyAreAndTheUseIsShown() {
        assertThat(form.cpuMhz.getValue()).isEqualTo(36_000);
        assertThat(form.memoryMib.getValue()).isEqualTo(98_304);
        assertThat(form.storageGib.getValue()).isEqualTo(600);
        assertThat(form.getElement().getTextRecursively()).contains("24,000 MHz in use (67 %)");
    }

    @Test
    void aChangedLimitIsSentWithTheOthersAsTheyAre() {
        form.cpuMhz.setValue(60_000);
        form.justification.setValue("A second TKG cluster for load tests");

        form.submit.click();

        assertThat(sent).containsExactly(new QuotaRequestCommand(60_000L, 98_304L, 600L,
                "A second TKG cluster for load tests"));
    }

    @Test
    void theCountLimitsStartAsTheyAreAndAnEmptyOneIsNoLimit() {
        var withCounts = new QuotaRequestForm(new Limits(36_000, 98_304, 600), new Limits(24_000, 45_056, 140), 3,
                new ObjectCountLimits(10L, 2L, null, null));
        List<QuotaRequestCommand> asked = new ArrayList<>();
        withCounts.addSubmitListener(asked::add);
        assertThat(withCounts.counts.field(ObjectKind.VM).getValue()).isEqualTo(10);
        assertThat(withCounts.counts.field(ObjectKind.POD).getValue()).isNull();

        withCounts.counts.field(ObjectKind.VM).setValue(20);
        withCounts.counts.field(ObjectKind.TKG_CLUSTER).clear();
        withCounts.justification.setValue("More runners");
        withCounts.submit.click();

        assertThat(asked).containsExactly(new QuotaRequestCommand(36_000L, 98_304L, 600L, "More runners", 20L, null,
                null, null));
    }

    @Test
    void aNegativeCountLimitIsMarkedAtItsField() {
        form.counts.field(ObjectKind.PVC).setValue(-1);
        form.justification.setValue("More");

        form.submit.click();

        assertThat(sent).isEmpty();
        assertThat(form.counts.field(ObjectKind.PVC).getErrorMessage())
                .isEqualTo("Enter 0 or more, or leave it empty for no limit.");
    }

    @Test
    void badFieldsAreMarkedWithTheRulesWordsAndNothingIsSent() {
        form.cpuMhz.setValue(0);
        form.memoryMib.clear();

        form.submit.click();

        assertThat(sent).isEmpty();
        assertThat(form.cpuMhz.getErrorMessage()).isEqualTo("Enter at least 1 MHz.");
        assertThat(form.memoryMib.getErrorMessage()).isEqualTo("Enter a limit in MiB.");
        assertThat(form.storageGib.isInvalid()).isFalse();
        assertThat(form.justification.getErrorMessage()).isEqualTo("Enter what the namespace is for.");
    }

    @Test
    void aRefusalNamingNoFieldIsShownAboveTheForm() {
        form.showProblems(List.of(FieldProblem.of(null, "namespaces.quota.pending-already", "team-a-apps")));

        assertThat(form.banner.isVisible()).isTrue();
        assertThat(form.banner.message()).contains("waiting for approval already");
    }
}
