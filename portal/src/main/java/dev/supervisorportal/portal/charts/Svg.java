package dev.supervisorportal.portal.charts;

import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The bits of SVG markup every chart writes: escaped text, short numbers, the accessible root element. */
final class Svg {

    private Svg() {
    }

    /**
     * Text as it may stand in an element or a double-quoted attribute: Spring's escaper, which for UTF-8 output
     * replaces only {@code & < > " '} (XML's five), so the markup stays well-formed SVG.
     */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    /** A coordinate with at most two decimals and a dot, whatever the JVM's locale: "12.5", "100". */
    static String num(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.replaceAll("\\.?0+$", "");
    }

    /**
     * The root: a fixed coordinate system (viewBox) the page scales to its width, so the chart stays crisp; announced
     * to screen readers as one image with {@code label} as its name.
     */
    static String open(String cssClass, double width, double height, String label) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart " + cssClass + "\" viewBox=\"0 0 " + num(width)
                + " " + num(height) + "\" role=\"img\" aria-label=\"" + escape(label) + "\"><title>" + escape(label)
                + "</title>";
    }

    static String rect(String cssClass, double x, double y, double width, double height, String title) {
        return "<rect class=\"" + cssClass + "\" x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(width)
                + "\" height=\"" + num(height) + "\" rx=\"2\"><title>" + escape(title) + "</title></rect>";
    }

    static String text(String cssClass, double x, double y, String anchor, String text) {
        return "<text class=\"" + cssClass + "\" x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor
                + "\">" + escape(text) + "</text>";
    }

    static int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
