package de.souveraen.eventstore.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void hostile_text_is_kept_exactly_only_surrounding_white_space_goes() {
        String hostile = "=HYPERLINK(\"http://127.0.0.1/x\") <script>alert(1)</script> \u202Eevil\u202C Ärger 漢字 😀\tTab\nZeile";
        assertThat(Texts.optional("title", "Der Titel", "  " + hostile + " \n", 200)).isEqualTo(hostile);
    }

    @Test
    void blank_is_absent() {
        assertThat(Texts.optional("title", "Der Titel", null, 10)).isNull();
        assertThat(Texts.optional("title", "Der Titel", " \t\n", 10)).isNull();
    }

    @Test
    void too_long_and_control_characters_are_refused_naming_the_field() {
        assertThat(Texts.optional("title", "Der Titel", "x".repeat(10), 10)).hasSize(10);
        assertThatThrownBy(() -> Texts.optional("title", "Der Titel", "x".repeat(11), 10))
                .isInstanceOfSatisfying(Rejection.class, r -> {
                    assertThat(r.code()).isEqualTo("too-long");
                    assertThat(r.field()).isEqualTo("title");
                    assertThat(r.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
                });
        assertThatThrownBy(() -> Texts.optional("vendor", "Der Lieferant", "a\u0007b", 10))
                .isInstanceOfSatisfying(Rejection.class, r -> {
                    assertThat(r.code()).isEqualTo("control-characters");
                    assertThat(r.field()).isEqualTo("vendor");
                });
    }
}
