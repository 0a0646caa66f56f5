package de.souveraen.inventory.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.souveraen.contracts.inventory.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskRatingTest {

    @ParameterizedTest(name = "{0} × {1} = {2} → {3}")
    @CsvSource({"1, 1, 1, LOW", "2, 2, 4, LOW", "1, 5, 5, MEDIUM", "3, 3, 9, MEDIUM", "2, 5, 10, HIGH", "4, 4, 16, HIGH",
        "4, 5, 20, CRITICAL", "5, 5, 25, CRITICAL"})
    void score_is_likelihood_times_impact_with_four_levels(int likelihood, int impact, int score, RiskLevel level) {
        assertThat(RiskRating.of(likelihood, impact)).isEqualTo(new RiskRating(score, level));
    }

    @Test
    void values_outside_1_to_5_are_a_programming_error() {
        assertThatThrownBy(() -> RiskRating.of(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
