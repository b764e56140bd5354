package dev.supervisorportal.portal.namespaces;

import dev.supervisorportal.portal.ui.PortalUi;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.namespaces.NamespaceRequestCommand;
import dev.supervisorportal.backend.namespaces.ObjectKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The form on its own, clicked as a user would: it refuses bad fields with the backend's words, sends good ones. */
@ExtendWith(PortalUi.class)
class NamespaceRequestFormTest {


    private final NamespaceRequestForm form = new NamespaceRequestForm(3);
    private final List<NamespaceRequestCommand> sent = new ArrayList<>();

    NamespaceRequestFormTest() {
        form.addSubmitListener(event -> sent.add(event.command()));
    }

    @Test
    void aCompleteRequestIsSentAsACommand() {
        fillIn("team-a-dev", 3001, 8192, 100, "CI runners");

        form.submit.click();

        assertThat(sent).containsExactly(new NamespaceRequestCommand("team-a-dev", 3001L, 8192L, 100L, "CI runners"));
        assertThat(form.name.isInvalid()).isFalse();
    }

    @Test
    void countLimitsAreSentAndAnEmptyOneIsNoLimit() {
        fillIn("team-a-dev", 3001, 8192, 100, "CI runners");
        form.counts.field(ObjectKind.VM).setValue(10);
        form.counts.field(ObjectKind.PVC).setValue(0);

        form.submit.click();

        assertThat(sent).containsExactly(new NamespaceRequestCommand("team-a-dev", 3001L, 8192L, 100L, "CI runners",
                10L, null, null, 0L));
    }

    @Test
    void aCountLimitPastTheMostIsMarkedAndNothingIsSent() {
        fillIn("team-a-dev", 3001, 8192, 100, "CI runners");
        form.counts.field(ObjectKind.POD).setValue(100_001);

        form.submit.click();

        assertThat(sent).isEmpty();
        assertThat(form.counts.field(ObjectKind.POD).getErrorMessage())
                .isEqualTo("Enter at most 100,000, or leave it empty for no limit.");
    }

    @Test
    void badFieldsAreMarkedWithTheRuleAndNothingIsSent() {
        fillIn("Team_A", 0, null, 100, "");

        form.submit.click();

        assertThat(sent).isEmpty();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Use only lower-case letters, digits and '-'; 'T' is not allowed.");
        assertThat(form.cpuMhz.getErrorMessage()).isEqualTo("Enter at least 1 MHz.");
        assertThat(form.memoryMib.getErrorMessage()).isEqualTo("Enter a limit in MiB.");
        assertThat(form.storageGib.isInvalid()).isFalse();
        assertThat(form.justification.getErrorMessage()).isEqualTo("Enter what the namespace is for.");
    }

    @Test
    void refusalsFromTheBackendAreShownAtTheirFields() {
        form.showProblems(List.of(FieldProblem.of("name", "namespaces.name-taken", "team-a-dev")));

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("A namespace named team-a-dev exists already.");
    }

    @Test
    void theLimitsSayTheyAreSplitOverTheZones() {
        assertThat(form.cpuMhz.getHelperText()).isEqualTo("Split equally over the Supervisor's 3 zones.");
        assertThat(new NamespaceRequestForm(1).cpuMhz.getHelperText()).isEmpty();
    }

    private void fillIn(String name, Integer cpu, Integer memory, Integer storage, String justification) {
        form.name.setValue(name);
        form.cpuMhz.setValue(cpu);
        form.memoryMib.setValue(memory);
        form.storageGib.setValue(storage);
        form.justification.setValue(justification);
    }
}
