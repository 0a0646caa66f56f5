package de.souveraen.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NaturalKeyTest {

    @Test
    void case_outer_blanks_inner_runs_of_blanks_and_unicode_forms_do_not_matter() {
        assertThat(NaturalKey.of(" Microsoft 365 ", "MICROSOFT  Corporation"))
                .isEqualTo(NaturalKey.of("microsoft 365", "Microsoft Corporation"));
        // "ü" precomposed and as u + combining diaeresis
        assertThat(NaturalKey.of("M\u00fcller", "x")).isEqualTo(NaturalKey.of("Mu\u0308ller", "X"));
    }

    @Test
    void other_spellings_are_other_vendors() {
        assertThat(NaturalKey.of("Microsoft 365", "Microsoft Corp."))
                .isNotEqualTo(NaturalKey.of("Microsoft 365", "Microsoft Corporation"));
        assertThat(NaturalKey.of("Zoom", "A")).isNotEqualTo(NaturalKey.of("Zoom", "B"));
    }
}
