package dev.supervisorportal.backend.kube;

import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/**
 * One resource type of the portal's Kubernetes API (a Spring bean each; the API finds them all). A kind turns the
 * portal's own views into Kubernetes objects and Kubernetes objects into calls of the portal's services, so every
 * write goes through the same permissions, admission, quota and audit as the forms and the REST API. It throws the
 * portal's own exceptions ({@code InvalidInputException} with the object's field paths, {@code NotFoundException},
 * {@code QuotaExceededException}, {@code ConflictException}, {@code StaleVersionException}, access denied); the API
 * answers each with its Kubernetes {@code Status}.
 * <p>
 * Objects are whole: {@code apiVersion} (the preferred version; the API rewrites it to the one asked for),
 * {@code kind}, {@code metadata} (name, namespace, uid, creationTimestamp, generation, labels) and {@code spec} and
 * {@code status} with a {@code Ready} condition ({@link KubeObjects} builds these). The API, not the kind, sets
 * {@code metadata.resourceVersion}, compares it on updates and runs watches, patches and selectors on top.
 */
public interface KubeKind {

    KubeResource resource();

    /**
     * The objects of {@code namespace} ({@code null} for a cluster-scoped kind) the caller may see; a namespace the
     * caller holds no role in is {@code NotFoundException} or access denied, as the portal's services say.
     */
    List<ObjectNode> list(String namespace);

    Optional<ObjectNode> get(String namespace, String name);

    default ObjectNode create(String namespace, ObjectNode object, boolean dryRun) {
        throw new KubeVerbNotSupportedException(resource(), KubeVerb.CREATE);
    }

    /** Replaces the object's spec with {@code object}'s ({@code kubectl apply}, {@code replace}, patches end here). */
    default ObjectNode update(String namespace, String name, ObjectNode object, boolean dryRun) {
        throw new KubeVerbNotSupportedException(resource(), KubeVerb.UPDATE);
    }

    default void delete(String namespace, String name, boolean dryRun) {
        throw new KubeVerbNotSupportedException(resource(), KubeVerb.DELETE);
    }

    /** The OpenAPI v3 schema of the whole object in {@code version} (for kubectl's validation and explain). */
    ObjectNode schema(String version);
}
