package dev.supervisorportal.portal.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void totalsReadAsVCenterWritesThem() {
        assertThat(Formats.cpu(4_000)).isEqualTo("4,000 MHz");
        assertThat(Formats.cpu(96_000)).isEqualTo("96 GHz");
        assertThat(Formats.cpu(1_234_500)).isEqualTo("1,234.5 GHz");
        assertThat(Formats.memorySize(512)).isEqualTo("512 MiB");
        assertThat(Formats.memorySize(16_384)).isEqualTo("16 GiB");
        assertThat(Formats.memorySize(1_572_864)).isEqualTo("1.5 TiB");
        assertThat(Formats.storageSize(800)).isEqualTo("800 GiB");
        assertThat(Formats.storageSize(4_096_000)).isEqualTo("4,000 TiB");
    }

    @Test
    void numbersAndTimesReadAsTheUsersLanguageWritesThem() {
        Instant instant = Instant.parse("2026-11-25T08:30:00Z");
        assertThat(Formats.dateTime(instant)).as("English, with British conventions").contains("25 Nov 2026");
        speak(Locale.GERMAN);
        assertThat(Formats.cpu(4_000)).isEqualTo("4.000 MHz");
        assertThat(Formats.cpu(1_234_500)).isEqualTo("1.234,5 GHz");
        assertThat(Formats.memorySize(1_572_864)).isEqualTo("1,5 TiB");
        assertThat(Formats.dateTime(instant)).startsWith("25.11.2026");
    }

    @AfterEach
    void leaveThePage() {
        UI.setCurrent(null);
    }

    private static void speak(Locale language) {
        UI ui = new UI();
        ui.setLocale(language);
        UI.setCurrent(ui);
    }
}
