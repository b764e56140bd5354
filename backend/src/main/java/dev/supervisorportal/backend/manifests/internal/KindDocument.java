package dev.supervisorportal.backend.manifests.internal;

import java.util.List;

/**
 * A document whose kind and {@code apiVersion} a {@link KindReader} reads, as its reader gets it.
 *
 * @param root the document's top node
 * @param name its {@code metadata.name} ({@code null} when absent, which is refused already)
 * @param kubernetesReleases the catalog's releases, to which a cluster's version is matched
 * @param reader what honours paths, notes and refuses them and records where each command field came from
 */
record KindDocument(ManifestNode root, String name, String apiVersion, List<String> kubernetesReleases,
                    DocumentReader reader) {
}
