package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.workloads.WorkloadKind;
import dev.supervisorportal.backend.workloads.WorkloadStatus;

import java.util.List;

/**
 * Why a workload is where it is, asked of scheduler-core now: for one that waits, each host's reason; for one that
 * is placed or runs, each host's score with the workload not counted on its own host.
 *
 * @param host     the host it is on, or null while it waits
 * @param policy   the reconciler's score policy: {@code spread}, {@code pack} or {@code balanced}
 * @param summary  one sentence for people
 * @param scores   the hosts that could take it, best first
 * @param refusals the hosts that could not, with the reason
 */
public record PlacementExplanation(WorkloadKind kind, String namespace, String name, String zone,
                                   WorkloadStatus status, String host, String policy, Msg summary,
                                   List<HostScore> scores, List<HostRefusal> refusals) {

    public PlacementExplanation {
        scores = List.copyOf(scores);
        refusals = List.copyOf(refusals);
    }
}
