package dev.supervisorportal.portal.charts;

import com.vaadin.flow.component.HasStyle;

/**
 * Shows a chart's SVG markup with Vaadin's {@link com.vaadin.flow.component.Svg} component, which hands it to the
 * browser to parse into real SVG elements (an {@code svg} element created by Flow's element API would land in the
 * HTML namespace and draw nothing). Only markup built by this package's charts goes in: every text in it is escaped
 * ({@link Svg#escape}).
 */
public class SvgChart extends com.vaadin.flow.component.Svg implements HasStyle {

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
            setSvg(svg);
        }
    }

    public String svg() {
        return svg;
    }
}
