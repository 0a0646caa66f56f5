package de.souveraen.budget.appropriation;

import static de.souveraen.budget.testing.Budget2026.ADOPTED_ON;
import static de.souveraen.budget.testing.Budget2026.ANALYSE;
import static de.souveraen.budget.testing.Budget2026.RESOLUTION;
import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.adoptWithLines;
import static de.souveraen.budget.testing.Budget2026.day;
import static de.souveraen.budget.testing.Budget2026.eur;
import static de.souveraen.budget.testing.BudgetSpec.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.budget.fiscalyear.BudgetCommand.ClassifyLine;
import de.souveraen.budget.fiscalyear.BudgetCommand.LineInput;
import de.souveraen.budget.overview.LineOverview;
import de.souveraen.budget.ledger.LedgerExports;
import de.souveraen.budget.overview.BudgetOverview;
import de.souveraen.contracts.budget.LineClassified;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifyLineTest {

    @Test
    void lines_adopted_with_produkt_and_sachkonto_are_classified_with_the_adoption() {
        var when = given().when(adoptWithLines(List.of(
                new LineInput("ANALYSE", "Analyse", eur("3000.00"), "01.11.03", "542900"),
                new LineInput("SERVER", "Server", eur("9000.00"), " 01.11.03 ", "783100"),
                new LineInput("RESERVE", "Reserve", eur("100.00"))))) ;
        assertThat(when.events()).hasSize(3).element(1).isEqualTo(
                new LineClassified(YEAR, "ANALYSE", "01.11.03", "542900", RESOLUTION, ADOPTED_ON));
        assertThat(when.lineAfter("SERVER").produkt()).isEqualTo("01.11.03");
        assertThat(when.lineAfter("SERVER").sachkonto()).isEqualTo("783100");
        assertThat(when.lineAfter("RESERVE").sachkonto()).isNull();
    }

    @Test
    void a_line_is_classified_and_reclassified_later_and_the_latest_holds() {
        var given = given(adopted());
        given.accepted(classify("01.11.03", "542900"));
        var when = given.when(classify("01.11.03", "543100"));
        when.then(new LineClassified(YEAR, ANALYSE, "01.11.03", "543100", "Vfg. Kämmerei 2026/4", day(2, 3)));
        LineOverview line = when.lineAfter(ANALYSE);
        assertThat(line.sachkonto()).isEqualTo("543100");
        assertThat(line.available()).isEqualTo(eur("3000.00"));
    }

    @Test
    void the_same_classification_again_changes_nothing() {
        var given = given(adopted());
        given.accepted(classify("01.11.03", "542900"));
        given.when(classify("01.11.03", "542900")).thenNothing();
    }

    @ParameterizedTest
    @CsvSource({"1.11.03, 542900, invalid-produkt, produkt", "18.01.01, 542900, invalid-produkt, produkt",
            "01-11-03, 542900, invalid-produkt, produkt", "01.11.03, 54290, invalid-sachkonto, sachkonto",
            "01.11.03, 5429001, invalid-sachkonto, sachkonto", "01.11.03, 442900, sachkonto-class, sachkonto",
            "01.11.03, 682900, sachkonto-class, sachkonto", "01.11.03, 312000, sachkonto-class, sachkonto"})
    void produkt_and_sachkonto_follow_the_nrw_rules(String produkt, String konto, String code, String field) {
        given(adopted()).when(classify(produkt, konto)).thenRejected(Kind.UNPROCESSABLE, code, field);
    }

    @ParameterizedTest
    @CsvSource({"01.11.03, 542900", "17.01.01, 783100", "05.01.02.1234, 071000", "01.11.03.02, 529100"})
    void accounts_of_classes_0_5_and_7_are_accepted(String produkt, String konto) {
        assertThat(given(adopted()).when(classify(produkt, konto)).events()).hasSize(1);
    }

    @Test
    void a_classification_at_adoption_needs_both_parts() {
        given().when(adoptWithLines(List.of(new LineInput("ANALYSE", "Analyse", eur("3000.00"), "01.11.03", null))))
                .thenRejected(Kind.UNPROCESSABLE, "required", "lines[0].sachkonto");
        given().when(adoptWithLines(List.of(new LineInput("ANALYSE", "Analyse", eur("3000.00"), null, "542900"))))
                .thenRejected(Kind.UNPROCESSABLE, "required", "lines[0].produkt");
    }

    @Test
    void an_unknown_line_cannot_be_classified() {
        given(adopted()).when(new ClassifyLine(YEAR, "SERVER", "01.11.03", "542900", null, day(2, 3)))
                .thenRejected(Kind.NOT_FOUND, "line-not-found", "lineCode");
    }

    @Test
    void the_fiscal_data_package_carries_produkt_as_functional_and_sachkonto_as_economic_classification() {
        var when = given(adopted(), new LineClassified(YEAR, ANALYSE, "01.11.03", "542900", null, day(2, 3)))
                .when(classify("01.11.03", "542900"));
        BudgetOverview overview = when.overviewAfter();
        var fields = LedgerExports.dataPackage(overview, "blankenheim").at("/resources/0/schema/fields");
        assertThat(fields.findValuesAsText("columnType")).contains("functional-classification:generic:code",
                "economic-classification:generic:code");
        String csv = new String(LedgerExports.fiscalDataCsv(overview), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("fiscalYear,lineCode,lineTitle,produkt,sachkonto,approved")
                .contains("2026,ANALYSE,Analyse der digitalen Abhängigkeiten,01.11.03,542900,3000.00");
    }

    private static ClassifyLine classify(String produkt, String konto) {
        return new ClassifyLine(YEAR, ANALYSE, produkt, konto, "Vfg. Kämmerei 2026/4", day(2, 3));
    }
}
