package dev.supervisorportal.portal.charts;

import com.vaadin.flow.component.html.Div;

/**
 * Shows a chart's SVG markup. The markup goes in as the div's inner HTML, which the browser parses into real SVG
 * elements (an {@code svg} element created by Flow itself would land in the HTML namespace and draw nothing). Only
 * markup built by this package's charts goes in: every text in it is escaped.
 */
public class SvgChart extends Div {

    private String svg;

    public SvgChart(String id, String svg) {
        setId(id);
        addClassName("chart-box");
        show(svg);
    }

    /** Replaces the chart, sending nothing when it is unchanged. */
    public void show(String svg) {
        if (!svg.equals(this.svg)) {
            this.svg = svg;
            getElement().setProperty("innerHTML", svg);
        }
    }

    public String svg() {
        return svg;
    }
}
