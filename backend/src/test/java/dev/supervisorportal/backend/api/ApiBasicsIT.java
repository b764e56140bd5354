package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Signing in, the error format, the Supervisor resource and the OpenAPI document. */
class ApiBasicsIT extends ApiIntegrationTest {

    @Test
    void withoutCredentialsTheApiAnswers401AsAProblemNotARedirect() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get("/api/v1/namespaces").accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader(HttpHeaders.LOCATION)).isNull();
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"Supervisor Portal\"");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/unauthenticated");
        assertThat(problem.path("title").asString()).isEqualTo("Not signed in");
        assertThat(problem.path("code").asString()).isEqualTo("api.sign-in");
        assertThat(problem.path("detail").asString()).contains("HTTP Basic");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/namespaces");
    }

    @Test
    void aWrongPasswordIs401AndAWriteWithoutCredentialsWritesNothing() {
        String alice = user("alice", Role.DEVOPS, null);
        Map<String, Long> before = rowCounts();

        Reply wrongPassword = call(null, MockMvcRequestBuilders.get("/api/v1/namespaces")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(alice, "not-the-password")));
        Reply anonymousWrite = post(null, "/api/v1/namespace-requests", Map.of("name", unique("anon"), "cpuMhz", 1,
                "memoryMib", 1, "storageGib", 1, "justification", "no"));

        wrongPassword.assertProblem(401);
        anonymousWrite.assertProblem(401);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void noSessionIsKeptAndNoCsrfTokenIsAsked() throws Exception {
        String alice = user("alice", Role.DEVOPS, null);

        var response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/namespace-requests")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(alice, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("name", unique("stateless"), "cpuMhz", 100,
                                "memoryMib", 100, "storageGib", 1, "justification", "scripted"))))
                .andReturn();

        assertThat(response.getResponse().getStatus()).isEqualTo(201);
        assertThat(response.getRequest().getSession(false)).isNull();
        assertThat(response.getResponse().getCookie("JSESSIONID")).isNull();
    }

    @Test
    void theSupervisorShowsItsZonesControlPlaneVmsAndFiveManagementIps() {
        String bob = user("bob", Role.DEVOPS, null);

        Reply reply = get(bob, "/api/v1/supervisor");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode supervisor = reply.json();
        assertThat(supervisor.path("topology").asString()).isEqualTo("THREE_ZONE");
        assertThat(supervisor.path("zones").values()).extracting(zone -> zone.path("name").asString())
                .containsExactly("zone-a", "zone-b", "zone-c");
        assertThat(supervisor.path("controlPlaneVms").values())
                .extracting(vm -> vm.path("name").asString(), vm -> vm.path("zone").asString(),
                        vm -> vm.path("managementIp").asString(), vm -> vm.path("leader").asBoolean())
                .containsExactly(
                        // No cycle has run here (no hosts), so no VM runs and none leads yet (HostApiIT: the leader).
                        tuple("SupervisorControlPlaneVM (1)", "zone-a", "10.0.0.10", false),
                        tuple("SupervisorControlPlaneVM (2)", "zone-b", "10.0.0.11", false),
                        tuple("SupervisorControlPlaneVM (3)", "zone-c", "10.0.0.12", false));
        assertThat(supervisor.path("managementIps").values())
                .extracting(ip -> ip.path("address").asString(), ip -> ip.path("purpose").asString(),
                        ip -> ip.path("heldBy").asString(null))
                .containsExactly(tuple("10.0.0.10", "CONTROL_PLANE_VM", "SupervisorControlPlaneVM (1)"),
                        tuple("10.0.0.11", "CONTROL_PLANE_VM", "SupervisorControlPlaneVM (2)"),
                        tuple("10.0.0.12", "CONTROL_PLANE_VM", "SupervisorControlPlaneVM (3)"),
                        tuple("10.0.0.13", "FLOATING_LEADER", null), tuple("10.0.0.14", "UPGRADE_RESERVE", null));
    }

    @Test
    void unknownPathsWrongMethodsAndWrongMediaTypesAreProblemsToo() {
        String bob = user("bob", Role.DEVOPS, null);

        assertThat(get(bob, "/api/v1/nothing-here").assertProblem(ProblemType.NOT_FOUND, "api.no-such-path").detail())
                .contains("/v3/api-docs");
        assertThat(call(bob, MockMvcRequestBuilders.patch("/api/v1/namespaces"))
                .assertProblem(ProblemType.METHOD_NOT_ALLOWED, "api.method-not-allowed").detail())
                .isEqualTo("PATCH is not allowed here; use GET.");
        assertThat(call(bob, MockMvcRequestBuilders.post("/api/v1/namespace-requests").contentType(MediaType.TEXT_PLAIN)
                .content("name=x")).assertProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "api.media-type.unsupported")
                .detail()).startsWith("Content-Type text/plain is not accepted here; send application/json");
        assertThat(get(bob, "/api/v1/namespace-requests/abc").assertProblem(ProblemType.INVALID_INPUT,
                "api.type-mismatch").errors())
                .singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("id");
                    assertThat(error.message()).isEqualTo("Expected a whole number, not 'abc'.");
                });
        assertThat(get(bob, "/api/v1/namespaces/" + unique("nowhere"))
                .assertProblem(ProblemType.NOT_FOUND, "namespaces.not-found").detail())
                .startsWith("No namespace named nowhere-");
    }

    @Test
    void theOpenApiDocumentIsServedWithoutSigningInAndListsTheApi() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode document = json.readTree(response.getContentAsString());
        assertThat(document.path("openapi").asString()).startsWith("3.");
        assertThat(document.path("info").path("title").asString()).isEqualTo("Supervisor Portal API");
        assertThat(document.path("paths").propertyNames()).contains("/api/v1/namespaces", "/api/v1/namespaces/{name}",
                "/api/v1/namespace-requests", "/api/v1/namespaces/{namespace}/vms",
                "/api/v1/namespaces/{namespace}/tkg-clusters", "/api/v1/namespaces/{namespace}/pods",
                "/api/v1/catalog", "/api/v1/audit", "/api/v1/supervisor");
        assertThat(document.path("components").path("securitySchemes").path("basic").path("scheme").asString())
                .isEqualTo("basic");

        var swaggerUi = mvc.perform(MockMvcRequestBuilders.get("/swagger-ui/index.html")).andReturn().getResponse();
        assertThat(swaggerUi.getStatus()).isEqualTo(200);
        assertThat(swaggerUi.getContentAsString()).contains("Swagger UI");
    }
}
