package dev.supervisorportal.backend.reconcile;

import dev.supervisorportal.backend.IntegrationTest;
import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.MsgColumn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * What a cycle stores for later (why a workload waits, what an event did) is read in each reader's language: the API
 * answers in German for {@code Accept-Language: de} and in English otherwise; a reason stored as plain text before
 * messages were stored as keys reads as it was written.
 */
// A context (and database) of its own per test: each test adds the same host.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = "test.own-context=ReconcileTextsLanguageIT")
class ReconcileTextsLanguageIT extends IntegrationTest {

    @Autowired
    ReconcilerFixture fixture;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void aVmThatFitsNowhere() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixture.namespace();
        fixture.host("zone-a", "esx-a-01", 10_000);
        fixture.cycle("zone-a");
        fixture.cycle("zone-a"); // the Supervisor's control-plane VM runs there: 8,000 MHz
        fixture.vm("big-1", "best-effort-2xlarge", "zone-a"); // 16,000 MHz
        fixture.cycle("zone-a");
    }

    @Test
    void theReasonAndTheEventAreReadInTheRequestsLanguage() {
        String vm = "/api/v1/namespaces/" + fixture.namespace + "/vms/big-1";
        String events = "/api/v1/namespaces/" + fixture.namespace + "/events";

        assertThat(get(vm, null).path("statusReason").asString()).isEqualTo("no host of zone-a can take it. "
                + "esx-a-01: insufficient cpu: needs 16000 MHz, 2000 free.");
        assertThat(get(vm, "de").path("statusReason").asString()).isEqualTo("kein Host von zone-a kann sie "
                + "aufnehmen. esx-a-01: nicht genügend CPU: benötigt 16000 MHz, 2000 frei.");
        assertThat(get(events, null).get(0).path("message").asString()).isEqualTo("Cannot place vm "
                + fixture.namespace + "/big-1: no host of zone-a can take it. esx-a-01: insufficient cpu: needs "
                + "16000 MHz, 2000 free.");
        assertThat(get(events, "de-DE,de;q=0.9").get(0).path("message").asString()).isEqualTo("vm "
                + fixture.namespace + "/big-1 kann nicht platziert werden: kein Host von zone-a kann sie aufnehmen. "
                + "esx-a-01: nicht genügend CPU: benötigt 16000 MHz, 2000 frei.");
    }

    @Test
    void aReasonKeptAsWrittenReadsAsWrittenInEitherLanguage() {
        // What migration V10 made of a plain text stored before V6.
        jdbc.update("update workload set status_reason = ? where name = ?",
                MsgColumn.json(Msg.of(MsgColumn.AS_WRITTEN, "Waits: written before V6.")), "big-1");
        String vm = "/api/v1/namespaces/" + fixture.namespace + "/vms/big-1";

        assertThat(get(vm, null).path("statusReason").asString()).isEqualTo("Waits: written before V6.");
        assertThat(get(vm, "de").path("statusReason").asString()).isEqualTo("Waits: written before V6.");
    }

    private JsonNode get(String path, String language) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path)
                .with(httpBasic(fixture.owner, "pw")).accept(MediaType.APPLICATION_JSON);
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        try {
            var response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
            return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
