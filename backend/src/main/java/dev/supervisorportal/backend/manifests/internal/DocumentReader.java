package dev.supervisorportal.backend.manifests.internal;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Msg;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one document: remembers which paths the portal honoured, where each command field came from, and the
 * problems found; whatever was never honoured is, in document order, what it ignored.
 */
final class DocumentReader {

    private final JsonNode root;
    private final int document;
    private final List<FieldProblem> problems;
    private final Set<String> problemPaths = new HashSet<>();
    private final Set<String> honoured = new HashSet<>();
    private final Map<String, Msg> notes = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private String kind;
    private String name;

    DocumentReader(JsonNode root, int document, List<FieldProblem> problems) {
        this.root = root;
        this.document = document;
        this.problems = problems;
    }

    ManifestNode root() {
        return new ManifestNode(root, "", this);
    }

    int document() {
        return document;
    }

    void named(String kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    void honour(String path) {
        honoured.add(path);
    }

    /** A field the portal reads but cannot follow as written, with the reason. */
    void note(String path, Msg reason) {
        notes.put(path, Msg.of("manifests.ignored-because", path, reason));
    }

    /** Records that a command field came from this manifest path. */
    void source(String commandField, String path) {
        sources.put(commandField, path);
    }

    String sourceOf(String commandField) {
        return sources.getOrDefault(commandField, commandField);
    }

    Map<String, String> sources() {
        return Map.copyOf(sources);
    }

    /** A problem at a path of this document; the first one per path counts, and none under a refused one. */
    void problem(String path, Msg message) {
        if (problemPaths.stream().noneMatch(refused -> inside(Set.of(path), refused)) && problemPaths.add(path)) {
            problems.add(FieldProblem.of("documents[" + (document - 1) + "]" + (path.isEmpty() ? "" : "." + path),
                    "manifests.labelled", ParsedDocument.label(document, kind, name), message));
        }
    }

    boolean hasProblems() {
        return !problemPaths.isEmpty();
    }

    /** Every field present that was not honoured, as "path: ignored", in document order. */
    List<Msg> ignored() {
        List<Msg> ignored = new ArrayList<>();
        walk(root, "", ignored);
        return ignored;
    }

    private void walk(JsonNode node, String path, List<Msg> ignored) {
        if (notes.containsKey(path)) {
            ignored.add(notes.get(path));
            return;
        }
        if (honoured.contains(path) || node == null || node.isNull() || (node.isContainer() && node.isEmpty())) {
            return;
        }
        if (!node.isContainer() || !hasHonouredInside(path)) {
            ignored.add(Msg.of("manifests.ignored", path));
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(entry -> walk(entry.getValue(),
                    path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), ignored));
        } else {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", ignored);
            }
        }
    }

    private boolean hasHonouredInside(String path) {
        if (path.isEmpty()) {
            return true;
        }
        return inside(honoured, path) || inside(notes.keySet(), path);
    }

    /** Whether one of {@code paths} is under {@code path}. */
    private static boolean inside(Set<String> paths, String path) {
        return paths.stream().anyMatch(p -> p.startsWith(path + ".") || p.startsWith(path + "["));
    }
}
