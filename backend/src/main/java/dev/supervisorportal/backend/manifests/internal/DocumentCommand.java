package dev.supervisorportal.backend.manifests.internal;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.manifests.ManifestDocument;
import dev.supervisorportal.backend.workloads.CreatePodCommand;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.WorkloadRules;

import java.util.List;

/**
 * The one command a document was read into (the other two are {@code null}), with what {@link WorkloadRules} finds
 * wrong with it, by the command's fields.
 */
record DocumentCommand(CreateVmCommand vm, CreateTkgClusterCommand tkgCluster, CreatePodCommand pod,
                       List<FieldProblem> ruleProblems, ManifestDocument.VmState vmState) {

    DocumentCommand(CreateVmCommand vm, CreateTkgClusterCommand tkgCluster, CreatePodCommand pod,
                    List<FieldProblem> ruleProblems) {
        this(vm, tkgCluster, pod, ruleProblems, null);
    }

    static DocumentCommand of(CreateVmCommand vm, ManifestDocument.VmState state) {
        return new DocumentCommand(vm, null, null, WorkloadRules.problems(vm), state);
    }

    static DocumentCommand of(CreateTkgClusterCommand cluster) {
        return new DocumentCommand(null, cluster, null, WorkloadRules.problems(cluster));
    }

    static DocumentCommand of(CreatePodCommand pod) {
        return new DocumentCommand(null, null, pod, WorkloadRules.problems(pod));
    }

    /** No command: the document has too little to make one, which is refused already. */
    static DocumentCommand none() {
        return new DocumentCommand(null, null, null, List.of());
    }

    ManifestDocument document(int document, String kind, String apiVersion, String name, List<Msg> ignored) {
        return new ManifestDocument(document, kind, apiVersion, name, vm, tkgCluster, pod, ignored, vmState);
    }
}
