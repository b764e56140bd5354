package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.catalog.CatalogItemView;
import dev.supervisorportal.backend.catalog.CatalogKind;
import dev.supervisorportal.backend.catalog.CatalogService;
import dev.supervisorportal.backend.catalog.StandardVmClasses;
import dev.supervisorportal.backend.common.FieldProblem;
import dev.supervisorportal.backend.users.Role;
import dev.supervisorportal.backend.users.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Base of the REST API's integration tests: the whole backend with its security filter chains, called through
 * MockMvc with real HTTP Basic headers checked against the accounts table. Each test makes users and namespaces of its
 * own, so tests sharing one database never see each other's.
 */
abstract class ApiIntegrationTest extends IntegrationTest {

    static final String PASSWORD = "pw";
    /** The tables a refused request must leave as they were. */
    static final List<String> WRITTEN_TABLES = List.of("namespace_request", "namespace", "namespace_permission",
            "namespace_catalog_grant", "quota_request", "workload", "tkg_cluster", "tkg_node_pool", "pod_container",
            "vm_class", "catalog_item", "audit_entry", "persistent_volume_claim", "datastore", "zone_policy_quota");

    static final String UBUNTU = "ubuntu-24.04-server";
    static final String VSAN = "vsan-default-storage-policy";
    static final String TKR = "v1.30.1---vmware.1-fips.1-tkg.5";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    UserAccounts users;
    @Autowired
    CatalogService catalog;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void apiClient() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        catalog.seed(StandardVmClasses.all(), List.of(
                new CatalogItemView(CatalogKind.IMAGE, UBUNTU, "Ubuntu 24.04 LTS"),
                new CatalogItemView(CatalogKind.IMAGE, "photon-5", "Photon OS 5"),
                new CatalogItemView(CatalogKind.STORAGE_POLICY, VSAN, "vSAN, RAID-1"),
                new CatalogItemView(CatalogKind.KUBERNETES_RELEASE, TKR, "Kubernetes 1.30.1")));
    }

    /** A new account of this test only, its password {@link #PASSWORD}. */
    String user(String prefix, Role role, String team) {
        return users.create(unique(prefix), PASSWORD, role, team).username();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A namespace of {@code owner}'s, requested by them and approved by {@code admin}, both through the API. */
    String approvedNamespace(String owner, String admin, long cpuMhz, long memoryMib, long storageGib) {
        String name = unique("ns");
        Reply submitted = post(owner, "/api/v1/namespace-requests", Map.of("name", name, "cpuMhz", cpuMhz,
                "memoryMib", memoryMib, "storageGib", storageGib, "justification", "For the API tests"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        Reply approved = post(admin, "/api/v1/namespace-requests/" + submitted.json().get("id").asLong() + "/approve",
                null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return name;
    }

    /** {@code owner} gives user {@code subject} this role (VIEW, EDIT, OWNER) in namespace {@code ns}, through the API. */
    void grant(String owner, String ns, String subject, String role) {
        Reply granted = put(owner, "/api/v1/namespaces/" + ns + "/permissions",
                Map.of("subjectType", "USER", "subject", subject, "role", role));
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
    }

    Reply get(String user, String path) {
        return call(user, MockMvcRequestBuilders.get(path));
    }

    Reply post(String user, String path, Object body) {
        return call(user, withJson(MockMvcRequestBuilders.post(path), body));
    }

    Reply put(String user, String path, Object body) {
        return call(user, withJson(MockMvcRequestBuilders.put(path), body));
    }

    Reply delete(String user, String path) {
        return call(user, MockMvcRequestBuilders.delete(path));
    }

    /** A request of {@code method} with {@code body} as JSON ({@code null}: none), asking for {@code language}. */
    Reply call(String user, HttpMethod method, String path, Object body, String language) {
        return call(user, withJson(MockMvcRequestBuilders.request(method, path), body)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language));
    }

    /** Sends {@code request} signed in as {@code user} ({@code null}: anonymous). */
    Reply call(String user, MockHttpServletRequestBuilder request) {
        return call(user, request, MediaType.APPLICATION_JSON);
    }

    /** Sends {@code request} signed in as {@code user} ({@code null}: anonymous), accepting {@code accept}. */
    Reply call(String user, MockHttpServletRequestBuilder request, MediaType accept) {
        if (user != null) {
            request.with(httpBasic(user, PASSWORD));
        }
        try {
            MockHttpServletResponse response = mvc.perform(request.accept(accept))
                    .andReturn().getResponse();
            return new Reply(response.getStatus(), response.getContentType(),
                    response.getContentAsString(StandardCharsets.UTF_8), response.getHeader(HttpHeaders.LOCATION), json);
        } catch (Exception e) {
            throw new AssertionError("The API let an exception through: " + e, e);
        }
    }

    /** A body as JSON: a String is sent as it is (to send malformed JSON), anything else is written by the mapper. */
    private MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
        if (body == null) {
            return request;
        }
        String text = body instanceof String raw ? raw : json.writeValueAsString(body);
        return request.contentType(MediaType.APPLICATION_JSON).content(text);
    }

    /** How many rows each table the API writes to has, and the quota in use over all ledgers. */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        WRITTEN_TABLES.forEach(table -> counts.put(table,
                jdbc.queryForObject("select count(*) from " + table, Long.class)));
        counts.put("zone_quota (in use)", jdbc.queryForObject("select coalesce(sum(cpu_used_mhz + memory_used_mib "
                + "+ storage_used_gib), 0) from zone_quota", Long.class));
        counts.put("zone_policy_quota (in use)", jdbc.queryForObject("select coalesce(sum(used_gib), 0) from "
                + "zone_policy_quota", Long.class));
        counts.put("datastore (provisioned)", jdbc.queryForObject("select coalesce(sum(provisioned_gib), 0) from "
                + "datastore", Long.class));
        return counts;
    }

    /** A refused field as a person reads it: where, and the text (its code is in {@link Reply#errorCodes()}). */
    record ShownError(String field, String message) {
    }

    /** Problems as the API writes them for a request without {@code Accept-Language}: in English. */
    static List<ShownError> inEnglish(List<FieldProblem> problems) {
        return problems.stream().map(p -> new ShownError(p.field(), p.message().english())).toList();
    }

    /** The codes the API gives these problems: their message keys. */
    static List<String> codes(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.message().key()).toList();
    }

    /** An API response. */

    record Reply(int status, String contentType, String body, String location, JsonMapper mapper) {

        private static final String MESSAGE_KEY = "[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+";

        JsonNode json() {
            return mapper.readTree(body);
        }

        /** The refused fields of a problem detail, in order. */
        List<ShownError> errors() {
            List<ShownError> errors = new ArrayList<>();
            json().path(Problems.ERRORS).values().forEach(error -> errors.add(
                    new ShownError(error.path("field").asString(), error.path("message").asString())));
            return errors;
        }

        /** The codes of the refused fields, in order. */
        List<String> errorCodes() {
            return json().path(Problems.ERRORS).values().stream().map(error -> error.path(Problems.CODE).asString())
                    .toList();
        }

        /** The problem's type URI. */
        String type() {
            return json().path("type").asString();
        }

        /** The problem's code: the key of its detail. */
        String code() {
            return json().path(Problems.CODE).asString();
        }

        /** Asserts a problem detail of this type and code (and so of the type's status). */
        Reply assertProblem(ProblemType expectedType, String expectedCode) {
            assertProblem(expectedType.status().value());
            assertThat(type()).as(body).isEqualTo("/problems/" + expectedType.slug());
            assertThat(code()).as(body).isEqualTo(expectedCode);
            return this;
        }

        String detail() {
            return json().path("detail").asString();
        }

        /** Asserts an RFC 9457 problem detail of this status. */
        Reply assertProblem(int expectedStatus) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(contentType).as(body).startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
            assertThat(problem.path("title").asString()).isNotBlank();
            assertThat(problem.path("detail").asString()).isNotBlank();
            // A type of this status, and a code (a message key) on the problem and on each refused field.
            assertThat(ProblemType.values()).as(body).anySatisfy(type -> {
                assertThat(type.uri().toString()).isEqualTo(type());
                assertThat(type.status().value()).isEqualTo(expectedStatus);
            });
            assertThat(code()).as(body).matches(MESSAGE_KEY);
            assertThat(errorCodes()).as(body).allSatisfy(code -> assertThat(code).matches(MESSAGE_KEY));
            return this;
        }
    }
}
