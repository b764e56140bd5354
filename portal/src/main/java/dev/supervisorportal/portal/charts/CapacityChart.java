package dev.supervisorportal.portal.charts;

import dev.supervisorportal.portal.i18n.Texts;

import java.util.List;
import java.util.function.LongFunction;

/**
 * Capacity, reserved and used per resource, one row each, drawn as layered horizontal bars on one scale: the
 * capacity as the track, what is reserved over it, what is used as a narrower bar on top. All three are measured from
 * zero, as vCenter draws them, so a reservation beyond capacity (overcommitted quota) shows as a bar past the
 * capacity's end, marked by a line.
 */
public final class CapacityChart {

    static final double WIDTH = 340;
    static final double ROW_HEIGHT = 62;
    static final double BAR_HEIGHT = 16;
    static final double LEGEND_HEIGHT = 22;

    /** The names of the three layers in this chart's legend: "Capacity (ready hosts)", "Reserved by quota", … */
    public record Series(String capacity, String reserved, String used) {
    }

    /** One resource: its figures in its own unit, and how to write an amount of it ("12,000 MHz"). */
    public record Row(String label, long capacity, long reserved, long used, LongFunction<String> format) {
    }

    private CapacityChart() {
    }

    public static String svg(String title, Series series, List<Row> rows) {
        double height = rows.size() * ROW_HEIGHT + LEGEND_HEIGHT * legendLines(series);
        StringBuilder svg = new StringBuilder(Svg.open("capacity-chart", WIDTH, height, title + ": " + summary(series, rows)));
        for (int i = 0; i < rows.size(); i++) {
            row(svg, series, rows.get(i), i * ROW_HEIGHT);
        }
        legend(svg, series, rows.size() * ROW_HEIGHT + 6);
        return svg.append("</svg>").toString();
    }

    private static void row(StringBuilder svg, Series series, Row row, double top) {
        long scale = Math.max(1, Math.max(row.capacity(), Math.max(row.reserved(), row.used())));
        double barTop = top + 18;
        svg.append(Svg.text("chart-label", 0, top + 13, "start", row.label()));
        svg.append(Svg.text("chart-figure", WIDTH, top + 13, "end", percentages(series, row)));
        svg.append(Svg.rect("chart-capacity", 0, barTop, width(row.capacity(), scale), BAR_HEIGHT,
                series.capacity() + ": " + row.format().apply(row.capacity())));
        svg.append(Svg.rect("chart-reserved", 0, barTop, width(row.reserved(), scale), BAR_HEIGHT,
                series.reserved() + ": " + amount(row, row.reserved())));
        svg.append(Svg.rect("chart-used", 0, barTop + BAR_HEIGHT / 4, width(row.used(), scale), BAR_HEIGHT / 2,
                series.used() + ": " + amount(row, row.used())));
        if (row.reserved() > row.capacity() || row.used() > row.capacity()) {
            double x = width(row.capacity(), scale);
            svg.append("<line class=\"chart-limit\" x1=\"").append(Svg.num(x)).append("\" x2=\"").append(Svg.num(x))
                    .append("\" y1=\"").append(Svg.num(barTop - 3)).append("\" y2=\"")
                    .append(Svg.num(barTop + BAR_HEIGHT + 3)).append("\"><title>")
                    .append(Svg.escape(Texts.t("charts.capacity.limit", series.capacity())))
                    .append("</title></line>");
        }
        svg.append(Svg.text("chart-detail", 0, barTop + BAR_HEIGHT + 15, "start", Texts.t("charts.capacity.detail",
                row.format().apply(row.used()), row.format().apply(row.reserved()), row.format().apply(row.capacity()))));
    }

    private static void legend(StringBuilder svg, Series series, double firstLine) {
        double top = firstLine;
        String[][] entries = {{"chart-capacity", series.capacity()}, {"chart-reserved", series.reserved()},
                {"chart-used", series.used()}};
        double x = 0;
        for (String[] entry : entries) {
            if (x > 0 && x + legendWidth(entry[1]) > WIDTH) {
                x = 0;
                top += LEGEND_HEIGHT;
            }
            svg.append(Svg.rect(entry[0], x, top + 2, 12, 12, entry[1]));
            svg.append(Svg.text("chart-legend", x + 17, top + 12, "start", entry[1]));
            x += legendWidth(entry[1]) + 14;
        }
    }

    /** A legend entry's width, estimated: the swatch and about 6 units per character at the legend's font size. */
    private static double legendWidth(String name) {
        return 17 + name.length() * 6.0;
    }

    private static int legendLines(Series series) {
        int lines = 1;
        double x = 0;
        for (String name : List.of(series.capacity(), series.reserved(), series.used())) {
            if (x > 0 && x + legendWidth(name) > WIDTH) {
                x = 0;
                lines++;
            }
            x += legendWidth(name) + 14;
        }
        return lines;
    }

    private static String percentages(Series series, Row row) {
        return Texts.t("charts.capacity.percentages", Svg.percent(row.used(), row.capacity()), lower(series.used()),
                Svg.percent(row.reserved(), row.capacity()), lower(series.reserved()));
    }

    private static String amount(Row row, long value) {
        return Texts.t("charts.capacity.amount", row.format().apply(value), Svg.percent(value, row.capacity()),
                row.format().apply(row.capacity()));
    }

    private static String summary(Series series, List<Row> rows) {
        return String.join("; ", rows.stream().map(row -> Texts.t("charts.capacity.summary", row.label(),
                amount(row, row.used()), lower(series.used()), row.format().apply(row.reserved()),
                lower(series.reserved()))).toList());
    }

    private static double width(long value, long scale) {
        return WIDTH * Math.max(0, value) / scale;
    }

    private static String lower(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
