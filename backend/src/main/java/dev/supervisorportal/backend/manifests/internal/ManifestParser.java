package dev.supervisorportal.backend.manifests.internal;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.manifests.ManifestLimits;
import dev.supervisorportal.backend.workloads.WorkloadRules;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a paste of Kubernetes manifests, as users of vSphere with Tanzu write them, into the commands the portal's
 * services take. It reads what every document has (YAML, {@code kind}, {@code apiVersion}, {@code metadata}) and
 * hands the rest to the {@link KindReader} of the document's kind ({@link KindReaders}), which declares the
 * {@code apiVersion}s it reads. Every problem of every document is collected before anything is refused; the rules of
 * {@link WorkloadRules} are checked here too, so a preview shows them at the manifest's fields.
 */
public final class ManifestParser {

    private final YAMLMapper yaml;
    private final YamlLimits limits;

    public ManifestParser(ManifestLimits limits) {
        this.limits = new YamlLimits(limits);
        // Aliases are read as what their anchors hold, as kubectl does (Jackson caps how much it repeats); a key
        // given twice is refused rather than one of its values silently dropped.
        this.yaml = new YAMLMapper(YAMLAnchorReplayingFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    }

    /**
     * The documents of {@code yaml} (empty ones skipped), each with its command and what it ignores; refused with
     * every problem found, each naming its document, when any has one.
     *
     * @param namespace the namespace the manifest goes to: a document naming another one is refused
     * @param kubernetesReleases the catalog's releases, to which a {@code Cluster}'s {@code version} is matched
     */
    public List<ParsedDocument> parse(String manifest, String namespace, List<String> kubernetesReleases) {
        String text = manifest == null ? "" : manifest;
        limits.check(text);
        List<FieldProblem> problems = new ArrayList<>();
        List<JsonNode> documents = read(text, problems);
        throwIfAny(problems);
        if (documents.stream().noneMatch(ManifestParser::hasContent)) {
            throw new InvalidInputException("manifest", Msg.of("manifests.empty"));
        }
        List<ParsedDocument> parsed = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (hasContent(documents.get(i))) {
                ParsedDocument document = readDocument(documents.get(i), i + 1, namespace, kubernetesReleases, problems);
                if (document != null) {
                    parsed.add(document);
                }
            }
        }
        throwIfAny(problems);
        return parsed;
    }

    private List<JsonNode> read(String text, List<FieldProblem> problems) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = yaml.readerFor(JsonNode.class).readValues(text)) {
            while (iterator.hasNextValue()) {
                documents.add(iterator.nextValue());
            }
        } catch (JacksonException e) {
            int document = documents.size() + 1;
            TokenStreamLocation location = e.getLocation();
            problems.add(new FieldProblem("documents[" + (document - 1) + "]",
                    location == null || location.getLineNr() < 1
                            ? Msg.of("manifests.invalid-yaml", document, yamlProblem(e))
                            : Msg.of("manifests.invalid-yaml-at", document, location.getLineNr(),
                            location.getColumnNr(), yamlProblem(e))));
        }
        return documents;
    }

    /** The YAML parser's own words (English), without its echo of the input (the indented lines). */
    private static Object yamlProblem(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String problem = message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip).collect(Collectors.joining("; "));
        if (problem.endsWith(".")) {
            problem = problem.substring(0, problem.length() - 1);
        }
        return problem.isEmpty() ? Msg.of("manifests.yaml-unreadable") : problem;
    }

    private static boolean hasContent(JsonNode document) {
        return document != null && !document.isMissingNode() && !document.isNull();
    }

    private static ParsedDocument readDocument(JsonNode node, int document, String namespace, List<String> releases,
                                               List<FieldProblem> problems) {
        DocumentReader reader = new DocumentReader(node, document, problems);
        if (!node.isObject()) {
            reader.problem("", node.isArray() ? Msg.of("manifests.list-not-an-object")
                    : Msg.of("manifests.value-not-an-object"));
            return null;
        }
        ManifestNode root = reader.root();
        String kind = root.child("kind").peekText();
        reader.named(kind, null);
        String apiVersion = root.child("apiVersion").peekText();
        ManifestNode metadata = root.child("metadata");
        String name = metadata.child("name").peekText();
        reader.named(kind, name);
        root.child("kind").requiredText();
        root.child("apiVersion").requiredText();
        metadata.child("name").requiredText();
        reader.source("name", "metadata.name");
        String otherNamespace = metadata.child("namespace").text();
        if (otherNamespace != null && !otherNamespace.equals(namespace)) {
            reader.problem("metadata.namespace", Msg.of("manifests.other-namespace", otherNamespace, namespace));
        }
        KindReader kindReader = kindReader(kind, apiVersion, reader);
        if (kindReader == null) {
            return null;
        }
        DocumentCommand command = kindReader.read(new KindDocument(root, name, apiVersion, releases, reader));
        command.ruleProblems().forEach(problem -> {
            String path = reader.sourceOf(problem.field());
            reader.problem(path, Msg.of("manifests.labelled", path, problem.message()));
        });
        if (reader.hasProblems()) {
            return null;
        }
        return new ParsedDocument(command.document(document, kind, apiVersion, name, reader.ignored()),
                reader.sources());
    }

    /**
     * The reader of the document's kind, when there is one for its {@code apiVersion}; else {@code null}, and the
     * document refused (a missing kind or {@code apiVersion} is refused already: which fields a kind has depends on
     * its version).
     */
    private static KindReader kindReader(String kind, String apiVersion, DocumentReader reader) {
        if (kind == null || kind.isEmpty()) {
            return null;
        }
        KindReader kindReader = KindReaders.of(kind).orElse(null);
        if (kindReader == null) {
            reader.problem("kind", Msg.of("manifests.kind-unsupported", kind, KindReaders.kinds()));
            return null;
        }
        if (apiVersion == null || apiVersion.isEmpty()) {
            return null;
        }
        if (!kindReader.apiVersions().contains(apiVersion)) {
            reader.problem("apiVersion", Msg.of("manifests.api-version-unsupported", apiVersion, kind,
                    kindReader.apiVersionsForUsers()));
            return null;
        }
        return kindReader;
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
