package de.souveraen.budget.imports;

import static de.souveraen.budget.testing.Budget2026.ANALYSE;
import static de.souveraen.budget.testing.Budget2026.SCHULUNG;
import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.booked;
import static de.souveraen.budget.testing.Budget2026.day;
import static de.souveraen.budget.testing.Budget2026.eur;
import static de.souveraen.budget.testing.Budget2026.id;
import static de.souveraen.budget.testing.BudgetSpec.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.budget.fiscalyear.BudgetCommand.ImportBookings;
import de.souveraen.budget.fiscalyear.BudgetCommand.ImportRow;
import de.souveraen.budget.imports.Imports.Plan;
import de.souveraen.budget.imports.Imports.RowResult;
import de.souveraen.budget.imports.Imports.Status;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.budget.LineClassified;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ImportBookingsTest {
    private static final LineClassified ANALYSE_542900 = new LineClassified(YEAR, ANALYSE, "01.11.03", "542900",
            null, day(1, 29));

    @Test
    void rows_become_expenses_with_the_voucher_as_invoice_reference_german_amounts_and_dates() {
        var when = given(adopted(), ANALYSE_542900).when(new ImportBookings(YEAR, List.of(
                row(2, 1, "29.01.2026", "", "542900", "1.234,56", "Beratung Nord GmbH", "B-2026-0001", "Workshop"),
                row(3, 2, "3.2.2026", "SCHULUNG", "", "800", "Univention GmbH", "B-2026-0002", ""))));
        when.then(new ExpenseBooked(YEAR, id(1), ANALYSE, eur("1234.56"), day(1, 29), "Beratung Nord GmbH",
                "Workshop", "B-2026-0001", null, eur("0.00"), null),
                new ExpenseBooked(YEAR, id(2), SCHULUNG, eur("800.00"), day(2, 3), "Univention GmbH", null,
                        "B-2026-0002", null, eur("0.00"), null));
        assertThat(when.lineAfter(ANALYSE).spent()).isEqualTo(eur("1234.56"));
    }

    @Test
    void one_bad_row_books_nothing_and_every_bad_row_is_named_with_its_column() {
        var when = given(adopted(), ANALYSE_542900).when(new ImportBookings(YEAR, List.of(
                row(2, 1, "29.01.2026", "ANALYSE", "", "100,00", "A GmbH", "B-1", ""),
                row(3, 2, "31.02.2026", "ANALYSE", "", "100,00", "A GmbH", "B-2", ""),
                row(4, 3, "01.03.2026", "ANALYSE", "", "1.234.56", "A GmbH", "B-3", ""),
                row(5, 4, "01.03.2026", "", "999999", "10,00", "A GmbH", "B-4", ""),
                row(6, 5, "01.03.2026", "ANALYSE", "", "10,00", "A GmbH", "B-1", ""))));
        Rejection refused = when.thenRejected(Kind.UNPROCESSABLE, "import-has-errors", "Buchungsdatum");
        assertThat(refused.messageDe()).contains("4 Zeilen sind fehlerhaft", "Zeile 3", "Buchungsdatum");
        assertThat(refused.extensions().get("badLines")).isEqualTo(List.of(3, 4, 5, 6));
        @SuppressWarnings("unchecked")
        List<RowResult> rows = (List<RowResult>) refused.extensions().get("rows");
        assertThat(rows).extracting(r -> r.problems().get(0).column()).containsExactly("Buchungsdatum", "Betrag",
                "Sachkonto", "Belegnummer");
        assertThat(rows).extracting(r -> r.problems().get(0).code()).containsExactly("invalid-date",
                "invalid-number", "sachkonto-class", "duplicate-voucher");
        assertThat(rows.get(1).problems().get(0).messageDe()).contains("„1.234.56“ ist kein Betrag");
    }

    @Test
    void domain_rules_per_row_name_the_column_too() {
        Plan plan = Imports.plan(new ImportBookings(YEAR, List.of(
                row(2, 1, "29.01.2025", "ANALYSE", "", "100,00", "A GmbH", "B-1", ""),
                row(3, 2, "29.01.2026", "SERVER", "", "100,00", "A GmbH", "B-2", ""),
                row(4, 3, "29.01.2026", "ANALYSE", "", "3.000,01", "A GmbH", "B-3", ""),
                row(5, 4, "29.01.2026", "ANALYSE", "", "-5,00", "A GmbH", "B-4", ""))),
                given(adopted()).state());
        assertThat(plan.clean()).isFalse();
        assertThat(plan.rows()).extracting(r -> r.problems().get(0).column() + ":" + r.problems().get(0).code())
                .containsExactly("Buchungsdatum:outside-fiscal-year", "Haushaltsposition:unknown-line",
                        "Betrag:insufficient-funds", "Betrag:not-positive");
    }

    @Test
    void a_voucher_booked_before_is_skipped_so_the_same_file_books_nothing_twice() {
        var given = given(adopted());
        ImportBookings file = new ImportBookings(YEAR, List.of(
                row(2, 1, "29.01.2026", "ANALYSE", "", "100,00", "A GmbH", "B-1", ""),
                row(3, 2, "30.01.2026", "ANALYSE", "", "200,00", "A GmbH", "B-2", "")));
        given.accepted(file);
        ImportBookings again = new ImportBookings(YEAR, List.of(
                row(2, 11, "29.01.2026", "ANALYSE", "", "100,00", "A GmbH", "B-1", ""),
                row(3, 12, "30.01.2026", "ANALYSE", "", "200,00", "A GmbH", "b-2 ", "")));
        given.when(again).thenNothing();
        assertThat(Imports.plan(again, given.state()).rows()).extracting(RowResult::status)
                .containsOnly(Status.ALREADY_BOOKED);
        assertThat(given.when(again).lineAfter(ANALYSE).spent()).isEqualTo(eur("300.00"));
    }

    @Test
    void a_row_booked_by_hand_with_the_voucher_as_invoice_is_not_booked_again() {
        Plan plan = Imports.plan(new ImportBookings(YEAR, List.of(
                row(2, 1, "29.01.2026", "ANALYSE", "", "100,00", "A GmbH", "RE-5", ""))),
                given(adopted(), booked(5, ANALYSE, "100.00")).state());
        assertThat(plan.rows().get(0).status()).isEqualTo(Status.ALREADY_BOOKED);
        assertThat(plan.events()).isEmpty();
    }

    @Test
    void an_account_used_by_two_lines_needs_the_line() {
        Plan plan = Imports.plan(new ImportBookings(YEAR, List.of(
                row(2, 1, "29.01.2026", "", "542900", "100,00", "A GmbH", "B-1", ""))),
                given(adopted(), ANALYSE_542900,
                        new LineClassified(YEAR, SCHULUNG, "01.11.04", "542900", null, day(1, 29))).state());
        assertThat(plan.rows().get(0).problems().get(0).code()).isEqualTo("ambiguous-account");
    }

    @Test
    void the_file_is_read_in_utf8_or_windows_1252_with_semicolons_and_german_headers() {
        String text = "Buchungsdatum;Sachkonto;Betrag;Lieferant;Belegnummer;Verwendungszweck\r\n"
                + "29.01.2026;542900;1.234,56;Müller & Söhne GmbH;B-1;\"Schulung; Teil 1\"\r\n\r\n"
                + "30.01.2026;542900;99,00;Größe AG;B-2;\r\n";
        AtomicLong n = new AtomicLong();
        BookingsCsv.Read cp1252 = BookingsCsv.read(text.getBytes(Charset.forName("windows-1252")),
                () -> id(n.incrementAndGet()));
        assertThat(cp1252.encoding()).isEqualTo("Windows-1252");
        assertThat(cp1252.rows()).hasSize(2);
        assertThat(cp1252.rows().get(0).vendor()).isEqualTo("Müller & Söhne GmbH");
        assertThat(cp1252.rows().get(0).purpose()).isEqualTo("Schulung; Teil 1");
        assertThat(cp1252.rows().get(1).line()).isEqualTo(4);
        assertThat(BookingsCsv.read(text.getBytes(StandardCharsets.UTF_8), () -> id(1)).encoding())
                .isEqualTo("UTF-8");
    }

    @Test
    void a_file_without_a_needed_column_is_refused_naming_it() {
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(Rejection.class,
                () -> BookingsCsv.read("Datum;Konto;Betrag;Lieferant\r\n".getBytes(StandardCharsets.UTF_8),
                        () -> id(1)));
        assertThat(refused.code()).isEqualTo("missing-column");
        assertThat(refused.field()).isEqualTo("Belegnummer");
    }

    private static ImportRow row(int line, long id, String date, String code, String konto, String amount,
            String vendor, String voucher, String purpose) {
        return new ImportRow(line, id(id), date, code, konto, amount, vendor, voucher, purpose);
    }
}
