package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.EnglishProblem;
import dev.supervisorportal.backend.common.InvalidInputException;
import dev.supervisorportal.backend.manifests.ManifestLimits;
import dev.supervisorportal.backend.manifests.MutatedManifests;
import dev.supervisorportal.backend.manifests.MutatedManifests.Case;
import dev.supervisorportal.backend.manifests.internal.ManifestParser;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input no request should get a 5xx for, through the whole backend: mutated real manifests (each refused through HTTP
 * exactly as the parser refuses it, or, when the mutation left it valid, planned by a dry run), mutated JSON bodies
 * of every kind, odd bodies, charsets, content types, sizes, path variables and query parameters. Every answer is a
 * 4xx problem detail (or the dry run's 200) and no table changes. The seed is in every case's name
 * ({@code -Dfuzz.seed=…} repeats a run).
 */
@TestPropertySource(properties = "portal.supervisor.topology=SINGLE_ZONE")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputFuzzApiIT extends ApiIntegrationTest {

    private static final ManifestParser PARSER = new ManifestParser(ManifestLimits.DEFAULTS);

    /** Signs the fuzzed requests in without HTTP Basic's BCrypt check, which would make each take 0.2 s. */
    @Autowired
    UserDetailsService accounts;

    String alice;
    String admin;
    String viewer;
    String ns;
    long decidedRequest;

    @BeforeAll
    void namespace() {
        apiClient();
        alice = user("alice", Role.DEVOPS, null);
        admin = user("admin", Role.ADMIN, null);
        viewer = user("viewer", Role.DEVOPS, null);
        ns = approvedNamespace(alice, admin, 30_000, 65_536, 500);
        assertThat(put(alice, "/api/v1/namespaces/" + ns + "/permissions",
                Map.of("subjectType", "USER", "subject", viewer, "role", "VIEW")).status()).isEqualTo(200);
        decidedRequest = get(alice, "/api/v1/namespace-requests").json().get(0).path("id").asLong();
    }

    static List<Case> manifests() {
        return MutatedManifests.generate(MutatedManifests.SEED + 1, 300, ManifestLimits.DEFAULTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void aMutatedManifestIsRefusedAsTheParserRefusesItAndWritesNothing(Case manifest) {
        List<EnglishProblem> expected = problems(manifest.yaml(), ns);
        boolean dryRun = expected.isEmpty() || manifest.number() % 2 == 0;
        Map<String, Long> before = rowCounts();

        Reply reply = signedIn(alice, MockMvcRequestBuilders.post("/api/v1/namespaces/" + ns + "/manifests"
                + (dryRun ? "?dryRun=true" : "")).contentType(ManifestController.YAML).content(manifest.yaml()));

        if (expected.isEmpty()) {
            // Still valid (a field the portal ignores removed, a few aliases): planned, or refused by a service.
            assertThat(reply.status()).as(manifest + ": " + reply.body()).isIn(200, 400, 404, 409);
        } else {
            reply.assertProblem(400);
            assertThat(reply.errors()).as(manifest.toString()).isEqualTo(expected.stream()
                    .map(problem -> new ShownError(problem.field(), problem.message())).toList());
        }
        if (reply.status() != 200) {
            reply.assertProblem(reply.status());
        }
        assertThat(rowCounts()).as(manifest.toString()).isEqualTo(before);
    }

    /** The parser's refusal of {@code yaml} with the catalog of these tests, in English; none when it reads it. */
    private static List<EnglishProblem> problems(String yaml, String namespace) {
        try {
            PARSER.parse(yaml, namespace, List.of(TKR));
            return List.of();
        } catch (InvalidInputException refused) {
            return EnglishProblem.of(refused.problems());
        }
    }

    /** A JSON body each endpoint reads, valid but for one thing (a name taken, a request decided, a role lacking). */
    private record Endpoint(String user, HttpMethod method, String path, Map<String, Object> body) {
    }

    private List<Endpoint> endpoints() {
        String base = "/api/v1/namespaces/" + ns;
        return List.of(
                // Two refusals (the name taken, a limit too large), so that no single mutation makes it valid.
                new Endpoint(alice, HttpMethod.POST, "/api/v1/namespace-requests", Map.of("name", ns, "cpuMhz",
                        Long.MAX_VALUE, "memoryMib", 1_024, "storageGib", 10, "justification", "taken")),
                new Endpoint(viewer, HttpMethod.POST, base + "/quota-requests", Map.of("cpuMhz", 60_000,
                        "memoryMib", 65_536, "storageGib", 500, "justification", "more")),
                new Endpoint(viewer, HttpMethod.POST, base + "/vms", Map.of("name", "vm", "vmClass",
                        "best-effort-small", "image", UBUNTU, "storagePolicy", VSAN, "diskGib", 20)),
                new Endpoint(viewer, HttpMethod.POST, base + "/tkg-clusters", Map.of("name", "tkg",
                        "kubernetesRelease", TKR, "controlPlaneNodes", 1, "controlPlaneVmClass", "best-effort-small",
                        "storagePolicy", VSAN, "nodePools", List.of(Map.of("name", "w", "replicas", 1, "vmClass",
                                "best-effort-small")))),
                new Endpoint(viewer, HttpMethod.POST, base + "/pods", Map.of("name", "pod", "containers",
                        List.of(Map.of("name", "c", "image", "nginx", "cpu", "250m", "memory", "256Mi")))),
                new Endpoint(viewer, HttpMethod.PUT, base + "/permissions", Map.of("subjectType", "USER", "subject",
                        viewer, "role", "OWNER")),
                new Endpoint(admin, HttpMethod.POST, "/api/v1/namespace-requests/" + decidedRequest + "/approve",
                        Map.of("cpuMhz", 1_000, "memoryMib", 1_024, "storageGib", 10)),
                new Endpoint(admin, HttpMethod.POST, "/api/v1/namespace-requests/" + decidedRequest + "/reject",
                        Map.of("reason", "no")),
                new Endpoint(alice, HttpMethod.POST, "/api/v1/hosts", Map.of("zone", "zone-a", "name", "esx-new",
                        "cpuMhz", 10_000, "memoryMib", 65_536, "storageGib", 1_000)));
    }

    @Test
    void mutatedJsonBodiesAreRefusedWithProblemDetailsAndWriteNothing() {
        Random random = new Random(MutatedManifests.SEED);
        List<Endpoint> endpoints = endpoints();
        for (int i = 0; i < 540; i++) {
            Endpoint endpoint = endpoints.get(i % endpoints.size());
            String body = mutated(endpoint.body(), random);
            String what = "seed " + MutatedManifests.SEED + " JSON case " + i + ": " + endpoint.method() + " "
                    + endpoint.path() + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
            Map<String, Long> before = rowCounts();

            Reply reply = signedIn(endpoint.user(), MockMvcRequestBuilders.request(endpoint.method(),
                    endpoint.path()).contentType("application/json").content(body));

            assertThat(reply.status()).as(what + " → " + reply.body()).isBetween(400, 499);
            reply.assertProblem(reply.status());
            assertThat(rowCounts()).as(what).isEqualTo(before);
        }
    }

    /** The body as JSON text with one thing changed: a field removed, retyped or added, or the text itself broken. */
    private String mutated(Map<String, Object> valid, Random random) {
        // In the order of the keys: Map.of's own order changes from run to run, and the seed would not replay a run.
        Map<String, Object> body = new LinkedHashMap<>(new TreeMap<>(valid));
        List<String> keys = new ArrayList<>(body.keySet());
        String key = keys.get(random.nextInt(keys.size()));
        List<Supplier<Object>> odd = List.of(() -> null, () -> "", () -> "\u0000", () -> "💥", () -> "x".repeat(5_000),
                () -> 0, () -> -1, () -> Long.MAX_VALUE, () -> new BigInteger("9".repeat(30)), () -> 1.5, () -> 1e308,
                () -> true, () -> List.of(), () -> List.of(1, "a"), () -> Map.of(), () -> Map.of("a", Map.of()),
                () -> "ADMIN", () -> "-1", () -> "1e3");
        return switch (random.nextInt(7)) {
            case 0 -> {
                body.remove(key);
                yield json.writeValueAsString(body);
            }
            case 1, 2 -> {
                body.put(key, odd.get(random.nextInt(odd.size())).get());
                yield json.writeValueAsString(body);
            }
            case 3 -> {
                String text = json.writeValueAsString(body);
                yield text.substring(0, random.nextInt(text.length()));
            }
            case 4 -> {
                String text = json.writeValueAsString(body);
                yield text.substring(0, text.length() - 1) + ",\"" + key + "\":" + json.writeValueAsString(body.get(key))
                        + "}";
            }
            case 5 -> "[".repeat(1 + random.nextInt(2_000)) + "]".repeat(random.nextInt(3));
            default -> List.of("", " ", "null", "[]", "\"text\"", "42", "{}", "{\"" + key + "\": {\"" + key + "\": 1}}")
                    .get(random.nextInt(8));
        };
    }

    @Test
    void oddBodiesContentTypesAndSizesAreRefused() {
        String manifests = "/api/v1/namespaces/" + ns + "/manifests";
        String vms = "/api/v1/namespaces/" + ns + "/vms";
        byte[] invalidUtf8 = {'k', 'i', 'n', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        Map<String, Long> before = rowCounts();

        assertRefused(raw(manifests, "application/yaml", invalidUtf8), 400,
                "The request body is not valid text in its character set");
        assertRefused(raw(vms, "application/json", new byte[]{'{', '"', 'n', '"', ':', '"', (byte) 0xFF, '"', '}'}),
                400, "The request body is not valid text in its character set");
        assertRefused(raw(manifests, "application/yaml", ("a: " + "x".repeat(1024 * 1024) + "\n")
                .getBytes(StandardCharsets.UTF_8)), 413, "The request body may be at most 1,024 KiB");
        assertRefused(raw(vms, "application/json", ("{\"name\":\"" + "x".repeat(64 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8)), 413, "The request body may be at most 64 KiB");
        assertRefused(raw(manifests, "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 415, "");
        assertRefused(raw(vms, "text/plain", "name: x".getBytes(StandardCharsets.UTF_8)), 415, "");
        // Spring MVC reads YAML wherever it reads JSON, with the same limits and checks.
        assertRefused(raw(vms, "application/yaml", "name: x".getBytes(StandardCharsets.UTF_8)), 400, "");
        assertRefused(raw(vms, "application/json;charset=no-such-charset", "{}".getBytes(StandardCharsets.UTF_8)),
                415, "");
        assertRefused(raw(vms, "no/such;;type", "{}".getBytes(StandardCharsets.UTF_8)), 415, "");
        assertRefused(raw(vms, "application/json", "{\"name\": \"a\", \"name\": \"b\"}".getBytes(StandardCharsets.UTF_8)),
                400, "The request body is not valid JSON (line 1, column");
        assertRefused(raw(manifests, "application/yaml", new byte[0]), 400, "The manifest has no documents");
        assertRefused(raw(vms, "application/json", new byte[0]), 400, "Send a JSON body");

        assertThat(call(alice, HttpMethod.POST, vms, "{\"name\":\"" + "x".repeat(64 * 1024) + "\"}", "de-CH")
                .assertProblem(413).detail()).isEqualTo("Der Anfrage-Body darf höchstens 64 KiB groß sein; dieser ist "
                + "größer.");
        String bomb = "a: &a [x, x]\nb: [" + String.join(", ", java.util.Collections.nCopies(51, "*a")) + "]\n";
        Reply aliases = call(alice, MockMvcRequestBuilders.post(manifests).contentType(ManifestController.YAML)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "de").content(bomb)).assertProblem(400);
        assertThat(aliases.errors()).containsExactly(new ShownError("documents[0]",
                "Dokument 1: Es verwendet mehr als 50 YAML-Aliase (*name)."));

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void oddPathVariablesAndQueryParametersAreRefused() {
        Map<String, Long> before = rowCounts();
        for (String name : List.of("x".repeat(5_000), "%00", "a%00b", "%C3%28", "..", "%2e%2e", "%F0%9F%92%A5",
                "Robert');DROP%20TABLE%20workload;--", "%20", "a%0Ab")) {
            for (String path : List.of("/api/v1/namespaces/" + name, "/api/v1/namespaces/" + name + "/vms/" + name,
                    "/api/v1/namespaces/" + ns + "/vms/" + name, "/api/v1/hosts/" + name,
                    "/api/v1/namespace-requests/" + name)) {
                Reply reply = get(admin, path);
                assertThat(reply.status()).as(path + " → " + reply.body()).isBetween(400, 499);
                assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
                reply.assertProblem(reply.status());
            }
            Reply deleted = delete(alice, "/api/v1/namespaces/" + ns + "/permissions/user/" + name);
            assertThat(deleted.status()).as(name + " → " + deleted.body()).isBetween(400, 499);
        }
        for (String query : List.of("/api/v1/audit?limit=abc", "/api/v1/audit?limit=99999999999",
                "/api/v1/audit?limit=99999999999999999999999", "/api/v1/audit?limit=-0",
                "/api/v1/events?limit=1e3", "/api/v1/namespace-requests/99999999999999999999",
                "/api/v1/namespace-requests/-1", "/api/v1/hosts/esx-a-01/events?limit=%00")) {
            Reply reply = get(admin, query);
            assertThat(reply.status()).as(query + " → " + reply.body()).isBetween(400, 499);
            reply.assertProblem(reply.status());
        }
        Reply maybe = call(alice, MockMvcRequestBuilders.post("/api/v1/namespaces/" + ns + "/manifests?dryRun=maybe")
                .contentType(ManifestController.YAML).content(MutatedManifests.realDocuments().getFirst()));
        maybe.assertProblem(400);
        Reply language = call(alice, HttpMethod.GET, "/api/v1/namespaces/nowhere", null, ";;q=x,,*;q=abc");
        language.assertProblem(404);
        assertThat(rowCounts()).isEqualTo(before);
    }

    private Reply signedIn(String user, MockHttpServletRequestBuilder request) {
        return call(null, request.with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(user))));
    }

    private Reply raw(String path, String contentType, byte[] body) {
        var request = MockMvcRequestBuilders.post(path).content(body);
        request.header(HttpHeaders.CONTENT_TYPE, contentType);
        return call(alice, request);
    }

    private static void assertRefused(Reply reply, int status, String detailStart) {
        reply.assertProblem(status);
        assertThat(reply.detail()).startsWith(detailStart);
    }
}
