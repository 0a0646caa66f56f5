package de.souveraen.eventstore.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.souveraen.eventstore.domain.Violations.Sign;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void fail_fast_throws_the_first_broken_rule_naming_the_field_in_german() {
        assertThatThrownBy(() -> Check.text("title", "Der Titel", "   ", 10))
                .isInstanceOfSatisfying(Rejection.class, r -> {
                    assertThat(r.code()).isEqualTo("required");
                    assertThat(r.field()).isEqualTo("title");
                    assertThat(r.kind().status).isEqualTo(422);
                    assertThat(r.messageDe()).isEqualTo("Der Titel fehlt.");
                });
        assertThat(Check.text("title", "Der Titel", "  Cloud  ", 10)).isEqualTo("Cloud");
        assertThat(Check.optionalText("note", "Die Notiz", " ", 10)).isNull();
    }

    @Test
    void collecting_mode_gathers_every_rule_and_answers_null_for_what_failed() {
        Violations v = Violations.collecting();
        assertThat(v.text("name", "Der Name", null, 10)).isNull();
        assertThat(v.range("users", "Die Nutzerzahl", 0, 1, 10)).isNull();
        assertThat(v.amount("cost", "Die Kosten", new BigDecimal("-1"), Sign.NOT_NEGATIVE)).isNull();
        assertThat(v.amount("fee", "Die Gebühr", new BigDecimal("12.5"), Sign.POSITIVE))
                .isEqualTo(new BigDecimal("12.50"));
        assertThat(v.list()).extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "required"),
                        org.assertj.core.groups.Tuple.tuple("users", "out-of-range"),
                        org.assertj.core.groups.Tuple.tuple("cost", "negative"));
        assertThatThrownBy(v::throwFirst).isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.field()).isEqualTo("name"));
    }

    @Test
    void one_money_rule_with_one_code_per_way_of_breaking_it() {
        assertThat(codeOf(() -> Check.positive("amount", "Der Betrag", BigDecimal.ZERO))).isEqualTo("not-positive");
        assertThat(codeOf(() -> Check.positive("amount", "Der Betrag", new BigDecimal("1000000000.00"))))
                .isEqualTo("too-large");
        assertThat(codeOf(() -> Check.notNegative("amount", "Der Betrag", new BigDecimal("-0.01"))))
                .isEqualTo("negative");
        assertThat(codeOf(() -> Check.nonZero("amount", "Der Betrag", new BigDecimal("0.00")))).isEqualTo("zero");
        assertThat(codeOf(() -> Check.positive("amount", "Der Betrag", null))).isEqualTo("required");
        assertThatThrownBy(() -> Check.positive("amount", "Der Betrag", new BigDecimal("1.001")))
                .isInstanceOfSatisfying(Rejection.class, r -> {
                    assertThat(r.code()).isEqualTo("too-many-decimals");
                    assertThat(r.kind().status).isEqualTo(400);
                });
        assertThatThrownBy(() -> Check.positive("amount", "Der Betrag", new BigDecimal("1000000000")))
                .hasMessageContaining("999999999.99")
                .isInstanceOfSatisfying(Rejection.class,
                        r -> assertThat(r.messageDe()).contains("999.999.999,99\u00a0€"));
        assertThat(Check.nonZero("amount", "Der Betrag", new BigDecimal("-999999999.99")))
                .isEqualByComparingTo("-999999999.99");
    }

    @Test
    void lists_of_texts_drop_duplicates_ignoring_case_and_count_the_rest() {
        assertThat(Check.texts("tags", "Das Schlagwort", List.of("Cloud", " cloud ", "Open Source"), 20, 5))
                .containsExactly("Cloud", "Open Source");
        assertThat(codeOf(() -> Check.texts("tags", "Das Schlagwort", List.of("a", "b", "c"), 20, 2)))
                .isEqualTo("too-many");
        assertThatThrownBy(() -> Check.texts("tags", "Das Schlagwort", List.of("a", " "), 20, 5))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.field()).isEqualTo("tags[1]"));
    }

    @Test
    void ids_are_a_malformed_request_when_missing_and_dates_may_not_lie_before() {
        assertThatThrownBy(() -> Check.id("meetingId", "Die Sitzung", null))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.kind().status).isEqualTo(400));
        assertThatThrownBy(() -> Check.notBefore("reversedOn", "Das Storno", LocalDate.of(2026, 1, 28),
                LocalDate.of(2026, 1, 29), "der Buchung", "the booking"))
                .isInstanceOfSatisfying(Rejection.class, r -> {
                    assertThat(r.code()).isEqualTo("too-early");
                    assertThat(r.messageDe()).contains("29.01.2026");
                });
    }

    private static String codeOf(Runnable check) {
        try {
            check.run();
        } catch (Rejection r) {
            return r.code();
        }
        return null;
    }
}
