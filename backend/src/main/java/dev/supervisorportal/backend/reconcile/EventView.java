package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.common.Msg;

import java.time.Instant;

/**
 * One thing the reconciler did.
 *
 * @param namespace {@code null} for the Supervisor's own control-plane VMs
 * @param kind      the workload's kind: vm, tkg-node, pod, supervisor-vm
 * @param message   what happened, in any language (the API writes it in the request's)
 */
public record EventView(Instant occurredAt, String zone, String namespace, String kind, String workload,
                        EventType type, String fromHost, String toHost, Msg message) {
}
