package dev.supervisorportal.backend.namespaces;

public enum RequestStatus {
    PENDING, APPROVED, REJECTED
}
