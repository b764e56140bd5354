package dev.supervisorportal.backend.manifests;

import java.util.List;

/** The objects a manifest created, in document order; on a dry run, what it would create, and nothing was written. */
public record ManifestResult(boolean dryRun, List<ManifestObject> objects) {
}
