package dev.supervisorportal.scheduler;

/** One decision: this workload goes to this host. */
public record Placement(String workload, String host) {
}
