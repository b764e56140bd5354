package dev.supervisorportal.backend.inventory;

/** An admin's request to add a datastore to a zone: its name and capacity. */
public record AddDatastoreCommand(String zone, String name, Long capacityGib) {
}
