package de.souveraen.eventstore.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GermanTest {

    @Test
    void figures_as_german_readers_read_them() {
        assertThat(German.money(new BigDecimal("15000"))).isEqualTo("15.000,00\u00a0€");
        assertThat(German.money(new BigDecimal("-1234.5"))).isEqualTo("-1.234,50\u00a0€");
        assertThat(German.amount(new BigDecimal("1234567.8"))).isEqualTo("1.234.567,80");
        assertThat(German.percent(new BigDecimal("12.45"))).isEqualTo("12,5\u00a0%");
        assertThat(German.integer(1234)).isEqualTo("1.234");
        assertThat(German.date(LocalDate.of(2026, 1, 29))).isEqualTo("29.01.2026");
        assertThat(German.money(null)).isEqualTo("–");
    }

    @Test
    void amounts_and_dates_as_germans_type_them() {
        assertThat(German.parseAmount("1.234,56 €")).isEqualByComparingTo("1234.56");
        assertThat(German.parseAmount("1200")).isEqualByComparingTo("1200");
        assertThat(German.parseAmount("12,345")).isEqualTo(new BigDecimal("12.345"));
        assertThat(German.parseAmount("1234.56")).as("English notation is refused, not misread").isNull();
        assertThat(German.parseAmount("zwölf")).isNull();
        assertThat(German.parseDate("9.1.2026")).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(German.parseDate("2026-01-29")).isEqualTo(LocalDate.of(2026, 1, 29));
        assertThat(German.parseDate("31.02.2026")).isNull();
    }

    @Test
    void business_days_and_times_are_counted_in_germany() {
        // 23:30 UTC on 31 March is already 1 April in summer time
        Instant late = Instant.parse("2026-03-31T23:30:00Z");
        assertThat(German.day(late)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(German.dateTime(late)).isEqualTo("01.04.2026, 01:30 Uhr");
    }
}
