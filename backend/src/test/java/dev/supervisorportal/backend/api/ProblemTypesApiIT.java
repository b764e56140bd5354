package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.namespaces.NamespaceRequestCommand;
import dev.supervisorportal.backend.namespaces.NamespaceRules;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of refusal has its stable problem type and a code a client can branch on, whatever the language; each
 * type URI resolves to a description of it. (The table of bad inputs in {@link BadInputApiIT}, the roles in
 * {@link RoleRefusalsApiIT} and the sign-in throttle in {@link SignInThrottleApiIT} check the same for theirs.)
 */
class ProblemTypesApiIT extends ApiIntegrationTest {

    @Test
    void refusedInputHasItsTypeAndTheRulesKeysAsCodesInEitherLanguage() {
        String alice = user("alice", Role.DEVOPS, null);
        NamespaceRequestCommand request = new NamespaceRequestCommand("default", 0L, 1024L, 10L, "CI");
        var expectedCodes = codes(NamespaceRules.problems(request));

        Reply english = post(alice, "/api/v1/namespace-requests", request)
                .assertProblem(ProblemType.INVALID_INPUT, expectedCodes.getFirst());
        Reply german = call(alice, HttpMethod.POST, "/api/v1/namespace-requests", request, "de")
                .assertProblem(ProblemType.INVALID_INPUT, expectedCodes.getFirst());

        assertThat(english.errorCodes()).hasSize(2).isEqualTo(expectedCodes).isEqualTo(german.errorCodes());
        assertThat(english.json().path("title").asString()).isEqualTo("Invalid input");
        assertThat(german.json().path("title").asString()).isEqualTo("Ungültige Eingabe");
    }

    @Test
    void anUnreadableBodyARejectedPathAndATooLargeBodyHaveTheirOwnTypes() {
        String alice = user("alice", Role.DEVOPS, null);

        post(alice, "/api/v1/namespace-requests", "{\"name\": ").assertProblem(ProblemType.UNREADABLE_BODY,
                "api.body.invalid-json-at");
        Reply wrongType = post(alice, "/api/v1/namespace-requests", "{\"cpuMhz\": \"lots\"}")
                .assertProblem(ProblemType.UNREADABLE_BODY, "api.body.expected");
        assertThat(wrongType.errorCodes()).containsExactly("api.body.expected");
        get(alice, "/api/v1/hosts/a%00b").assertProblem(ProblemType.REJECTED_PATH, "api.path.rejected");
        post(alice, "/api/v1/namespace-requests", Map.of("justification", "x".repeat(65 * 1024)))
                .assertProblem(ProblemType.BODY_TOO_LARGE, "api.body.too-large");
    }

    @Test
    void signInRoleAndMissingThingsHaveTheirTypes() {
        String alice = user("alice", Role.DEVOPS, null);

        get(null, "/api/v1/namespaces").assertProblem(ProblemType.UNAUTHENTICATED, "api.sign-in");
        get(alice, "/api/v1/namespace-requests/pending").assertProblem(ProblemType.FORBIDDEN, "api.denied-admins-only");
        get(alice, "/api/v1/namespaces/" + unique("nowhere")).assertProblem(ProblemType.NOT_FOUND,
                "namespaces.not-found");
        get(alice, "/api/v1/nowhere").assertProblem(ProblemType.NOT_FOUND, "api.no-such-path");
    }

    @Test
    void anAnswerInNoMediaTypeTheClientAcceptsIsNotAcceptable() {
        String alice = user("alice", Role.DEVOPS, null);

        call(alice, MockMvcRequestBuilders.get("/api/v1/namespaces"), MediaType.valueOf("text/csv"))
                .assertProblem(ProblemType.NOT_ACCEPTABLE, "api.media-type.not-acceptable");
    }

    @Test
    void aQuotaRefusalIsItsOwnKindOfConflict() {
        String alice = user("alice", Role.DEVOPS, null);
        String admin = user("admin", Role.ADMIN, null);
        String ns = approvedNamespace(alice, admin, 3_000, 65_536, 500);

        Reply refused = post(alice, "/api/v1/namespaces/" + ns + "/vms", Map.of("name", "big",
                "vmClass", "best-effort-xlarge", "image", UBUNTU, "storagePolicy", VSAN, "diskGib", 40));

        refused.assertProblem(ProblemType.QUOTA_EXCEEDED, "quota.not-enough");
        assertThat(refused.json().path("title").asString()).isEqualTo("Quota exceeded");
    }

    @Test
    void everyTypeUriResolvesWithoutSigningInToWhatItMeans() throws Exception {
        for (ProblemType type : ProblemType.values()) {
            JsonNode described = open(type.uri().toString(), "de");
            assertThat(described.path("type").asString()).isEqualTo(type.uri().toString());
            assertThat(described.path("status").asInt()).isEqualTo(type.status().value());
            assertThat(described.path("title").asString()).isNotBlank().doesNotContain("api.problem");
            assertThat(described.path("description").asString()).isNotBlank().doesNotContain("api.problem");
        }
        assertThat(open("/problems/quota-exceeded", "en").path("title").asString()).isEqualTo("Quota exceeded");
        assertThat(open("/problems", "en").values()).extracting(type -> type.path("type").asString())
                .containsExactlyElementsOf(Arrays.stream(ProblemType.values()).map(t -> t.uri().toString()).toList());

        get(null, "/problems/no-such-kind").assertProblem(ProblemType.NOT_FOUND, "api.problem.unknown");
    }

    private JsonNode open(String uri, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(uri)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri + ": " + response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
