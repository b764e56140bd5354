package dev.supervisorportal.scheduler.plugins;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonTest {

    @Test
    void aReasonReadsInEnglishWithItsNestedReasonsAndUngroupedNumbers() {
        Reason both = Reason.of("scheduler.and", Reason.of("scheduler.insufficient-cpu", 8_000L, 6_000L),
                Reason.of("scheduler.failed"));

        assertThat(both.text()).isEqualTo("insufficient cpu: needs 8000 MHz, 6000 free; failed");
        assertThat(both).hasToString(both.text());
    }

    @Test
    void aReasonOfAPluginSchedulerCoreDoesNotKnowPrintsAsItsKeyAndArguments() {
        Reason own = Reason.of("acme.cpu-reserve", 20, 1_000L);

        assertThat(own).hasToString("acme.cpu-reserve[20, 1000]");
    }

    @Test
    void reasonsAreEqualByKeyAndArguments() {
        assertThat(Reason.of("scheduler.anti-affinity", "tkg-1-cp"))
                .isEqualTo(Reason.of("scheduler.anti-affinity", "tkg-1-cp"))
                .isNotEqualTo(Reason.of("scheduler.anti-affinity", "tkg-2-cp"));
    }

    @Test
    void everyReasonHasAGermanText() throws IOException {
        Properties english = load("/i18n/scheduler.properties");
        Properties german = load("/i18n/scheduler_de.properties");

        assertThat(german.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReasonTest.class.getResourceAsStream(path)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
