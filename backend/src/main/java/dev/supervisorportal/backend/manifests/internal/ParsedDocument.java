package dev.supervisorportal.backend.manifests.internal;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.manifests.ManifestDocument;

import java.util.Map;

/**
 * A document as read, with where each field of its command came from: {@code vmClass} from {@code spec.className},
 * {@code nodePools[1].zone} from {@code spec.topology.nodePools[1].failureDomain}. So a refusal of the services,
 * which names the command's fields, can name the manifest's.
 */
public record ParsedDocument(ManifestDocument plan, Map<String, String> sources) {

    /** "document 2 (VirtualMachine web-1)": how messages name the document. */
    public Msg label() {
        return label(plan.document(), plan.kind(), plan.name());
    }

    /** The manifest field a command field came from, as the API names it: {@code documents[1].spec.className}. */
    public String field(String commandField) {
        String source = commandField == null ? null : sources.get(commandField);
        return "documents[" + (plan.document() - 1) + "]" + (source == null ? "" : "." + source);
    }

    /** The manifest path a command field came from, or the command field itself when it came from none. */
    public String source(String commandField) {
        return commandField == null ? null : sources.getOrDefault(commandField, commandField);
    }

    static Msg label(int document, String kind, String name) {
        if (kind == null || kind.isEmpty()) {
            return Msg.of("manifests.document", document);
        }
        return name == null ? Msg.of("manifests.document-of-kind", document, kind)
                : Msg.of("manifests.document-of-kind-named", document, kind, name);
    }
}
