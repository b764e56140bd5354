package dev.supervisorportal.portal.charts;

import dev.supervisorportal.portal.i18n.Texts;

import java.util.List;

/**
 * How a whole splits into parts ("workloads by status", "hosts by state"): one horizontal bar, each part as wide as
 * its share of the total, and a legend with each part's count. Parts of zero stay in the legend, without a bar.
 */
public final class ShareBar {

    static final double WIDTH = 340;
    static final double BAR_HEIGHT = 20;
    static final double LEGEND_LINE = 20;
    static final int LEGEND_COLUMNS = 2;

    /**
     * One part.
     *
     * @param tone the part's colour, as a CSS class suffix: {@code chart-tone-success}, …-error, -warning, -primary,
     *             -contrast
     */
    public record Part(String label, long value, String tone) {
    }

    private ShareBar() {
    }

    public static String svg(String title, String unit, List<Part> parts) {
        long total = parts.stream().mapToLong(part -> Math.max(0, part.value())).sum();
        int legendLines = (parts.size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
        double height = BAR_HEIGHT + 8 + legendLines * LEGEND_LINE;
        String label = Texts.t("charts.share.total", title, total, unit)
                + (total == 0 ? "" : ", " + String.join(", ", parts.stream().map(part -> describe(part, total)).toList()));
        StringBuilder svg = new StringBuilder(Svg.open("share-bar", WIDTH, height, label));
        if (total == 0) {
            svg.append(Svg.rect("chart-empty", 0, 0, WIDTH, BAR_HEIGHT, Texts.t("charts.share.none")));
        }
        double x = 0;
        for (Part part : parts) {
            if (part.value() > 0) {
                double width = WIDTH * part.value() / total;
                svg.append(Svg.rect("chart-part chart-tone-" + part.tone(), x, 0, width, BAR_HEIGHT,
                        describe(part, total)));
                x += width;
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            double left = (i % LEGEND_COLUMNS) * (WIDTH / LEGEND_COLUMNS);
            double top = BAR_HEIGHT + 8 + (i / LEGEND_COLUMNS) * LEGEND_LINE;
            svg.append(Svg.rect("chart-tone-" + part.tone(), left, top + 2, 12, 12, describe(part, total)));
            svg.append(Svg.text("chart-legend", left + 17, top + 12, "start",
                    Texts.t("charts.share.legend", part.label(), part.value())));
        }
        return svg.append("</svg>").toString();
    }

    private static String describe(Part part, long total) {
        return Texts.t("charts.share.part", part.label(), part.value(), Svg.percent(part.value(), total));
    }
}
