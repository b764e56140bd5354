package dev.supervisorportal.portal.charts;

import dev.supervisorportal.portal.ui.PortalUi;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ShareBarTest {

    @Test
    void eachPartIsAsWideAsItsShareAndTheLegendCountsThemAll() {
        SvgMarkup svg = SvgMarkup.parse(ShareBar.svg("Workloads by status", "workloads", List.of(
                new ShareBar.Part("Running", 6, "success"),
                new ShareBar.Part("Pending", 2, "warning"),
                new ShareBar.Part("Placed", 0, "primary"),
                new ShareBar.Part("Deleting", 4, "contrast"))));

        List<Element> parts = svg.all("rect", "chart-part");
        assertThat(parts).hasSize(3);
        assertThat(parts).extracting(part -> SvgMarkup.number(part, "width")).containsExactly(170.0, 56.67, 113.33);
        assertThat(parts).extracting(part -> SvgMarkup.number(part, "x")).containsExactly(0.0, 170.0, 226.67);
        assertThat(parts).extracting(SvgMarkup::title)
                .containsExactly("Running: 6 (50 %)", "Pending: 2 (17 %)", "Deleting: 4 (33 %)");
        assertThat(svg.texts()).containsExactly("Running 6", "Pending 2", "Placed 0", "Deleting 4");
        assertThat(svg.root().getAttribute("aria-label")).isEqualTo("Workloads by status: 12 workloads, "
                + "Running: 6 (50 %), Pending: 2 (17 %), Placed: 0 (0 %), Deleting: 4 (33 %)");
        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void aTonePerPartAsACssClass() {
        SvgMarkup svg = SvgMarkup.parse(ShareBar.svg("Hosts", "hosts", List.of(
                new ShareBar.Part("Ready", 3, "success"), new ShareBar.Part("Failed", 1, "error"))));

        assertThat(svg.all("rect", "chart-tone-error")).hasSize(2);
        assertThat(svg.all("rect", "chart-tone-success")).hasSize(2);
    }

    @Test
    void nothingToShowDrawsAnEmptyTrack() {
        SvgMarkup svg = SvgMarkup.parse(ShareBar.svg("Workloads by status", "workloads",
                List.of(new ShareBar.Part("Running", 0, "success"))));

        assertThat(svg.all("rect", "chart-part")).isEmpty();
        assertThat(svg.all("rect", "chart-empty")).hasSize(1);
        assertThat(svg.root().getAttribute("aria-label")).isEqualTo("Workloads by status: 0 workloads");
    }

    @Test
    void labelsAreEscaped() {
        String markup = ShareBar.svg("A & B", "<things>", List.of(new ShareBar.Part("<b>bold</b>", 1, "primary")));

        assertThat(markup).doesNotContain("<b>", "<things>");
        assertThat(SvgMarkup.parse(markup).texts()).containsExactly("<b>bold</b> 1");
    }

    @Test
    void inGermanTheTextsInTheMarkupAreGerman() {
        PortalUi.open(Locale.GERMAN);
        try {
            SvgMarkup svg = SvgMarkup.parse(ShareBar.svg("Hosts nach Zustand", "Hosts", List.of()));
            assertThat(SvgMarkup.title(svg.all("rect", "chart-empty").getFirst())).isEqualTo("Keine");

            String capacity = CapacityChart.svg("zone-a", new CapacityChart.Series("Kapazität", "Reserviert",
                    "Verwendet"), List.of(new CapacityChart.Row("CPU", 3_000, 6_000, 300, v -> v + " MHz")));
            SvgMarkup chart = SvgMarkup.parse(capacity);
            assertThat(chart.texts()).contains("300 MHz verwendet · 6000 MHz reserviert · 3000 MHz Kapazität");
            assertThat(SvgMarkup.title(chart.all("line", "chart-limit").getFirst()))
                    .isEqualTo("Kapazität endet hier: Es ist mehr reserviert als vorhanden");
            assertThat(SvgMarkup.title(chart.all("rect", "chart-used").getFirst()))
                    .isEqualTo("Verwendet: 300 MHz (10 % von 3000 MHz)");
        } finally {
            PortalUi.close();
        }
    }
}
