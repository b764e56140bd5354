package dev.supervisorportal.backend.inventory;

/**
 * Published when something changed what should run in a zone (a workload admitted or deleted, a host's state
 * changed), so that the zone's reconcile cycle runs right after the change commits instead of at its next period.
 */
public record ZoneChanged(String zone) {
}
