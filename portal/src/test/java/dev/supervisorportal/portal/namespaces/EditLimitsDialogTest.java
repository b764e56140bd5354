package dev.supervisorportal.portal.namespaces;

import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.namespaces.NamespaceAction;
import dev.supervisorportal.backend.namespaces.NamespaceDetails;
import dev.supervisorportal.backend.namespaces.ObjectCountLimits;
import dev.supervisorportal.backend.namespaces.ObjectKind;
import dev.supervisorportal.backend.namespaces.UpdateLimitsCommand;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin's limits dialog: starts from the limits now, shows the backend's what-if at the fields, sends the version. */
@ExtendWith(PortalUi.class)
class EditLimitsDialogTest {

    static final NamespaceDetails NAMESPACE = new NamespaceDetails("team-a-dev", new Limits(30_000, 98_304, 600),
            List.of(), List.of(), null, EnumSet.allOf(NamespaceAction.class), Instant.EPOCH,
            new ObjectCountLimits(5L, null, null, null), Map.of(ObjectKind.VM, 3L), true, 7);

    final List<UpdateLimitsCommand> asked = new ArrayList<>();
    final List<UpdateLimitsCommand> saved = new ArrayList<>();

    @Test
    void theWhatIfMarksAFieldBeforeAnythingIsSaved() {
        var dialog = new EditLimitsDialog(NAMESPACE, command -> {
            asked.add(command);
            return command.maxVms() != null && command.maxVms() < 3
                    ? List.of(FieldProblem.of("maxVms", "namespaces.count-limit.below-use", "team-a-dev",
                    ObjectKind.VM.count(3), command.maxVms())) : List.of();
        }, saved::add);
        assertThat(dialog.cpuMhz.getValue()).isEqualTo(30_000);
        assertThat(dialog.counts.field(ObjectKind.VM).getValue()).isEqualTo(5);
        assertThat(dialog.verdict.getText()).isEqualTo("These limits can be saved.");
        assertThat(dialog.reason.isInvalid()).isFalse();

        dialog.counts.field(ObjectKind.VM).setValue(2);

        assertThat(dialog.counts.field(ObjectKind.VM).isInvalid()).isTrue();
        assertThat(dialog.counts.field(ObjectKind.VM).getErrorMessage())
                .isEqualTo("Namespace team-a-dev holds 3 VMs; the limit cannot be 2.");
        assertThat(dialog.verdict.getText()).isEqualTo("These limits would be refused; see the marked fields.");
        assertThat(saved).isEmpty();
        assertThat(asked.getLast().maxVms()).isEqualTo(2L);
    }

    @Test
    void savingSendsTheVersionAndShowsARefusalInTheDialog() {
        var dialog = new EditLimitsDialog(NAMESPACE, command -> List.of(), command -> {
            saved.add(command);
            throw new ConflictException(null, Msg.of("namespaces.delete.not-empty", "team-a-dev", "x"));
        });
        dialog.cpuMhz.setValue(45_000);
        dialog.reason.setValue("Release week");

        dialog.save.click();

        assertThat(saved).singleElement().satisfies(command -> {
            assertThat(command.version()).isEqualTo(7L);
            assertThat(command.cpuMhz()).isEqualTo(45_000L);
            assertThat(command.reason()).isEqualTo("Release week");
        });
        assertThat(dialog.banner.isVisible()).isTrue();
    }
}
