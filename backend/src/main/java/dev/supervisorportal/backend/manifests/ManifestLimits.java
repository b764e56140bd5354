package dev.supervisorportal.backend.manifests;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one manifest may hold ({@code portal.manifests.*}), so that no paste can make the parser work without
 * bound; each is refused with a message naming the document. The body's size is the API's limit
 * ({@code portal.api.manifest-body-size}).
 *
 * @param maxDocuments          documents in one manifest
 * @param maxDepth              how deeply maps and lists nest in a document
 * @param maxAliases            YAML aliases ({@code *name}) in a document; each repeats what its anchor holds
 * @param maxDocumentCodePoints characters (Unicode code points) of one document
 */
@ConfigurationProperties("portal.manifests")
public record ManifestLimits(Integer maxDocuments, Integer maxDepth, Integer maxAliases,
                             Integer maxDocumentCodePoints) {

    public static final ManifestLimits DEFAULTS = new ManifestLimits(null, null, null, null);

    public ManifestLimits {
        maxDocuments = maxDocuments == null ? 50 : maxDocuments;
        maxDepth = maxDepth == null ? 50 : maxDepth;
        maxAliases = maxAliases == null ? 50 : maxAliases;
        maxDocumentCodePoints = maxDocumentCodePoints == null ? 262_144 : maxDocumentCodePoints;
    }
}
