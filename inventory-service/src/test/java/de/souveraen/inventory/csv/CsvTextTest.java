package de.souveraen.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTextTest {
    private static final String TEXT = "Bürosoftware;Kündigungsfrist;15.000,00 €;Straße";

    @Test
    void a_utf_8_bom_means_utf_8() {
        CsvText.Decoded decoded = CsvText.decode(CsvText.encodeWithBom(TEXT));
        assertThat(decoded).isEqualTo(new CsvText.Decoded(TEXT, "UTF-8 (BOM)"));
    }

    @Test
    void windows_1252_is_detected_when_the_bytes_are_not_utf_8() {
        assertThat(CsvText.decode(TEXT.getBytes(CsvText.WINDOWS_1252))).isEqualTo(new CsvText.Decoded(TEXT, "Windows-1252"));
    }

    @Test
    void utf_8_without_bom_and_utf_16_with_bom_are_read_too() {
        assertThat(CsvText.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(new CsvText.Decoded(TEXT, "UTF-8"));
        byte[] utf16 = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
        assertThat(CsvText.decode(utf16).text()).isEqualTo(TEXT);
    }

    @Test
    void the_export_encoding_starts_with_the_bom() {
        byte[] bytes = CsvText.encodeWithBom("a");
        assertThat(bytes).containsExactly(0xEF, 0xBB, 0xBF, 'a');
    }
}
