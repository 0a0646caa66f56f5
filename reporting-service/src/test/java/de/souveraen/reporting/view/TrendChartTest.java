package de.souveraen.reporting.view;

import static de.souveraen.reporting.view.ChartsTest.assertAccessible;
import static de.souveraen.reporting.view.ChartsTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TrendChartTest {

    @Test
    void eachQuarterHasAColumnOfSealLevelsAndTheAverageAsALineDescribedForScreenReaders() throws Exception {
        String svg = Charts.sovereigntyTrend(List.of(
                new Charts.TrendBar("2026-Q2", new BigDecimal("40.0"), List.of(1L, 1L, 0L, 0L, 0L)),
                new Charts.TrendBar("2026-Q3", new BigDecimal("55.5"), List.of(0L, 1L, 2L, 1L, 0L))), Lang.DE);
        Document doc = parse(svg);

        assertAccessible(doc);
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent())
                .contains("2026-Q2: Durchschnitt 40,0").contains("2026-Q3: Durchschnitt 55,5; SEAL 0: 0, 1: 1, 2: 2");
        NodeList rects = doc.getElementsByTagName("rect");
        int columns = 0;
        double tallest = 0;
        double shortest = Double.MAX_VALUE;
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getElementsByTagName("title").getLength() > 0) {
                columns++;
                double height = Double.parseDouble(rect.getAttribute("height"));
                tallest = Math.max(tallest, height);
                shortest = Math.min(shortest, height);
            }
        }
        // five non-empty SEAL parts scaled to the tallest column (four dependencies): one dependency is 50 high
        assertThat(columns).isEqualTo(5);
        assertThat(shortest).isEqualTo(50.0);
        assertThat(tallest).isEqualTo(100.0);
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(1);
        assertThat(svg).contains(">55,5<");
    }

    @Test
    void withoutAssessmentsTheChartSaysSo() throws Exception {
        Document doc = parse(Charts.sovereigntyTrend(List.of(), Lang.EN));

        assertAccessible(doc);
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("No assessments yet.");
        assertThat(doc.getElementsByTagName("polyline").getLength()).isZero();
    }
}
