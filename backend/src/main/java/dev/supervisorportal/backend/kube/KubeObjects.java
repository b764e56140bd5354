package dev.supervisorportal.backend.kube;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Builds the parts every Kubernetes object of the portal has: type, metadata and the {@code Ready} condition. */
public final class KubeObjects {

    private KubeObjects() {
    }

    /**
     * A new object of {@code resource}'s kind in its preferred version with {@code metadata} filled: name, namespace
     * (for a namespaced kind), a uid stable for this object's life, creationTimestamp (whole seconds, as Kubernetes
     * writes it) and generation. Add {@code spec} and {@code status} to it.
     */
    public static ObjectNode object(KubeResource resource, String namespace, String name, Instant created,
                                    long generation) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        object.put("apiVersion", resource.apiVersion(resource.preferredVersion()));
        object.put("kind", resource.kind());
        ObjectNode metadata = object.putObject("metadata");
        metadata.put("name", name);
        if (resource.namespaced()) {
            metadata.put("namespace", namespace);
        }
        metadata.put("uid", uid(resource, namespace, name, created));
        metadata.put("creationTimestamp", timestamp(created));
        metadata.put("generation", generation);
        return object;
    }

    /** Labels under {@code metadata.labels} (none: no {@code labels} field). */
    public static void labels(ObjectNode object, Map<String, String> labels) {
        if (!labels.isEmpty()) {
            ObjectNode node = ((ObjectNode) object.get("metadata")).putObject("labels");
            labels.forEach(node::put);
        }
    }

    /**
     * Adds the {@code Ready} condition to {@code status.conditions}: {@code True} when ready, else {@code False} with
     * the reason (a CamelCase word such as {@code Pending}) and the reconciler's message.
     */
    public static void ready(ObjectNode status, boolean ready, String reason, String message, Instant since) {
        ArrayNode conditions = status.has("conditions") ? (ArrayNode) status.get("conditions")
                : status.putArray("conditions");
        ObjectNode condition = conditions.addObject();
        condition.put("type", "Ready");
        condition.put("status", ready ? "True" : "False");
        condition.put("lastTransitionTime", timestamp(since));
        if (reason != null) {
            condition.put("reason", reason);
        }
        if (message != null) {
            condition.put("message", message);
        }
    }

    /** An instant as Kubernetes writes it: RFC 3339 in UTC, whole seconds. */
    public static String timestamp(Instant instant) {
        return (instant == null ? Instant.EPOCH : instant).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The same uid for the same object as long as it lives; a new one for a new object of the same name. */
    public static String uid(KubeResource resource, String namespace, String name, Instant created) {
        String identity = resource.group() + "/" + resource.plural() + "/" + namespace + "/" + name + "/" + created;
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
