package dev.supervisorportal.backend.volumes;

/** The workload a claim is attached to: {@code kind} is {@code VM} or {@code POD}. */
public record AttachTarget(String kind, String name) {
}
