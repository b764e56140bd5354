package dev.supervisorportal.backend.manifests.internal;

import dev.supervisorportal.backend.common.Msg;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A node of one document with its path ({@code spec.topology.nodePools[0].name}). Reading a value marks its path as
 * honoured; what is never read is reported as ignored. A value of the wrong type is a problem of the document.
 */
final class ManifestNode {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

    private final JsonNode node;
    private final String path;
    private final DocumentReader reader;

    ManifestNode(JsonNode node, String path, DocumentReader reader) {
        this.node = node == null ? MissingNode.getInstance() : node;
        this.path = path;
        this.reader = reader;
    }

    String path() {
        return path;
    }

    boolean present() {
        return !node.isMissingNode() && !node.isNull();
    }

    /** The value at {@code key}; a problem when this node is there but no map, so nothing can be under it. */
    ManifestNode child(String key) {
        if (present() && !node.isObject()) {
            reader.problem(path, Msg.of("manifests.not-a-map", path));
        }
        JsonNode value = node.isObject() ? node.get(key) : null;
        return new ManifestNode(value, path.isEmpty() ? key : path + "." + key, reader);
    }

    /** The elements of a list; none when absent, and a problem when it is no list. */
    List<ManifestNode> elements() {
        List<ManifestNode> elements = new ArrayList<>();
        if (!present()) {
            return elements;
        }
        if (!node.isArray()) {
            reader.problem(path, Msg.of("manifests.not-a-list", path));
            return elements;
        }
        for (int i = 0; i < node.size(); i++) {
            elements.add(new ManifestNode(node.get(i), path + "[" + i + "]", reader));
        }
        return elements;
    }

    /** The text here, or {@code null} when absent; a number or boolean is taken as written. */
    String text() {
        if (!present()) {
            return null;
        }
        if (!node.isValueNode()) {
            reader.problem(path, node.isArray() ? Msg.of("manifests.list-not-a-value", path)
                    : Msg.of("manifests.map-not-a-value", path));
            return null;
        }
        reader.honour(path);
        return node.asString().strip();
    }

    /** The text here without honouring it, so the caller can decide whether it does. */
    String peekText() {
        return present() && node.isValueNode() ? node.asString().strip() : null;
    }

    /** Like {@link #text()}, but a missing value is a problem: "spec.className is required." */
    String requiredText() {
        String text = text();
        if ((text == null || text.isEmpty()) && (!present() || node.isValueNode())) {
            reader.problem(path, Msg.of("manifests.required", path));
        }
        return text == null || text.isEmpty() ? null : text;
    }

    /** A whole number, or {@code null} when absent (a problem when it is something else). */
    Integer integer() {
        if (!present()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            reader.honour(path);
            return node.intValue();
        }
        if (node.isString() && WHOLE_NUMBER.matcher(node.asString().strip()).matches()) {
            reader.honour(path);
            return Integer.parseInt(node.asString().strip());
        }
        reader.problem(path, Msg.of("manifests.not-a-whole-number", path));
        return null;
    }

    Integer requiredInteger() {
        if (!present()) {
            reader.problem(path, Msg.of("manifests.required", path));
            return null;
        }
        return integer();
    }

    void honour() {
        reader.honour(path);
    }

    /**
     * A value the portal keeps once elsewhere (a pool's storage class, kept per cluster): honoured when it says the
     * same as {@code kept}, noted as ignored with {@code reason} otherwise. Without a kept value, which is refused
     * already, it says nothing.
     */
    void honourIfSameAs(String kept, Function<String, Msg> reason) {
        String text = peekText();
        if (text == null || kept == null) {
            return;
        }
        if (text.equals(kept)) {
            honour();
        } else {
            reader.note(path, reason.apply(kept));
        }
    }
}
