package dev.supervisorportal.portal.charts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Vaadin's Svg component shows the charts' markup; Spring's escaper keeps text in it as text. */
class SvgChartTest {

    @Test
    void theMarkupGoesToTheBrowserAsTheComponentsInnerHtmlOnlyWhenItChanged() {
        String markup = ShareBar.svg("Hosts", "hosts", List.of(new ShareBar.Part("Ready", 3, "success")));
        var chart = new SvgChart("hosts-by-state", markup);

        assertThat(chart).isInstanceOf(com.vaadin.flow.component.Svg.class);
        assertThat(chart.getId()).hasValue("hosts-by-state");
        assertThat(chart.getClassNames()).containsExactly("chart-box");
        assertThat(chart.getElement().getProperty("innerHTML")).isEqualTo(markup).startsWith("<svg ");

        chart.getElement().setProperty("innerHTML", "sent before");
        chart.show(markup);
        assertThat(chart.getElement().getProperty("innerHTML")).as("unchanged: nothing sent").isEqualTo("sent before");
        chart.show("<svg/>");
        assertThat(chart.getElement().getProperty("innerHTML")).isEqualTo("<svg/>");
    }

    @Test
    void onlyXmlsFiveSpecialCharactersAreEscapedSoGermanTextStaysReadableAndWellFormed() {
        assertThat(Svg.escape("Kapazität & <Größe> \"zone-a\" l'été"))
                .isEqualTo("Kapazität &amp; &lt;Größe&gt; &quot;zone-a&quot; l&#39;été");
        SvgMarkup svg = SvgMarkup.parse(ShareBar.svg("Hosts nach Zustand", "Hosts",
                List.of(new ShareBar.Part("Wartung & Ausfall", 1, "warning"))));
        assertThat(svg.texts()).containsExactly("Wartung & Ausfall 1");
    }
}
