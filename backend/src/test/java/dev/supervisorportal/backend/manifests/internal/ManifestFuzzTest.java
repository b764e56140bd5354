package dev.supervisorportal.backend.manifests.internal;

import dev.supervisorportal.backend.common.EnglishProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.manifests.ManifestLimits;
import dev.supervisorportal.backend.manifests.MutatedManifests;
import dev.supervisorportal.backend.manifests.MutatedManifests.Case;
import dev.supervisorportal.backend.manifests.MutatedManifests.Mutation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2,400 mutated real manifests through the parser: each is read, or refused with problems that each name their
 * document ("document 2 (VirtualMachine web-1): …", field {@code documents[1]…}) or the manifest as a whole; never
 * another exception. A mutation that always breaks its document is refused, naming that document only. A mutation
 * that leaves the manifest valid (a field the portal ignores removed, a few aliases) is read.
 */
class ManifestFuzzTest {

    /** The defaults but for the length of a document: reading 256 Ki characters 200 times would take half a minute. */
    private static final ManifestLimits LIMITS = new ManifestLimits(null, null, null, 20_000);
    private static final ManifestParser PARSER = new ManifestParser(LIMITS);
    /** Mutations after which the manifest is wrong whichever field they hit. */
    private static final Set<Mutation> ALWAYS_REFUSED = Set.of(Mutation.OTHER_NAMESPACE, Mutation.DEEP_NESTING, Mutation.MANY_DOCUMENTS, Mutation.HUGE_DOCUMENT, Mutation.DUPLICATE_KEY,
            Mutation.EMPTY);

    static List<Case> cases() {
        return MutatedManifests.generate(MutatedManifests.SEED, 2_400, LIMITS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aMutatedManifestIsReadOrRefusedNamingItsDocument(Case manifest) {
        List<EnglishProblem> problems;
        try {
            PARSER.parse(manifest.yaml(), "team-a", ManifestParserTest.RELEASES);
            problems = List.of();
        } catch (InvalidInputException refused) {
            problems = EnglishProblem.of(refused.problems());
        }

        if (ALWAYS_REFUSED.contains(manifest.mutation())) {
            assertThat(problems).as(manifest.toString()).isNotEmpty();
        }
        for (EnglishProblem problem : problems) {
            assertNamesItsDocument(manifest, problem);
        }
    }

    static void assertNamesItsDocument(Case manifest, EnglishProblem problem) {
        if (problem.field().equals("manifest")) {
            assertThat(manifest.document()).as(manifest + ": " + problem).isZero();
            return;
        }
        assertThat(problem.field()).as(manifest.toString()).matches("documents\\[\\d+](\\..+)?");
        int document = Integer.parseInt(problem.field().substring("documents[".length(), problem.field().indexOf(']'))) + 1;
        assertThat(problem.message()).as(manifest.toString()).startsWith("document " + document);
        // Broken YAML may be read as other documents; "---" followed by nothing, or "...", is a document of its own.
        if (manifest.mutation() != Mutation.NOT_YAML && manifest.mutation() != Mutation.EMPTY) {
            assertThat(document).as(manifest + ": " + problem).isEqualTo(manifest.document());
        }
    }
}
