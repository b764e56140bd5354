package dev.supervisorportal.backend.reconcile;

/** A host that can take a workload and its score under the reconciler's policy (0–100, higher is chosen). */
public record HostScore(String host, int score) {
}
