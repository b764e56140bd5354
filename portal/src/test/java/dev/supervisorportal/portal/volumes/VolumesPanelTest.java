package dev.supervisorportal.portal.volumes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import dev.supervisorportal.backend.common.ConflictException;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.quota.PolicyShare;
import dev.supervisorportal.backend.volumes.AttachTarget;
import dev.supervisorportal.backend.volumes.PvcStatus;
import dev.supervisorportal.backend.volumes.PvcView;
import dev.supervisorportal.backend.volumes.UpdatePvcCommand;
import dev.supervisorportal.backend.volumes.VolumeService;
import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The Volumes tab: what it shows of each claim, and its changes sent at the version shown, refusals in its banner. */
@ExtendWith(PortalUi.class)
class VolumesPanelTest {

    private static final String NS = "team-a-dev";
    private final VolumeService volumes = mock(VolumeService.class);
    private final List<String> asked = new ArrayList<>();

    @Test
    void aWaitingClaimShowsWhyAndAnAttachedOneWhere() {
        PvcView waiting = pvc("logs", 60, PvcStatus.PENDING, Msg.of("volumes.pvc.no-datastores", "zone-a"), null);
        PvcView attached = pvc("data", 20, PvcStatus.BOUND, null, new AttachTarget("VM", "web"));

        assertThat(VolumesPanel.status(waiting)).isEqualTo("PENDING: zone-a has no datastore.");
        assertThat(VolumesPanel.status(attached)).isEqualTo("BOUND");
        assertThat(VolumesPanel.attachedTo(attached)).isEqualTo("VM web");
        assertThat(VolumesPanel.attachedTo(waiting)).isEqualTo("—");
    }

    @Test
    void detachIsSentAtTheVersionShownAndARefusalShowsInTheBanner() {
        PvcView attached = pvc("data", 20, PvcStatus.BOUND, null, new AttachTarget("VM", "web"));
        when(volumes.claims(NS)).thenReturn(List.of(attached));
        when(volumes.update(eq(NS), eq("data"), any())).thenThrow(new ConflictException("attachedTo",
                Msg.of("volumes.pvc.not-attached", NS + "/data")));
        var panel = panel(true);

        click(panel, "detach-pvc-data");

        verify(volumes).update(NS, "data", UpdatePvcCommand.detachIt(7L));
        assertThat(text(panel, "pvcs-error")).contains("Volume team-a-dev/data is attached to nothing.");
    }

    @Test
    void deleteAsksFirstSayingWhatGoesBackAndThenDeletes() {
        PvcView data = pvc("data", 20, PvcStatus.BOUND, null, null);
        when(volumes.claims(NS)).thenReturn(List.of(data));
        var panel = panel(true);

        click(panel, "delete-pvc-data");

        assertThat(asked).containsExactly("Delete volume data? Its 20 GiB of storage policy vsan-gold in zone-a go back "
                + "to the namespace's quota and the datastore. Its data is gone.");
        verify(volumes).delete(NS, "data");
    }

    @Test
    void viewersGetNoButtonsAndAnEmptyNamespaceSaysSo() {
        when(volumes.claims(NS)).thenReturn(List.of());
        var panel = panel(false);

        assertThat(find(panel, "create-pvc")).isNull();
        assertThat(find(panel, "no-pvcs").isVisible()).isTrue();
        assertThat(panel.count()).isZero();
    }

    @Test
    void theCountShownIsToldNowAndWhenAClaimComesOrGoes() {
        PvcView data = pvc("data", 20, PvcStatus.BOUND, null, null);
        PvcView logs = pvc("logs", 10, PvcStatus.PENDING, null, null);
        when(volumes.claims(NS)).thenReturn(List.of(data));
        var panel = panel(true);
        List<Integer> counts = new ArrayList<>();

        panel.onCountShown(counts::add);
        panel.refresh();
        when(volumes.claims(NS)).thenReturn(List.of(data, logs));
        panel.refresh();
        when(volumes.claims(NS)).thenReturn(List.of());
        panel.refresh();

        assertThat(counts).containsExactly(1, 2, 0);
    }

    @Test
    void growRefusesAShrinkAtTheFieldAndSendsNothing() {
        PvcView data = pvc("data", 20, PvcStatus.BOUND, null, null);
        List<Long> grown = new ArrayList<>();
        var dialog = new GrowDialog(data, gib -> {
            throw new InvalidInputException("storageGib", Msg.of("volumes.pvc.size-missing"));
        }, gib -> {
            grown.add(gib);
            return data;
        }, done -> { });

        dialog.size.setValue(10);
        dialog.submit.click();

        assertThat(grown).isEmpty();
        assertThat(dialog.size.getErrorMessage()).isEqualTo("Volume data has 20 GiB; it can grow but not shrink to 10 GiB.");
        dialog.size.setValue(30);
        dialog.submit.click();
        assertThat(grown).containsExactly(30L);
    }

    private VolumesPanel panel(boolean mayEdit) {
        return new VolumesPanel(volumes, NS, mayEdit, List.of("vsan-gold"), List.of("zone-a"),
                () -> List.of(new PolicyShare("zone-a", "vsan-gold", 30L, 20)), zone -> List.of(),
                (header, text, confirmText, confirmed) -> {
                    asked.add(header + " " + text);
                    confirmed.run();
                });
    }

    private static PvcView pvc(String name, long gib, PvcStatus status, Msg reason, AttachTarget attachedTo) {
        return new PvcView(name, NS, "zone-a", "vsan-gold", gib, "ReadWriteOnce", status, reason,
                status == PvcStatus.BOUND ? "vsanDatastore-zone-a" : null, attachedTo, "alice", Instant.EPOCH, 7L);
    }

    private static void click(VolumesPanel panel, String id) {
        var grid = (Grid<?>) find(panel, "pvcs");
        @SuppressWarnings("unchecked")
        var items = ((Grid<PvcView>) grid).getGenericDataView().getItems().toList();
        assertThat(items).isNotEmpty();
        // The grid renders its component column lazily; build the row's buttons the way the column does.
        var button = (Button) panel.actionsFor(items.getFirst()).getChildren()
                .filter(child -> child.getId().orElse("").equals(id)).findFirst().orElseThrow();
        button.click();
    }

    private static com.vaadin.flow.component.Component find(com.vaadin.flow.component.Component root, String id) {
        if (id.equals(root.getId().orElse(null))) {
            return root;
        }
        return root.getChildren().map(child -> find(child, id)).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    private static String text(VolumesPanel panel, String id) {
        return find(panel, id).getElement().getTextRecursively();
    }
}
