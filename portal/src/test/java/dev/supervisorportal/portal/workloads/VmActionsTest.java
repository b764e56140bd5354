package dev.supervisorportal.portal.workloads;

import com.vaadin.flow.component.button.Button;
import dev.supervisorportal.backend.catalog.Reservation;
import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.MsgColumn;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.reconcile.WhatIfAnswer;
import dev.supervisorportal.backend.reconcile.WhatIfService;
import dev.supervisorportal.backend.workloads.ChangeVmCommand;
import dev.supervisorportal.backend.workloads.PowerAction;
import dev.supervisorportal.backend.workloads.PowerState;
import dev.supervisorportal.backend.workloads.VmChangeService;
import dev.supervisorportal.backend.workloads.WorkloadKind;
import dev.supervisorportal.backend.workloads.WorkloadStatus;
import dev.supervisorportal.backend.workloads.WorkloadView;
import dev.supervisorportal.portal.ui.PortalUi;
import dev.supervisorportal.portal.ui.WhatIfVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The VM rows' day-2 buttons follow the VM's power state, and the resize dialog shows the what-if before sending. */
@ExtendWith(PortalUi.class)
class VmActionsTest {

    static final List<VmClassView> CLASSES = List.of(new VmClassView("best-effort-large", 4, 16_384,
            Reservation.BEST_EFFORT), new VmClassView("best-effort-2xlarge", 8, 65_536, Reservation.BEST_EFFORT));

    final VmChangeService changes = mock(VmChangeService.class);
    final WhatIfService whatIf = mock(WhatIfService.class);
    final VmActions actions = new VmActions("team-a", changes, whatIf, () -> CLASSES, () -> { });

    static WorkloadView vm(WorkloadStatus status, String host, PowerState power) {
        return new WorkloadView(WorkloadKind.VM, "web-1", "team-a", "zone-a", status, null, host,
                new Limits(8_000, 16_384, 40), "best-effort-large", "ubuntu", "vsan", null, null, "alice",
                Instant.EPOCH, power, false, 3);
    }

    @Test
    void aRunningVmMayBePoweredOffRestartedAndResized() {
        assertThat(actions.buttons(vm(WorkloadStatus.RUNNING, "esx-a-01", PowerState.ON)))
                .extracting(button -> button.getId().orElseThrow(), Button::getAriaLabel)
                .containsExactly(
                        tuple("power-off-vm-web-1", Optional.of("Power off VM web-1")),
                        tuple("restart-vm-web-1", Optional.of("Restart VM web-1")),
                        tuple("resize-vm-web-1", Optional.of("Resize VM web-1…")));
    }

    @Test
    void aPoweredOffVmMayBePoweredOnAndAWaitingOneNotRestarted() {
        assertThat(actions.buttons(vm(WorkloadStatus.POWERED_OFF, null, PowerState.OFF)))
                .extracting(button -> button.getId().orElseThrow())
                .containsExactly("power-on-vm-web-1", "resize-vm-web-1");
        assertThat(actions.buttons(vm(WorkloadStatus.PENDING, null, PowerState.ON)))
                .extracting(button -> button.getId().orElseThrow())
                .containsExactly("power-off-vm-web-1", "resize-vm-web-1");
    }

    @Test
    void thePowerDialogSaysWhatHappensBeforeItIsSent() {
        var dialog = actions.confirm(vm(WorkloadStatus.RUNNING, "esx-a-01", PowerState.ON),
                PowerAction.OFF);
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Power off web-1?");
        verify(changes, never()).changePower(any(), any(), any(), any());
    }

    @Test
    void theResizeDialogShowsTheWhatIfAndARefusalAtItsField() {
        WorkloadView running = vm(WorkloadStatus.RUNNING, "esx-a-01", PowerState.ON);
        Msg verdict = Msg.of(MsgColumn.AS_WRITTEN, "Not enough CPU quota in zone-a: needs 8,000 MHz.");
        when(whatIf.whatIfVmChange(eq("team-a"), eq("web-1"), eq(new ChangeVmCommand("best-effort-2xlarge", null, 3L))))
                .thenReturn(new WhatIfAnswer(false, true, verdict, "spread", List.of(), List.of()));
        when(whatIf.whatIfVmChange(eq("team-a"), eq("web-1"), eq(new ChangeVmCommand(null, 20L, 3L))))
                .thenThrow(new InvalidInputException("storageGib", Msg.of("workloads.disk.only-grows", "web-1", 40, 20)));
        var dialog = new VmResizeDialog("team-a", running, CLASSES, changes, whatIf, () -> { });
        assertThat(dialog.verdict.outcome()).isEqualTo(WhatIfVerdict.Outcome.INCOMPLETE);
        assertThat(dialog.submit.isEnabled()).isFalse();

        dialog.vmClass.setValue(CLASSES.get(1));
        assertThat(dialog.verdict.outcome()).isEqualTo(WhatIfVerdict.Outcome.REFUSED);
        assertThat(dialog.verdict.text()).isEqualTo("Not enough CPU quota in zone-a: needs 8,000 MHz.");
        assertThat(dialog.submit.isEnabled()).isFalse();

        dialog.vmClass.setValue(CLASSES.get(0));
        dialog.disk.setValue(20);
        assertThat(dialog.disk.isInvalid()).isTrue();
        assertThat(dialog.disk.getErrorMessage()).isEqualTo("A disk can only grow: web-1 has 40 GiB, asked for 20 GiB.");
        verify(changes, never()).changeVm(any(), any(), any());
    }
}
