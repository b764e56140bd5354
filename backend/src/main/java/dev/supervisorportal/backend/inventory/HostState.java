package dev.supervisorportal.backend.inventory;

public enum HostState {
    READY, MAINTENANCE, FAILED
}
