package dev.supervisorportal.portal.ui;

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
    void inGermanTheSeparatorsAreGermanAndAZeroDecimalIsLeftOut() {
        PortalUi.open(Locale.GERMAN);
        try {
            assertThat(Formats.cpu(4_000)).isEqualTo("4.000 MHz");
            assertThat(Formats.cpu(96_000)).isEqualTo("96 GHz");
            assertThat(Formats.cpu(1_234_500)).isEqualTo("1.234,5 GHz");
            assertThat(Formats.memorySize(1_572_864)).isEqualTo("1,5 TiB");
            assertThat(Formats.number(12_345)).isEqualTo("12.345");
            assertThat(Formats.dateTime(Instant.parse("2026-11-25T08:30:00Z"))).startsWith("25.11.2026");
        } finally {
            PortalUi.close();
        }
    }

    @Test
    void timesReadWithBritishConventionsInEnglish() {
        assertThat(Formats.dateTime(Instant.parse("2026-11-25T08:30:00Z"))).contains("25 Nov 2026");
    }
}
