package dev.supervisorportal.backend.catalog;

/** A VM class: a size (vCPUs, memory) and a reservation, like {@code guaranteed-large}. */
public record VmClassView(String name, int cpus, long memoryMib, Reservation reservation) {
}
