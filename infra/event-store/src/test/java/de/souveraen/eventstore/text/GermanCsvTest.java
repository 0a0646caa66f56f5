package de.souveraen.eventstore.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GermanCsvTest {
    @Test
    void writesWhatGermanSpreadsheetsOpen() {
        GermanCsv csv = new GermanCsv().row("Datum", "Betrag", "Lieferant")
                .row(LocalDate.of(2026, 1, 29), new BigDecimal("-1234.5"), "Müller; Söhne");
        assertThat(csv.text()).isEqualTo("Datum;Betrag;Lieferant\r\n29.01.2026;-1234,50;\"Müller; Söhne\"\r\n");
        byte[] bytes = csv.bytes();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(csv.text());
    }

    @Test
    void formulaCellsAreNeutralisedButOurNumbersKeepTheirSign() {
        String text = new GermanCsv().row("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "a=b",
                new BigDecimal("-2.00")).text();
        assertThat(text).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\";'+1;'-2;'@SUM(A1);'\tx;a=b;-2,00\r\n");
    }

    @Test
    void emptyAndMultiLineCells() {
        assertThat(new GermanCsv().row(null, "zwei\nZeilen", " rand").text())
                .isEqualTo(";\"zwei\nZeilen\";\" rand\"\r\n");
    }
}
