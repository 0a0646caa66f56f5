package de.souveraen.inventory.assessment;

import static de.souveraen.inventory.testing.Fixtures.levels;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SdsLabelTest {

    @ParameterizedTest(name = "score {0}, SEAL-{1} → SDS {2}")
    @CsvSource({
        "100.00, 4, 1",
        "80.00, 3, 1",   // band boundary: 80 is still SDS 1
        "79.99, 3, 2",
        "60.00, 4, 2",
        "59.99, 4, 3",
        "40.00, 4, 3",
        "39.99, 4, 4",
        "20.00, 4, 4",
        "19.99, 4, 5",
        "0.00, 0, 5",
        "95.00, 2, 2",   // floor: SEAL-2 → at best SDS 2
        "95.00, 1, 3",   // SEAL-1 → at best SDS 3
        "95.00, 0, 4",   // SEAL-0 → at best SDS 4
        "10.00, 3, 5",   // the floor never improves a bad band
    })
    void the_sds_is_the_worse_of_the_score_band_and_the_seal_floor(String score, int seal, int sds) {
        assertThat(SdsLabel.of(new BigDecimal(score), seal).step()).isEqualTo(sds);
    }

    @Test
    void one_objective_without_assurance_keeps_an_otherwise_perfect_dependency_critical() {
        SovereigntyScore result = SovereigntyScore.of(levels(4, 4, 4, 4, 4, 4, 4, 0));
        assertThat(result.score()).isEqualTo(new BigDecimal("95.00"));
        assertThat(result.sds()).isEqualTo(SdsLabel.SDS_4);
    }

    @Test
    void every_step_has_a_german_and_an_english_label() {
        for (SdsLabel label : SdsLabel.values()) {
            assertThat(label.de()).isNotBlank();
            assertThat(label.en()).isNotBlank();
            assertThat(SdsLabel.ofStep(label.step())).isEqualTo(label);
        }
    }
}
