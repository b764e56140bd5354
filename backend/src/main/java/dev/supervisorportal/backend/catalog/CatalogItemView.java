package dev.supervisorportal.backend.catalog;

public record CatalogItemView(CatalogKind kind, String name, String description) {
}
