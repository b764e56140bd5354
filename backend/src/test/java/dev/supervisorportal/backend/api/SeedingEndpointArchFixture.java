package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.catalog.CatalogService;

import java.util.List;

/**
 * Not called by anything: {@code ArchitectureTest} imports it to show that a REST endpoint calling a system-only
 * operation (seeding the catalog, unchecked) fails the rule.
 */
class SeedingEndpointArchFixture {

    void seedFromARequest(CatalogService catalog) {
        catalog.seed(List.of(), List.of());
    }
}
