package de.souveraen.reporting.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {
    private static final String HOSTILE = "<script>alert(1)</script> & \"x\"";

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static void assertAccessible(Document svg) {
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        String[] labelledBy = root.getAttribute("aria-labelledby").split(" ");
        assertThat(labelledBy).hasSize(2);
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isNotBlank();
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isNotBlank();
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void budgetBarsAreProportionalAndDescribedInGerman() throws Exception {
        String svg = Charts.budgetUsage(List.of(
                new Charts.BudgetBar("Abhängigkeitsanalyse", eur("4000.00"), eur("1000.00"), eur("2000.00"),
                        eur("1000.00")),
                new Charts.BudgetBar(HOSTILE, eur("2000.00"), eur("0.00"), eur("500.00"), eur("1500.00"))), Lang.DE);
        Document document = parse(svg);
        assertAccessible(document);
        assertThat(document.getElementsByTagName("desc").item(0).getTextContent())
                .contains("Abhängigkeitsanalyse: ausgegeben 2.000,00\u00a0€, gebunden 1.000,00\u00a0€, verfügbar "
                        + "1.000,00\u00a0€ von 4.000,00\u00a0€");
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
        NodeList rects = document.getElementsByTagName("rect");
        // three legend squares, then spent / committed / available per line; the bar scale is 420 px per 4,000 €
        Element spentFirst = (Element) rects.item(3);
        Element spentSecond = (Element) rects.item(6);
        assertThat(spentFirst.getAttribute("width")).isEqualTo("210");
        assertThat(spentSecond.getAttribute("width")).isEqualTo("52.5");
    }

    @Test
    void usageOverTimeEndsAtTheLastCumulativeAmount() throws Exception {
        String svg = Charts.usageOverTime(2026, List.of(
                new Charts.SpendingPoint(LocalDate.of(2026, 3, 1), eur("1000")),
                new Charts.SpendingPoint(LocalDate.of(2026, 6, 30), eur("7500"))), eur("15000"), Lang.EN);
        Document document = parse(svg);
        assertAccessible(document);
        assertThat(document.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("By 30 Jun 2026 spent: €7,500.00 of €15,000.00 (adjusted appropriation).");
        String points = ((Element) document.getElementsByTagName("polyline").item(0)).getAttribute("points");
        // half of the adjusted appropriation is half the plot height (bottom 220, top 20)
        assertThat(points).endsWith(",120");
    }

    @Test
    void heatMapCountsRisksPerCell() throws Exception {
        long[][] counts = new long[5][5];
        counts[4][4] = 2; // likelihood 5, impact 5
        counts[0][1] = 1;
        String svg = Charts.riskHeatMap(counts, Lang.DE);
        Document document = parse(svg);
        assertAccessible(document);
        assertThat(document.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("Wahrscheinlichkeit 5, Auswirkung 5: 2 Risiken. Wahrscheinlichkeit 1, Auswirkung 2: 1 Risiko.");
        assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(25);
    }

    @Test
    void statusDistributionEscapesLabels() throws Exception {
        String svg = Charts.statusDistribution(List.of(new Charts.StatusCount("Erfasst", 7),
                new Charts.StatusCount(HOSTILE, 0)), Lang.DE);
        Document document = parse(svg);
        assertAccessible(document);
        assertThat(svg).doesNotContain("<script>");
        assertThat(document.getElementsByTagName("desc").item(0).getTextContent()).startsWith("Erfasst: 7.");
    }

    @Test
    void aPictureReadsBackItsOwnTitleDescriptionAndSizeNotATooltip() {
        String svg = Charts.budgetUsage(List.of(new Charts.BudgetBar(HOSTILE, eur("2000.00"), eur("0.00"),
                eur("500.00"), eur("1500.00"))), Lang.EN);
        SvgPicture picture = SvgPicture.read(svg);
        assertThat(picture.title()).isEqualTo("Budget usage per line");
        assertThat(picture.description()).isEqualTo(HOSTILE + ": spent €500.00, committed €0.00, available "
                + "€1,500.00 of €2,000.00.");
        assertThat(picture.width()).isEqualTo(660);
        assertThat(picture.height()).isEqualTo(100);
    }
}
