package de.souveraen.inventory.assessment;

import static de.souveraen.inventory.testing.Fixtures.levels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.souveraen.contracts.inventory.SovereigntyObjective;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SovereigntyScoreTest {

    @Test
    void the_weights_are_15_10_10_15_20_15_10_5_and_add_up_to_100() {
        assertThat(Arrays.stream(SovereigntyObjective.values()).mapToInt(SovereigntyObjective::weight))
                .containsExactly(15, 10, 10, 15, 20, 15, 10, 5);
        assertThat(Arrays.stream(SovereigntyObjective.values()).mapToInt(SovereigntyObjective::weight).sum()).isEqualTo(100);
    }

    @Test
    void all_seal_4_gives_100_and_all_seal_0_gives_0() {
        assertThat(SovereigntyScore.of(levels(4, 4, 4, 4, 4, 4, 4, 4)).score()).isEqualTo(new BigDecimal("100.00"));
        assertThat(SovereigntyScore.of(levels(0, 0, 0, 0, 0, 0, 0, 0)).score()).isEqualTo(new BigDecimal("0.00"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // SOV1..SOV8 levels;  Σ weight × level / 4
        "1 0 0 0 0 0 0 0, 3.75",   // 15 × 1/4
        "0 0 0 0 0 0 0 1, 1.25",   // 5 × 1/4
        "0 0 0 0 2 0 0 0, 10.00",  // 20 × 2/4
        "2 2 2 2 2 2 2 2, 50.00",
        "1 1 3 2 0 2 3 1, 37.50",  // (15 + 10 + 30 + 30 + 0 + 30 + 30 + 5) / 4 = 150 / 4
        "3 2 1 3 1 2 3 4, 55.00",  // (45 + 20 + 10 + 45 + 20 + 30 + 30 + 20) / 4 = 220 / 4
    })
    void the_score_is_the_weighted_sum_with_two_decimals(String given, String expected) {
        int[] values = Arrays.stream(given.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertThat(SovereigntyScore.of(levels(values)).score()).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void the_lowest_objective_bounds_the_overall_seal_level() {
        assertThat(SovereigntyScore.of(levels(4, 4, 4, 4, 4, 4, 4, 1)).sealLevel()).isEqualTo(1);
        assertThat(SovereigntyScore.of(levels(3, 4, 2, 4, 4, 3, 4, 4)).sealLevel()).isEqualTo(2);
        assertThat(SovereigntyScore.of(levels(4, 4, 4, 4, 4, 4, 4, 4)).sealLevel()).isEqualTo(4);
    }

    @Test
    void an_incomplete_or_out_of_range_set_is_a_programming_error() {
        assertThatThrownBy(() -> SovereigntyScore.of(levels(4, 4, 4))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SovereigntyScore.of(levels(5, 4, 4, 4, 4, 4, 4, 4)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
