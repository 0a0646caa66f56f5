package de.souveraen.inventory.assessment;

import static de.souveraen.inventory.testing.Fixtures.levels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.souveraen.contracts.inventory.SovereigntyObjective;
import de.souveraen.eventstore.domain.Rejection;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The questionnaire's live result: the same rule as a stored assessment, nothing else needed. */
class AssessmentPreviewTest {

    @Test
    void a_complete_set_of_levels_gives_the_score_the_seal_level_and_the_sds_label() {
        SovereigntyScore result = AssessmentRules.preview(levels(3, 3, 3, 3, 3, 3, 3, 3));
        assertThat(result.score()).isEqualTo(new BigDecimal("75.00"));
        assertThat(result.sealLevel()).isEqualTo(3);
        assertThat(result.sds()).isEqualTo(SdsLabel.SDS_2);
    }

    @Test
    void the_weakest_objective_bounds_the_result() {
        SovereigntyScore result = AssessmentRules.preview(levels(4, 4, 4, 4, 4, 4, 4, 0));
        assertThat(result.sealLevel()).isZero();
        assertThat(result.sds()).isEqualTo(SdsLabel.SDS_4);
    }

    @Test
    void a_missing_or_out_of_range_level_is_refused_at_its_field() {
        Map<SovereigntyObjective, Integer> missing = new EnumMap<>(levels(2, 2, 2, 2, 2, 2, 2, 2));
        missing.remove(SovereigntyObjective.SOV4);
        assertThatThrownBy(() -> AssessmentRules.preview(missing)).isInstanceOf(Rejection.class)
                .extracting(e -> ((Rejection) e).field()).isEqualTo("scores.SOV4");
        assertThatThrownBy(() -> AssessmentRules.preview(levels(2, 2, 2, 2, 2, 2, 2, 5)))
                .isInstanceOf(Rejection.class).extracting(e -> ((Rejection) e).field()).isEqualTo("scores.SOV8");
    }
}
