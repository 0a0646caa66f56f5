package de.souveraen.reporting.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private static final char NBSP = '\u00a0';

    @Test
    void moneyAsGermanReadersReadIt() {
        assertThat(Formats.money(new BigDecimal("15000"), Lang.DE)).isEqualTo("15.000,00" + NBSP + "€");
        assertThat(Formats.money(new BigDecimal("1234567.5"), Lang.DE)).isEqualTo("1.234.567,50" + NBSP + "€");
        assertThat(Formats.money(new BigDecimal("-0.05"), Lang.DE)).isEqualTo("-0,05" + NBSP + "€");
        assertThat(Formats.money(new BigDecimal("0"), Lang.DE)).isEqualTo("0,00" + NBSP + "€");
        assertThat(Formats.money(null, Lang.DE)).isEqualTo("–");
    }

    @Test
    void moneyInEnglish() {
        assertThat(Formats.money(new BigDecimal("15000"), Lang.EN)).isEqualTo("€15,000.00");
        assertThat(Formats.money(new BigDecimal("-12.3"), Lang.EN)).isEqualTo("-€12.30");
    }

    @Test
    void datesAndPercentages() {
        assertThat(Formats.date(LocalDate.of(2026, 1, 29), Lang.DE)).isEqualTo("29.01.2026");
        assertThat(Formats.date(LocalDate.of(2026, 1, 29), Lang.EN)).isEqualTo("29 Jan 2026");
        assertThat(Formats.percent(new BigDecimal("12.45"), Lang.DE)).isEqualTo("12,5" + NBSP + "%");
        assertThat(Formats.percent(new BigDecimal("100"), Lang.EN)).isEqualTo("100.0%");
        assertThat(Formats.integer(12345, Lang.DE)).isEqualTo("12.345");
    }

    @Test
    void languageFromTheQueryParameter() {
        assertThat(Lang.of(null)).isEqualTo(Lang.DE);
        assertThat(Lang.of("EN")).isEqualTo(Lang.EN);
        assertThat(Lang.of("fr")).isEqualTo(Lang.DE);
    }
}
