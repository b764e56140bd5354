package dev.supervisorportal.backend.catalog;

import java.util.List;

/** Everything the catalog offers, each list in name order. */
public record CatalogView(List<VmClassView> vmClasses, List<CatalogItemView> images,
                          List<CatalogItemView> storagePolicies, List<CatalogItemView> kubernetesReleases) {
}
