package dev.supervisorportal.scheduler.model;

/** Whether a host takes new workloads: only {@link #READY} hosts do. */
public enum HostState {
    READY,
    MAINTENANCE,
    FAILED
}
