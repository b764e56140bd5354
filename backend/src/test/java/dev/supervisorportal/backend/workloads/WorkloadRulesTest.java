package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.common.EnglishProblem;
import dev.supervisorportal.backend.common.Msg;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkloadRulesTest {

    @Test
    void aCompleteVmHasNoProblems() {
        assertThat(WorkloadRules.problems(new CreateVmCommand("web-1", "best-effort-small", "ubuntu", "vsan", 40L, null)))
                .isEmpty();
    }

    @Test
    void aVmNamesEveryMissingOrBadField() {
        assertThat(EnglishProblem.of(WorkloadRules.problems(new CreateVmCommand("Web", null, "", "vsan", 0L, null))))
                .containsExactly(
                new EnglishProblem("name", "Use only lower-case letters, digits and '-'; 'W' is not allowed."),
                new EnglishProblem("vmClass", "Choose a VM class."),
                new EnglishProblem("image", "Choose an image."),
                new EnglishProblem("diskGib", "Enter a disk size from 1 to 65,536 GiB."));
    }

    @Test
    void aClusterNeedsOneOrThreeControlPlaneNodesAndValidPools() {
        var command = new CreateTkgClusterCommand("dev", "v1.30", 2, "best-effort-small", "vsan", List.of(
                new CreateTkgClusterCommand.NodePool("workers", 101, "best-effort-small", null),
                new CreateTkgClusterCommand.NodePool("workers", 1, "", null)));

        assertThat(EnglishProblem.of(WorkloadRules.problems(command))).containsExactly(
                new EnglishProblem("controlPlaneNodes", "A control plane has 1 node, or 3 for high availability."),
                new EnglishProblem("nodePools[0].replicas", "Enter from 0 to 100 replicas."),
                new EnglishProblem("nodePools[1].name", "Another node pool of this cluster is named workers."),
                new EnglishProblem("nodePools[1].vmClass", "Choose a VM class."));
    }

    @Test
    void aClusterNameLeavesRoomForItsNodeNames() {
        String longest = "c".repeat(47);
        assertThat(WorkloadRules.clusterNameProblem(longest)).isEmpty();
        assertThat(WorkloadRules.clusterNameProblem(longest + "c").map(Msg::english))
                .contains("Use at most 47 characters, so the node names fit in 63.");
        assertThat(WorkloadRules.poolNameProblem("p".repeat(20), "c".repeat(40))).isPresent();
        assertThat(WorkloadRules.poolNameProblem("p".repeat(18), "c".repeat(40))).isEmpty();
    }

    @Test
    void aPodNeedsContainersWithValidRequests() {
        assertThat(EnglishProblem.of(WorkloadRules.problems(new CreatePodCommand("web", List.of()))))
                .containsExactly(new EnglishProblem("containers", "Add at least one container."));
        assertThat(WorkloadRules.problems(new CreatePodCommand("web", List.of(
                new CreatePodCommand.Container("app", "app:1", "250m", "512Mi"))))).isEmpty();
    }

    @Test
    void aMissingRowIsAProblemOfItsOwnAndEachNameServesOneRow() {
        var pod = new CreatePodCommand("web", Arrays.asList(
                new CreatePodCommand.Container("app", "app:1", "250m", "512Mi"), null,
                new CreatePodCommand.Container("app", "app:2", "250m", "512Mi")));
        assertThat(EnglishProblem.of(WorkloadRules.problems(pod))).containsExactly(
                new EnglishProblem("containers[1]", "Describe the container."),
                new EnglishProblem("containers[2].name", "Another container of this pod is named app."));

        var cluster = new CreateTkgClusterCommand("dev", "v1.30", 1, "best-effort-small", "vsan", Arrays.asList(
                null, new CreateTkgClusterCommand.NodePool("workers", 1, "best-effort-small", null)));
        assertThat(EnglishProblem.of(WorkloadRules.problems(cluster)))
                .containsExactly(new EnglishProblem("nodePools[0]", "Describe the node pool."));
    }
}
