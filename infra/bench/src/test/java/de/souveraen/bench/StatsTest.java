package de.souveraen.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void nearestRankPercentilesOfOneToHundredAreTheRankItself() {
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            values.add(i);
        }
        Collections.shuffle(values, new java.util.Random(7));
        Stats stats = Stats.of(values);
        assertThat(stats.percentile(50)).isEqualTo(50);
        assertThat(stats.percentile(95)).isEqualTo(95);
        assertThat(stats.percentile(99)).isEqualTo(99);
        assertThat(stats.percentile(100)).isEqualTo(100);
        assertThat(stats.min()).isEqualTo(1);
        assertThat(stats.mean()).isEqualTo(50.5);
        assertThat(stats.count()).isEqualTo(100);
    }

    @Test
    void smallSamplesRoundTheRankUp() {
        Stats stats = Stats.of(10, 30, 20);
        assertThat(stats.percentile(50)).isEqualTo(20);
        assertThat(stats.percentile(99)).isEqualTo(30);
        assertThat(stats.percentile(1)).isEqualTo(10);
        assertThat(Stats.of().percentile(50)).isNaN();
        assertThatThrownBy(() -> stats.percentile(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratesRatiosAndVerdicts() {
        assertThat(Stats.rate(500, 2_000_000_000L)).isEqualTo(250.0);
        assertThat(Stats.ratio(30, 100)).isEqualTo(0.3);
        assertThat(Stats.ratio(30, 0)).isNaN();
        assertThat(Stats.verdict(0.29, 0.3, true)).isEqualTo("**missed**");
        assertThat(Stats.verdict(0.3, 0.3, true)).isEqualTo("**met**");
        assertThat(Stats.verdict(251, 250, false)).isEqualTo("**missed**");
        assertThat(Stats.verdict(Double.NaN, 1, true)).isEqualTo("not measured");
        assertThat(Stats.f(1234.5, 1)).isEqualTo("1,234.5");
        assertThatThrownBy(() -> Stats.rate(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
