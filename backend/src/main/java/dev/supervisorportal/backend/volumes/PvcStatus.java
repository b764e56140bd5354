package dev.supervisorportal.backend.volumes;

/** A claim waits for a datastore ({@code PENDING}) until the zone's reconcile cycle binds it to one ({@code BOUND}). */
public enum PvcStatus {
    PENDING,
    BOUND
}
