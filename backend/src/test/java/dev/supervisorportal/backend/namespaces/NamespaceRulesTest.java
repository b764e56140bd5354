package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Msg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NamespaceRulesTest {

    @ParameterizedTest(name = "''{0}'' is a good name")
    @ValueSource(strings = {"a", "0", "team-a-dev", "web-01", "a1b2c3", "x-y", "123",
            "abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefgh"})
    void acceptsDns1123Labels(String name) {
        assertThat(name.length()).isLessThanOrEqualTo(63);
        assertThat(NamespaceRules.nameProblem(name)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Team-A       | Use only lower-case letters, digits and '-'; 'T' is not allowed.",
            "team_a       | Use only lower-case letters, digits and '-'; '_' is not allowed.",
            "team.a       | Use only lower-case letters, digits and '-'; '.' is not allowed.",
            "team a       | Use only lower-case letters, digits and '-'; ' ' is not allowed.",
            "tëam         | Use only lower-case letters, digits and '-'; 'ë' is not allowed.",
            "-team        | Start and end with a lower-case letter or a digit.",
            "team-        | Start and end with a lower-case letter or a digit.",
            "-            | Start and end with a lower-case letter or a digit.",
            "default      | 'default' is reserved by the Supervisor; choose another name.",
            "kube-system  | 'kube-system' is reserved by the Supervisor; choose another name.",
            "vmware-system-tkg | 'vmware-system-tkg' is reserved by the Supervisor; choose another name.",
            "request      | 'request' is reserved by the Supervisor; choose another name.",
    })
    void refusesWhatIsNoDns1123LabelSayingWhy(String name, String message) {
        assertThat(NamespaceRules.nameProblem(name).map(Msg::english)).contains(message);
    }

    @Test
    void refusesEmptyAndTooLongNames() {
        assertThat(NamespaceRules.nameProblem(null).map(Msg::english)).contains("Enter a name.");
        assertThat(NamespaceRules.nameProblem("").map(Msg::english)).contains("Enter a name.");
        assertThat(NamespaceRules.nameProblem("a".repeat(64)).map(Msg::english)).contains("Use at most 63 characters; this name has 64.");
        assertThat(NamespaceRules.nameProblem("a".repeat(63))).isEmpty();
    }

    @Test
    void limitsMustBeGivenPositiveAndBounded() {
        assertThat(NamespaceRules.limitProblem(null, "MHz").map(Msg::english)).contains("Enter a limit in MHz.");
        assertThat(NamespaceRules.limitProblem(0L, "MHz").map(Msg::english)).contains("Enter at least 1 MHz.");
        assertThat(NamespaceRules.limitProblem(-5L, "GiB").map(Msg::english)).contains("Enter at least 1 GiB.");
        assertThat(NamespaceRules.limitProblem(1L, "MiB")).isEmpty();
        assertThat(NamespaceRules.limitProblem(NamespaceRules.MAX_LIMIT, "MiB")).isEmpty();
        assertThat(NamespaceRules.limitProblem(NamespaceRules.MAX_LIMIT + 1, "MiB").map(Msg::english))
                .contains("Enter at most 1,000,000,000 MiB.");
    }

    @Test
    void aRequestNamesEveryBadFieldAtOnce() {
        var command = new NamespaceRequestCommand("Bad_Name", 0L, null, 10L, " ");

        assertThat(NamespaceRules.problems(command)).extracting(FieldProblem::field)
                .containsExactly("name", "cpuMhz", "memoryMib", "justification");
    }

    @Test
    void aGoodRequestHasNoProblems() {
        assertThat(NamespaceRules.problems(new NamespaceRequestCommand("team-a-dev", 3001L, 8192L, 100L, "CI runners")))
                .isEmpty();
    }
}
