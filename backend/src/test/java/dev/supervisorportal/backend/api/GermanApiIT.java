package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.namespaces.NamespaceRules;
import dev.supervisorportal.backend.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API answers in the language the request's {@code Accept-Language} asks for: German for {@code de} (and
 * {@code de-CH}), English without the header or for a language the portal does not speak. The details, the refused
 * fields' messages, the sign-in refusal of the filter chain and the texts in a reply (a manifest's ignored fields).
 */
class GermanApiIT extends ApiIntegrationTest {

    private static final String ENGLISH = "en";
    private static final String GERMAN = "de";

    private String alice;
    private String bob;
    private String admin;

    @BeforeEach
    void users() {
        alice = user("alice", Role.DEVOPS, null);
        bob = user("bob", Role.DEVOPS, null);
        admin = user("admin", Role.ADMIN, null);
    }

    @Test
    void a400NamesTheRefusedFieldsInTheRequestsLanguageWithNumbersInItsFormat() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", "default");
        request.put("cpuMhz", NamespaceRules.MAX_LIMIT + 1);
        request.put("memoryMib", 1024);
        request.put("storageGib", 10);
        request.put("justification", "CI");

        Reply german = call(alice, HttpMethod.POST, "/api/v1/namespace-requests", request, GERMAN).assertProblem(400);
        Reply swiss = call(alice, HttpMethod.POST, "/api/v1/namespace-requests", request, "de-CH").assertProblem(400);
        Reply english = post(alice, "/api/v1/namespace-requests", request).assertProblem(400);

