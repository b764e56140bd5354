package dev.supervisorportal.backend.inventory;

public record ZoneRef(long id, String name) {
}
