package dev.supervisorportal.portal.workloads;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.workloads.CreatePodCommand;
import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The vSphere Pod form on its own: containers as rows, quantities checked, and the three-zone refusal up front. */
@ExtendWith(PortalUi.class)
class PodFormTest {

    private final PodForm form = new PodForm(Optional.empty());
    private final List<CreatePodCommand> sent = new ArrayList<>();

    PodFormTest() {
        form.addSubmitListener(sent::add);
    }

    @Test
    void aPodWithTwoContainersIsSent() {
        form.name.setValue("web");
        fillIn(form.containers.getFirst(), "nginx", "nginx:1.27", "250m", "512Mi");
        fillIn(form.addContainer(), "sidecar", "envoy:1.31", "0.5", "1Gi");

        form.submit.click();

        assertThat(sent).containsExactly(new CreatePodCommand("web", List.of(
                new CreatePodCommand.Container("nginx", "nginx:1.27", "250m", "512Mi"),
                new CreatePodCommand.Container("sidecar", "envoy:1.31", "0.5", "1Gi"))));
    }

    @Test
    void quantitiesAreCheckedInTheirRow() {
        form.name.setValue("web");
        fillIn(form.containers.getFirst(), "nginx", "nginx:1.27", "250m", "512Mi");
        ContainerRow second = form.addContainer();
        fillIn(second, "sidecar", "", "250x", "512MB");

        form.submit.click();

        assertThat(sent).isEmpty();
        assertThat(form.containers.getFirst().cpu.isInvalid()).isFalse();
        assertThat(second.image.getErrorMessage()).isEqualTo("Choose an image, like nginx:1.27.");
        assertThat(second.cpu.getErrorMessage())
                .isEqualTo("Write a CPU request as cores (2, 0.5) or millicores (250m); '250x' is neither.");
        assertThat(second.memory.getErrorMessage()).isEqualTo("Write a memory request like 512Mi, 4Gi or 1G; '512MB' is not one.");
    }

    @Test
    void theLastContainerCannotBeRemoved() {
        assertThat(form.containers.getFirst().remove.isEnabled()).isFalse();
        ContainerRow second = form.addContainer();
        assertThat(second.remove.isEnabled()).isTrue();
    }

    @Test
    void onASupervisorWithoutPodsTheFormSaysWhyAndSendsNothing() {
        String why = "vSphere Pods run only on a single-zone Supervisor, and this one has 3 zones (zone-a, zone-b, "
                + "zone-c). Run the containers in a TKG cluster instead.";
        var refusing = new PodForm(Optional.of(Msg.of("workloads.pods.single-zone-only", 3, "zone-a, zone-b, zone-c")));
        List<CreatePodCommand> refusedSent = new ArrayList<>();
        refusing.addSubmitListener(refusedSent::add);

        assertThat(refusing.banner.isVisible()).isTrue();
        assertThat(refusing.banner.message()).isEqualTo(why);
        assertThat(refusing.submit.isEnabled()).isFalse();
        refusing.name.setValue("web");
        fillIn(refusing.containers.getFirst(), "nginx", "nginx:1.27", "250m", "512Mi");
        refusing.submit.click();
        assertThat(refusedSent).isEmpty();
    }

    private static void fillIn(ContainerRow row, String name, String image, String cpu, String memory) {
        row.name.setValue(name);
        row.image.setValue(image);
        row.cpu.setValue(cpu);
        row.memory.setValue(memory);
    }
}