        assertThat(german.detail()).isEqualTo("'default' ist vom Supervisor reserviert; wählen Sie einen anderen Namen.");
        assertThat(german.errors()).containsExactly(
                new ShownError("name", "'default' ist vom Supervisor reserviert; wählen Sie einen anderen Namen."),
                new ShownError("cpuMhz", "Geben Sie höchstens 1.000.000.000 MHz ein."));
        assertThat(swiss.errors()).isEqualTo(german.errors());
        assertThat(english.detail()).isEqualTo("'default' is reserved by the Supervisor; choose another name.");
        assertThat(english.errors()).containsExactly(
                new ShownError("name", "'default' is reserved by the Supervisor; choose another name."),
                new ShownError("cpuMhz", "Enter at most 1,000,000,000 MHz."));
    }

    @Test
    void aBodyThatCannotBeReadIsRefusedInTheRequestsLanguage() {
        Reply german = call(alice, HttpMethod.POST, "/api/v1/namespace-requests", "{\"cpuMhz\": \"many\"}", GERMAN)
                .assertProblem(400);
        Reply french = call(alice, HttpMethod.POST, "/api/v1/namespace-requests", "{\"cpuMhz\": \"many\"}", "fr")
                .assertProblem(400);

        assertThat(german.errors()).containsExactly(new ShownError("cpuMhz", "Erwartet wird eine ganze Zahl."));
        assertThat(french.errors()).containsExactly(new ShownError("cpuMhz", "Expected a whole number."));
    }

    @Test
    void a404SaysWhatIsMissingInTheRequestsLanguage() {
        String name = unique("nowhere");

        assertThat(call(alice, HttpMethod.GET, "/api/v1/namespaces/" + name, null, GERMAN).assertProblem(404).detail())
                .isEqualTo("Es gibt keinen Namespace namens " + name + ".");
        assertThat(get(alice, "/api/v1/namespaces/" + name).assertProblem(404).detail())
                .isEqualTo("No namespace named " + name + ".");
    }

    @Test
    void a409NamesTheClashInTheRequestsLanguage() {
        String name = approvedNamespace(alice, admin, 1000, 1024, 10);
        Map<String, Object> again = Map.of("name", name, "cpuMhz", 1000, "memoryMib", 1024, "storageGib", 10,
                "justification", "Once more");

        Reply german = call(bob, HttpMethod.POST, "/api/v1/namespace-requests", again, GERMAN).assertProblem(409);
        Reply english = post(bob, "/api/v1/namespace-requests", again).assertProblem(409);

        assertThat(german.detail()).isEqualTo("Ein Namespace namens " + name + " existiert bereits.");
        assertThat(german.errors()).containsExactly(
                new ShownError("name", "Ein Namespace namens " + name + " existiert bereits."));
        assertThat(english.detail()).isEqualTo("A namespace named " + name + " exists already.");
    }

    @Test
    void a403SaysWhyInTheRequestsLanguage() {
        assertThat(call(bob, HttpMethod.GET, "/api/v1/audit", null, GERMAN).assertProblem(403).detail())
                .isEqualTo("Das dürfen nur Administratoren.");
        assertThat(get(bob, "/api/v1/audit").assertProblem(403).detail()).isEqualTo("Only administrators may do this.");
    }

    @Test
    void theAuditLogsDetailsAreInTheRequestsLanguage() {
        String name = approvedNamespace(alice, admin, 1000, 1024, 10);

        assertThat(call(admin, HttpMethod.GET, "/api/v1/audit?limit=50", null, GERMAN).json().values())
                .filteredOn(entry -> entry.path("targetName").asString().equals(name))
                .extracting(entry -> entry.path("detail").asString())
                .containsExactly("Wie beantragt genehmigt: CPU 1.000 MHz, Arbeitsspeicher 1.024 MiB, Speicher 10 GiB",
                        "Beantragt: CPU 1.000 MHz, Arbeitsspeicher 1.024 MiB, Speicher 10 GiB: For the API tests");
        assertThat(get(admin, "/api/v1/audit?limit=50").json().values())
                .filteredOn(entry -> entry.path("targetName").asString().equals(name))
                .extracting(entry -> entry.path("detail").asString())
                .containsExactly("Approved as asked: CPU 1,000 MHz, memory 1,024 MiB, storage 10 GiB",
                        "Asked for CPU 1,000 MHz, memory 1,024 MiB, storage 10 GiB: For the API tests");
    }

    @Test
    void theSignInRefusalOfTheFilterChainIsInTheRequestsLanguageToo() {
        assertThat(call(null, HttpMethod.GET, "/api/v1/namespaces", null, GERMAN).assertProblem(401).detail())
                .isEqualTo("Melden Sie sich mit HTTP Basic an: Ihr Benutzername im Portal und Ihr Kennwort.");
        assertThat(get(null, "/api/v1/namespaces").assertProblem(401).detail())
                .isEqualTo("Sign in with HTTP Basic: your portal user name and password.");
    }

    @Test
    void theTextsOfAReplyAreInTheRequestsLanguage() {
        String ns = approvedNamespace(alice, admin, 30_000, 65_536, 500);
        String manifest = """
                apiVersion: vmoperator.vmware.com/v1alpha2
                kind: VirtualMachine
                metadata:
                  name: db-1
                  labels:
                    app: db
                spec:
                  className: best-effort-small
                  imageName: %s
                  storageClass: %s
                """.formatted(UBUNTU, VSAN);

        assertThat(ignored(dryRun(ns, manifest, GERMAN))).isEqualTo("metadata.labels: ignoriert");
        assertThat(ignored(dryRun(ns, manifest, ENGLISH))).isEqualTo("metadata.labels: ignored");
    }

    private Reply dryRun(String namespace, String yaml, String language) {
        Reply reply = call(alice, MockMvcRequestBuilders.post("/api/v1/namespaces/" + namespace + "/manifests")
                .param("dryRun", "true").contentType("application/yaml").content(yaml)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    private static String ignored(Reply reply) {
        JsonNode ignored = reply.json().path("objects").get(0).path("ignored");
        assertThat(ignored.size()).as(reply.body()).isEqualTo(1);
        return ignored.get(0).asString();
    }
}
