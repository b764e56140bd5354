package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.quota.Limits;
import dev.supervisorportal.backend.quota.ZoneFit;

import java.util.List;

/**
 * Whether a would-be workload fits, asked before creating it: the namespace's quota in the zone admission would
 * choose, and the hosts of that zone as they are now. Nothing was written to find out.
 *
 * @param fitsQuota     admission would accept it (creating it would succeed)
 * @param hostsHaveRoom scheduler-core finds a host now for each of its workloads (for a TKG cluster: each node,
 *                      the nodes counted against the hosts one after the other, control-plane anti-affinity included)
 * @param verdict       one sentence saying both, naming the zone and, when it does not fit, why
 * @param policy        the reconciler's score policy: {@code spread}, {@code pack} or {@code balanced}
 * @param quota         the demand per zone and how it fits the namespace's share there
 * @param placements    each workload (node) admission would record, where it would go or why it could not
 */
public record WhatIfAnswer(boolean fitsQuota, boolean hostsHaveRoom, Msg verdict, String policy,
                           List<ZoneFit> quota, List<PlannedPlacement> placements) {

    public WhatIfAnswer {
        quota = List.copyOf(quota);
        placements = List.copyOf(placements);
    }

    /**
     * One workload's would-be placement.
     *
     * @param role     {@code control-plane} or {@code worker} for a TKG node, else null
     * @param host     the host scheduler-core would choose now, or null when none can take it
     * @param score    that host's score, or null
     * @param scores   every host that could take it, best first
     * @param refusals every host that could not, with the reason
     */
    public record PlannedPlacement(String workload, String role, String zone, Limits demand, String host,
                                   Integer score, List<HostScore> scores, List<HostRefusal> refusals) {

        public PlannedPlacement {
            scores = List.copyOf(scores);
            refusals = List.copyOf(refusals);
        }
    }
}
