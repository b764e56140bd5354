package dev.supervisorportal.backend.manifests.internal;

import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.manifests.ManifestLimits;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Checks a manifest against {@link ManifestLimits} on the YAML parser's events, before any document is built: the
 * count of documents, and per document its nesting, its aliases and its length. Jackson reads YAML from these events
 * too, but it neither counts aliases (the engine's own {@code maxAliasesForCollections} applies only when the engine
 * builds the nodes itself) nor tells which of its limits a document broke; this pass does both, cheaply, in one place.
 * What is not valid YAML is left to the reading that follows, which says where.
 */
final class YamlLimits {

    private final ManifestLimits limits;
    private final LoadSettings settings;

    YamlLimits(ManifestLimits limits) {
        this.limits = limits;
        this.settings = LoadSettings.builder().setUseMarks(true)
                // The engine's own limit counts from the stream's start; ours, per document, comes first.
                .setCodePointLimit(Integer.MAX_VALUE).build();
    }

    /** Refuses {@code yaml} naming the first document over a limit, and the limit. */
    void check(String yaml) {
        int document = 0;
        int depth = 0;
        int aliases = 0;
        int start = 0;
        try {
            for (Event event : new Parse(settings).parseString(yaml)) {
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        document++;
                        aliases = 0;
                        start = index(event.getStartMark().orElse(null), start);
                        if (document > limits.maxDocuments()) {
                            throw new InvalidInputException("manifest", Msg.of("manifests.too-many-documents",
                                    limits.maxDocuments()));
                        }
                    }
                    case MappingStart, SequenceStart -> {
                        if (++depth > limits.maxDepth()) {
                            throw refused(document, Msg.of("manifests.too-deep", limits.maxDepth()));
                        }
                    }
                    case MappingEnd, SequenceEnd -> depth--;
                    case Alias -> {
                        if (++aliases > limits.maxAliases()) {
                            throw refused(document, Msg.of("manifests.too-many-aliases", limits.maxAliases()));
                        }
                    }
                    default -> {
                    }
                }
                if (index(event.getEndMark().orElse(null), start) - start > limits.maxDocumentCodePoints()) {
                    throw refused(document, Msg.of("manifests.document-too-long", limits.maxDocumentCodePoints()));
                }
            }
        } catch (YamlEngineException notYaml) {
            // Said with its line and column when Jackson reads it.
        }
    }

    private static int index(Mark mark, int otherwise) {
        return mark == null ? otherwise : mark.getIndex();
    }

    private static InvalidInputException refused(int document, Msg message) {
        return new InvalidInputException("documents[" + (Math.max(document, 1) - 1) + "]",
                Msg.of("manifests.labelled", Msg.of("manifests.document", Math.max(document, 1)), message));
    }
}
