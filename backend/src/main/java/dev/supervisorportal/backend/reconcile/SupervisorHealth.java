package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.common.Msg;

import java.util.List;

/**
 * Whether the Supervisor's control plane keeps quorum, and what a zone outage costs: what three zones buy over one.
 *
 * @param summary  "The Supervisor keeps quorum with 2 of its 3 control-plane VMs." and the like
 * @param zonesDown the zones whose hosts have all failed, each with a sentence on what that means
 */
public record SupervisorHealth(List<ControlPlaneVm> controlPlaneVms, int running, boolean quorum, Msg summary,
                               List<Msg> zonesDown) {

    /** One of the three control-plane VMs: its zone, host (when placed) and status. */
    public record ControlPlaneVm(String name, String zone, String host, String status, Msg statusReason) {
    }
}
