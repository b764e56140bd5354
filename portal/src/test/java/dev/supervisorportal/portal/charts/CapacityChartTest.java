package dev.supervisorportal.portal.charts;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CapacityChartTest {

    static final CapacityChart.Series SERIES = new CapacityChart.Series("Capacity", "Reserved", "Used");

    static String chart(CapacityChart.Row... rows) {
        return CapacityChart.svg("zone-a", SERIES, List.of(rows));
    }

    @Test
    void anAccessibleImageWithAViewBoxAndATitle() {
        SvgMarkup svg = SvgMarkup.parse(chart(new CapacityChart.Row("CPU", 40_000, 20_000, 10_000, v -> v + " MHz")));

        Element root = svg.root();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 340 84");
        assertThat(root.getAttribute("aria-label"))
                .isEqualTo("zone-a: CPU 10000 MHz (25 % of 40000 MHz) used, 20000 MHz reserved");
        assertThat(root.getFirstChild().getLocalName()).isEqualTo("title");
        assertThat(root.hasAttribute("width")).as("sized by the page, not by the chart").isFalse();
    }

    @Test
    void oneTrackOneReservedAndOneUsedBarPerResourceBesidesTheLegend() {
        SvgMarkup svg = SvgMarkup.parse(chart(
                new CapacityChart.Row("CPU", 40_000, 20_000, 10_000, v -> v + " MHz"),
                new CapacityChart.Row("Memory", 1_024, 512, 256, v -> v + " MiB"),
                new CapacityChart.Row("Storage", 100, 0, 0, v -> v + " GiB")));

        // Three rows plus one legend swatch each.
        assertThat(svg.all("rect", "chart-capacity")).hasSize(4);
        assertThat(svg.all("rect", "chart-reserved")).hasSize(4);
        assertThat(svg.all("rect", "chart-used")).hasSize(4);
        assertThat(svg.texts()).contains("CPU", "Memory", "Storage", "Capacity", "Reserved", "Used",
                "25 % used · 50 % reserved", "10000 MHz used · 20000 MHz reserved · 40000 MHz capacity");
        assertThat(svg.all("line", "chart-limit")).isEmpty();
    }

    @Test
    void barsAreAsWideAsTheirShareOfTheLargestFigure() {
        SvgMarkup svg = SvgMarkup.parse(chart(new CapacityChart.Row("CPU", 40_000, 30_000, 10_000, v -> v + " MHz")));

        assertThat(SvgMarkup.number(svg.all("rect", "chart-capacity").getFirst(), "width")).isEqualTo(340);
        assertThat(SvgMarkup.number(svg.all("rect", "chart-reserved").getFirst(), "width")).isEqualTo(255);
        assertThat(SvgMarkup.number(svg.all("rect", "chart-used").getFirst(), "width")).isEqualTo(85);
        assertThat(SvgMarkup.title(svg.all("rect", "chart-used").getFirst()))
                .isEqualTo("Used: 10000 MHz (25 % of 40000 MHz)");
    }

    @Test
    void overcommittedQuotaReachesPastTheCapacityWhichAMarkerShows() {
        SvgMarkup svg = SvgMarkup.parse(chart(new CapacityChart.Row("CPU", 30_000, 60_000, 3_000, v -> v + " MHz")));

        assertThat(SvgMarkup.number(svg.all("rect", "chart-reserved").getFirst(), "width")).isEqualTo(340);
        assertThat(SvgMarkup.number(svg.all("rect", "chart-capacity").getFirst(), "width")).isEqualTo(170);
        Element limit = svg.all("line", "chart-limit").getFirst();
        assertThat(SvgMarkup.number(limit, "x1")).isEqualTo(170);
        assertThat(svg.texts()).contains("10 % used · 200 % reserved");
    }

    @Test
    void aLegendTooWideForOneLineWraps() {
        String markup = CapacityChart.svg("zone-a", new CapacityChart.Series("Capacity (ready hosts)",
                "Reserved by quota", "Used on hosts"), List.of(new CapacityChart.Row("CPU", 1, 1, 1, v -> v + "")));

        SvgMarkup svg = SvgMarkup.parse(markup);
        assertThat(svg.root().getAttribute("viewBox")).isEqualTo("0 0 340 106");
        List<Element> legend = svg.all("text", "chart-legend");
        assertThat(SvgMarkup.number(legend.get(2), "y")).isGreaterThan(SvgMarkup.number(legend.get(0), "y"));
        assertThat(SvgMarkup.number(legend.get(2), "x")).isEqualTo(17);
    }

    @Test
    void nothingAtAllDrawsEmptyBarsWithoutDividingByZero() {
        SvgMarkup svg = SvgMarkup.parse(chart(new CapacityChart.Row("CPU", 0, 0, 0, v -> v + " MHz")));

        assertThat(svg.all("rect", "chart-capacity").getFirst().getAttribute("width")).isEqualTo("0");
        assertThat(svg.texts()).contains("0 % used · 0 % reserved");
    }

    @Test
    void labelsAndNamesAreEscaped() {
        String markup = CapacityChart.svg("zone <a> & \"b\"", new CapacityChart.Series("Cap'", "R<", "U>"),
                List.of(new CapacityChart.Row("</text><script>x</script>", 2, 1, 1, v -> v + " <u>")));

        SvgMarkup svg = SvgMarkup.parse(markup);
        assertThat(markup).doesNotContain("<script>", "<u>");
        assertThat(svg.root().getAttribute("aria-label")).startsWith("zone <a> & \"b\": </text><script>");
        assertThat(svg.texts()).contains("</text><script>x</script>", "Cap'", "R<", "U>");
        assertThat(svg.document().getElementsByTagNameNS("*", "script").getLength()).isZero();
    }

    @Test
    void fractionsAreWrittenWithADotWhateverTheLocale() {
        SvgMarkup svg = SvgMarkup.parse(chart(new CapacityChart.Row("CPU", 3, 1, 2, v -> v + " MHz")));

        assertThat(svg.all("rect", "chart-reserved").getFirst().getAttribute("width")).isEqualTo("113.33");
        assertThat(SvgMarkup.number(svg.all("rect", "chart-used").getFirst(), "width")).isCloseTo(226.67, within(0.01));
        assertThat(Svg.num(1234.5)).isEqualTo("1234.5");
        assertThat(Svg.num(0.333)).isEqualTo("0.33");
    }
}
