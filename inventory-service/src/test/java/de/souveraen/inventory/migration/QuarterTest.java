package de.souveraen.inventory.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void parses_formats_orders_and_knows_its_last_day() {
        Quarter q = Quarter.parse("2027-Q1").orElseThrow();
        assertThat(q).isEqualTo(new Quarter(2027, 1));
        assertThat(q.toString()).isEqualTo("2027-Q1");
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(new Quarter(2026, 4).compareTo(q)).isNegative();
        assertThat(Quarter.of(LocalDate.of(2026, 8, 15))).isEqualTo(new Quarter(2026, 3));
        assertThat(Quarter.parse("2027-Q0")).isEmpty();
    }
}
