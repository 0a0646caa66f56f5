package de.souveraen.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.souveraen.eventstore.text.German;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GermanFormatsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"1.234,56|1234.56", "1234,56|1234.56", "15.000,00 €|15000.00", "0|0",
        "1.234.567,8|1234567.8", "12,5 EUR|12.5", "-3,00|-3.00", "1 234,56|1234.56"})
    void reads_german_amounts(String cell, String expected) {
        assertThat(GermanFormats.parseAmount(cell)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234.56", "ca. 4.500", "12.34,00", "1,2,3", "", "€", "1.23"})
    void refuses_english_or_broken_amounts(String cell) {
        assertThatThrownBy(() -> GermanFormats.parseAmount(cell)).isInstanceOfSatisfying(CellException.class,
                e -> assertThat(e.code()).isEqualTo("invalid-number"));
    }

    @Test
    void three_decimals_are_read_so_the_domain_can_refuse_them_precisely() {
        assertThat(GermanFormats.parseAmount("12,345")).isEqualTo(new BigDecimal("12.345"));
    }

    @Test
    void reads_whole_numbers_with_or_without_thousands_dots() {
        assertThat(GermanFormats.parseInteger("1.200")).isEqualTo(1200);
        assertThat(GermanFormats.parseInteger(" 95 ")).isEqualTo(95);
        assertThatThrownBy(() -> GermanFormats.parseInteger("12,5")).isInstanceOf(CellException.class);
        assertThatThrownBy(() -> GermanFormats.parseInteger("9999999999")).isInstanceOf(CellException.class);
    }

    @Test
    void reads_german_and_iso_dates_and_refuses_impossible_ones() {
        assertThat(GermanFormats.parseDate("29.01.2026")).isEqualTo(LocalDate.of(2026, 1, 29));
        assertThat(GermanFormats.parseDate("1.2.2026")).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(GermanFormats.parseDate("2026-12-31")).isEqualTo(LocalDate.of(2026, 12, 31));
        for (String bad : new String[] {"31.02.2025", "29.02.2027", "01.13.2026", "Ende 2026", "01.01.26", "2026/01/01"}) {
            assertThatThrownBy(() -> GermanFormats.parseDate(bad)).as(bad).isInstanceOfSatisfying(CellException.class,
                    e -> assertThat(e.code()).isEqualTo("invalid-date"));
        }
    }

    @Test
    void reads_back_what_the_export_writes_with_the_kernel_german_formats() {
        for (String amount : new String[] {"1234567.80", "999.00", "0.00", "15000.00", "-1234.50"}) {
            assertThat(GermanFormats.parseAmount(German.amount(new BigDecimal(amount)))).as(amount)
                    .isEqualByComparingTo(amount);
        }
        assertThat(German.amount(new BigDecimal("1234567.80"))).isEqualTo("1.234.567,80");
        assertThat(GermanFormats.parseDate(German.date(LocalDate.of(2026, 1, 9)))).isEqualTo(LocalDate.of(2026, 1, 9));
    }
}
