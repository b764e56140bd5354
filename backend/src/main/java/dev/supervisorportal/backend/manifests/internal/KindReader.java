package dev.supervisorportal.backend.manifests.internal;

import java.util.Set;

/**
 * Reads the documents of one kind ({@code VirtualMachine}, {@code Pod}, …) into the command the portal's services
 * take. It declares the {@code apiVersion}s it reads; {@link ManifestParser} refuses any other before asking it.
 * A new kind is a new reader listed in {@link KindReaders}.
 */
abstract class KindReader {

    private final String kind;
    private final Set<String> apiVersions;

    KindReader(String kind, String... apiVersions) {
        this.kind = kind;
        this.apiVersions = Set.of(apiVersions);
    }

    /** The {@code kind} of the documents it reads. */
    final String kind() {
        return kind;
    }

    /** The {@code apiVersion}s it reads. */
    final Set<String> apiVersions() {
        return apiVersions;
    }

    /** How a refusal of another {@code apiVersion} names the ones it reads: a version as written, or a message. */
    Object apiVersionsForUsers() {
        return String.join(", ", apiVersions.stream().sorted().toList());
    }

    /**
     * The command of one document of this kind and {@code apiVersion}; what is wrong with it is reported to the
     * document's reader, and each field the command takes remembers the manifest path it came from.
     */
    abstract DocumentCommand read(KindDocument document);
}
