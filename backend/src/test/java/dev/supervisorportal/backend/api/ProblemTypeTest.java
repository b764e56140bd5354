package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.common.Messages;
import dev.supervisorportal.backend.common.Msg;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The problem types the code has are the ones README.md documents, and the refusals no API test can provoke. */
class ProblemTypeTest {

    /** A row of README.md's table of problem types: {@code | `/problems/quota-exceeded` | 409 | …}. */
    private static final Pattern DOCUMENTED = Pattern.compile("^\\| `/problems/([a-z-]+)` \\| (\\d{3}) \\|",
            Pattern.MULTILINE);

    @Test
    void theReadmeDocumentsEveryTypeWithItsStatusAndNoOther() throws IOException {
        Matcher row = DOCUMENTED.matcher(Files.readString(Path.of("..", "README.md")));
        Map<String, Integer> documented = new LinkedHashMap<>();
        while (row.find()) {
            documented.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        Map<String, Integer> inCode = new LinkedHashMap<>();
        Arrays.stream(ProblemType.values()).forEach(type -> inCode.put(type.slug(), type.status().value()));

        assertThat(documented).isEqualTo(inCode);
    }

    @Test
    void everyCodeTheReadmeNamesIsAMessageKey() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("### Errors");
        String errors = readme.substring(section, readme.indexOf("\n### ", section));
        Matcher key = Pattern.compile("`([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)`").matcher(errors);
        List<String> codes = new java.util.ArrayList<>();
        while (key.find()) {
            codes.add(key.group(1));
        }

        assertThat(codes).hasSizeGreaterThan(30).allSatisfy(code -> assertThat(Messages.text(Msg.of(code),
                Locale.ENGLISH)).as(code).isNotBlank());
    }

    @Test
    void aConcurrentChangeAndAnUnexpectedFailureHaveTheirTypesToo() {
        ProblemDetail concurrent = new ApiExceptionHandler()
                .concurrentChange(new OptimisticLockingFailureException("row changed")).getBody();
        ProblemDetail unexpected = new ApiUnexpectedErrorHandler()
                .unexpected(new IllegalStateException("a bug")).getBody();

        assertThat(concurrent.getType()).hasToString("/problems/concurrent-change");
        assertThat(concurrent.getStatus()).isEqualTo(409);
        assertThat(concurrent.getProperties()).containsEntry(Problems.CODE, "api.concurrent-change");
        assertThat(unexpected.getType()).hasToString("/problems/internal-error");
        assertThat(unexpected.getStatus()).isEqualTo(500);
        assertThat(unexpected.getProperties()).containsEntry(Problems.CODE, "api.unexpected");
        assertThat(unexpected.getDetail()).doesNotContain("a bug");
    }

    @Test
    void theCodeOfALabelledMessageIsTheLabelledOnes() {
        Msg quota = Msg.of("quota.not-enough", "CPU", "zone-a", "1", "0", "1");
        ProblemDetail problem = Problems.of(ProblemType.QUOTA_EXCEEDED,
                Msg.of("manifests.labelled", "document 2", quota),
                List.of(FieldProblem.of("documents[1].spec.className", "manifests.labelled-at", "document 2",
                        "spec.className", Msg.of("workloads.vm-class.unknown", "huge", "small"))));

        assertThat(problem.getProperties()).containsEntry(Problems.CODE, "quota.not-enough");
        assertThat(problem.getProperties().get(Problems.ERRORS)).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).extracting("code")
                .containsExactly("workloads.vm-class.unknown");
    }
}
