package dev.supervisorportal.backend.inventory;

/** A datastore takes new volumes only when {@code READY}; in maintenance it keeps what it holds and takes nothing new. */
public enum DatastoreState {
    READY,
    MAINTENANCE
}
