package dev.supervisorportal.backend.manifests;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Real manifests (the VirtualMachine v1alpha1 to v1alpha4, TanzuKubernetesCluster v1alpha3, Cluster v1beta1 and Pod
 * v1 examples the parser's tests read), mutated from a seed: one to three documents, one of them broken in one way.
 * The same seed gives the same cases, so a failure names its seed and case to run again ({@code -Dfuzz.seed=…}).
 */
public final class MutatedManifests {

    /** The seed of this run: {@code -Dfuzz.seed}, or a fixed one. */
    public static final long SEED = Long.getLong("fuzz.seed", 20261203L);

    public enum Mutation {
        /** a field removed: apiVersion, kind, metadata or any other */
        REMOVE,
        /** a field set to null */
        NULL,
        /** a value replaced by one of another type: text, number, list, map, boolean */
        RETYPE,
        /** apiVersion, kind, metadata or its name set to something odd */
        ODD_HEADER,
        /** metadata.namespace naming another namespace */
        OTHER_NAMESPACE,
        /** "billion laughs": anchors of anchors */
        ALIAS_BOMB,
        /** maps nested far deeper than any manifest */
        DEEP_NESTING,
        /** more documents than a manifest may have */
        MANY_DOCUMENTS,
        /** one document longer than a document may be */
        HUGE_DOCUMENT,
        /** a line of the manifest broken so that it is no longer YAML, or YAML of another shape */
        NOT_YAML,
        /** a key given twice */
        DUPLICATE_KEY,
        /** nothing but blanks, comments or separators */
        EMPTY
    }

    /** One manifest; {@code document} is the 1-based number of the broken document, 0 when the whole is at fault. */
    public record Case(long seed, int number, Mutation mutation, String what, int document, String yaml) {

        @Override
        public String toString() {
            return "seed " + seed + " case " + number + " " + mutation + ": " + what;
        }
    }

    private static final List<String> FILES = List.of("vm-v1alpha1.yaml", "vm-v1alpha3.yaml", "several.yaml",
            "tkc-v1alpha3.yaml", "cluster-v1beta1.yaml", "pod.yaml");
    private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<ObjectNode> REAL = real();

    private final Random random;
    private final long seed;
    private final ManifestLimits limits;

    private MutatedManifests(long seed, ManifestLimits limits) {
        this.seed = seed;
        this.random = new Random(seed);
        this.limits = limits;
    }

    /** {@code count} cases from {@code seed}, every mutation in turn; the ones about size just beyond {@code limits}. */
    public static List<Case> generate(long seed, int count, ManifestLimits limits) {
        MutatedManifests generator = new MutatedManifests(seed, limits);
        List<Case> cases = new ArrayList<>();
        Mutation[] mutations = Mutation.values();
        for (int i = 0; i < count; i++) {
            cases.add(generator.next(i, mutations[i % mutations.length]));
        }
        return cases;
    }

    /** The real documents, each as its own manifest without its namespace: valid for any namespace. */
    public static List<String> realDocuments() {
        return REAL.stream().map(MutatedManifests::write).toList();
    }

    private Case next(int number, Mutation mutation) {
        List<ObjectNode> documents = new ArrayList<>();
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            documents.add(REAL.get(random.nextInt(REAL.size())).deepCopy());
        }
        int broken = random.nextInt(size);
        ObjectNode document = documents.get(broken);
        List<String> texts = new ArrayList<>(documents.stream().map(MutatedManifests::write).toList());
        String what;
        switch (mutation) {
            case REMOVE -> {
                Slot slot = random.nextInt(3) == 0 ? header(document) : anySlot(document);
                slot.remove();
                what = "without " + slot.path;
            }
            case NULL -> {
                Slot slot = random.nextInt(3) == 0 ? header(document) : anySlot(document);
                slot.set(NODES.nullNode());
                what = slot.path + " null";
            }
            case RETYPE -> {
                Slot slot = anySlot(document);
                JsonNode value = oddValue();
                slot.set(value);
                what = slot.path + " → " + shorten(value.toString());
            }
            case ODD_HEADER -> {
                Slot slot = header(document);
                JsonNode value = random.nextBoolean() ? oddValue() : NODES.stringNode(pick(
                        "", " ", "v1alpha9", "VirtualMachine", "virtualmachine", "Pod", "apps/v1", "Deployment",
                        "vmoperator.vmware.com/v1alpha2", "run.tanzu.vmware.com/v1alpha1", "Web_1", "a".repeat(300)));
                slot.set(value);
                what = slot.path + " → " + shorten(value.toString());
            }
            case OTHER_NAMESPACE -> {
                ((ObjectNode) document.get("metadata")).put("namespace", pick("other", "kube-system", "Team A", ""));
                what = "metadata.namespace " + document.get("metadata").get("namespace");
            }
            case ALIAS_BOMB -> {
                int levels = 3 + random.nextInt(8);
                int width = 3 + random.nextInt(8);
                StringBuilder bomb = new StringBuilder("lol0: &lol0 [lol, lol, lol]\n");
                for (int level = 1; level <= levels; level++) {
                    bomb.append("lol").append(level).append(": &lol").append(level).append(" [")
                            .append(String.join(", ", java.util.Collections.nCopies(width, "*lol" + (level - 1))))
                            .append("]\n");
                }
                texts.set(broken, texts.get(broken) + bomb);
                what = levels + " levels of " + width + " aliases";
            }
            case DEEP_NESTING -> {
                int depth = limits.maxDepth() + 5 + random.nextInt(200);
                Slot slot = anySlot(document);
                JsonNode deep = NODES.stringNode("bottom");
                for (int i = 0; i < depth; i++) {
                    deep = random.nextBoolean() ? NODES.objectNode().set("n", deep) : NODES.arrayNode().add(deep);
                }
                slot.set(deep);
                what = slot.path + " nested " + depth + " deep";
            }
            case MANY_DOCUMENTS -> {
                int count = limits.maxDocuments() + 1 + random.nextInt(100);
                texts.clear();
                for (int i = 0; i < count; i++) {
                    texts.add(write(REAL.get(random.nextInt(REAL.size()))));
                }
                broken = -1;
                what = count + " documents";
            }
            case HUGE_DOCUMENT -> {
                int length = limits.maxDocumentCodePoints() + 1 + random.nextInt(limits.maxDocumentCodePoints() / 2);
                texts.set(broken, texts.get(broken) + "padding: " + "x".repeat(length) + "\n");
                what = "a value of " + length + " characters";
            }
            case NOT_YAML -> {
                String text = texts.get(broken);
                int at = random.nextInt(text.length() + 1);
                String breaker = pick("\t- x", ": :", "[", "{a", "%TAG", "@", "`", "*nowhere", "key: [1, 2\n", "\"open",
                        "  - misplaced\n", "!!binary %%%", "? ", "&", "\n  bad: indent\n wrong: outdent\n");
                texts.set(broken, text.substring(0, at) + breaker + text.substring(at));
                what = shorten(breaker) + " at " + at;
            }
            case DUPLICATE_KEY -> {
                String text = texts.get(broken);
                texts.set(broken, text + text.lines().findFirst().orElseThrow() + "\n");
                what = "the first line twice";
            }
            default -> {
                texts.clear();
                texts.add(pick("", "   \n", "# just a comment\n", "---\n---\n", "\n\n", "...\n", "--- # nothing\n"));
                broken = -1;
                what = "nothing";
            }
        }
        if (List.of(Mutation.REMOVE, Mutation.NULL, Mutation.RETYPE, Mutation.ODD_HEADER, Mutation.OTHER_NAMESPACE,
                Mutation.DEEP_NESTING).contains(mutation)) {
            texts.set(broken, write(document));
        }
        return new Case(seed, number, mutation, (broken >= 0 ? "document " + (broken + 1) + " of " + texts.size()
                + ": " : "") + what, broken + 1, String.join("---\n", texts));
    }

    /** A value of a random type, including the odd ones: empty, control characters, huge numbers. */
    private JsonNode oddValue() {
        List<Supplier<JsonNode>> values = List.of(
                () -> NODES.stringNode(""), () -> NODES.stringNode("   "), () -> NODES.stringNode("\u0000"),
                () -> NODES.stringNode("💥 ünïcødé"), () -> NODES.stringNode("../../etc/passwd"),
                () -> NODES.stringNode("x".repeat(1 + random.nextInt(5_000))), () -> NODES.stringNode("-1"),
                () -> NODES.numberNode(0), () -> NODES.numberNode(-1), () -> NODES.numberNode(2_147_483_648L),
                () -> NODES.numberNode(Long.MAX_VALUE), () -> NODES.numberNode(new BigInteger("9".repeat(40))),
                () -> NODES.numberNode(1.5), () -> NODES.numberNode(1e308), () -> NODES.booleanNode(true),
                () -> NODES.booleanNode(false), () -> NODES.nullNode(), () -> NODES.arrayNode(),
                () -> NODES.arrayNode().add(1).add("a").add(NODES.objectNode()), () -> NODES.objectNode(),
                () -> NODES.objectNode().set("a", NODES.objectNode().put("b", 1)));
        return values.get(random.nextInt(values.size())).get();
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** apiVersion, kind, metadata or metadata.name. */
    private Slot header(ObjectNode document) {
        return switch (random.nextInt(4)) {
            case 0 -> new Slot(document, "apiVersion", -1, "apiVersion");
            case 1 -> new Slot(document, "kind", -1, "kind");
            case 2 -> new Slot(document, "metadata", -1, "metadata");
            default -> new Slot((ObjectNode) document.get("metadata"), "name", -1, "metadata.name");
        };
    }

    /** Any value of the document, at any depth, header included. */
    private Slot anySlot(ObjectNode document) {
        List<Slot> slots = new ArrayList<>();
        collect(document, "", slots);
        return slots.get(random.nextInt(slots.size()));
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            object.propertyNames().forEach(key -> {
                String child = path.isEmpty() ? key : path + "." + key;
                slots.add(new Slot(object, key, -1, child));
                collect(object.get(key), child, slots);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String child = path + "[" + i + "]";
                slots.add(new Slot(array, null, i, child));
                collect(array.get(i), child, slots);
            }
        }
    }

    /** A place in a document: a key of a map or an index of a list. */
    private record Slot(JsonNode parent, String key, int index, String path) {

        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static String write(JsonNode document) {
        return YAML.writeValueAsString(document);
    }

    private static List<ObjectNode> real() {
        List<ObjectNode> documents = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = MutatedManifests.class.getResourceAsStream("/manifests/" + file)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                YAML.readerFor(JsonNode.class).<JsonNode>readValues(text).readAll().forEach(node -> {
                    ObjectNode document = (ObjectNode) node;
                    ((ObjectNode) document.get("metadata")).remove("namespace");
                    documents.add(document);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }
}
