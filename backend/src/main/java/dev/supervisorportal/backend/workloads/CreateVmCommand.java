package dev.supervisorportal.backend.workloads;

/** A VM of the VM Service. {@code zone} is optional: without one, admission picks the zone with the most room. */
public record CreateVmCommand(String name, String vmClass, String image, String storagePolicy, Long diskGib,
                              String zone) {
}
