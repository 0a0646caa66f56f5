package de.souveraen.budget.appropriation;

import static de.souveraen.budget.testing.Budget2026.ADOPTED_ON;
import static de.souveraen.budget.testing.Budget2026.LINES;
import static de.souveraen.budget.testing.Budget2026.PLAN;
import static de.souveraen.budget.testing.Budget2026.RESOLUTION;
import static de.souveraen.budget.testing.Budget2026.TITLE;
import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopt;
import static de.souveraen.budget.testing.Budget2026.adoptWithLines;
import static de.souveraen.budget.testing.Budget2026.adopted;
import static de.souveraen.budget.testing.Budget2026.eur;
import static de.souveraen.budget.testing.BudgetSpec.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.budget.fiscalyear.BudgetCommand.AdoptBudget;
import de.souveraen.budget.fiscalyear.BudgetCommand.LineInput;
import de.souveraen.budget.fiscalyear.BudgetCommand.PlanInput;
import de.souveraen.budget.overview.BudgetOverview;
import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.PlannedAmount;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdoptBudgetTest {

    @Test
    void adopting_records_the_resolution_the_lines_and_the_plan() {
        given().when(adopt()).then(adopted());
    }

    @Test
    void the_adopted_lines_make_up_the_appropriation() {
        BudgetOverview overview = given().when(adopt()).overviewAfter();
        assertThat(overview.appropriated()).isEqualTo(eur("15000.00"));
        assertThat(overview.adjusted()).isEqualTo(eur("15000.00"));
        assertThat(overview.available()).isEqualTo(eur("15000.00"));
        assertThat(overview.lines()).extracting(l -> l.code())
                .containsExactly("ANALYSE", "KONZEPT", "PROTOTYPEN", "SCHULUNG", "EMPFEHLUNG");
    }

    @Test
    void texts_are_stripped_and_amounts_get_two_decimals() {
        AdoptBudget command = new AdoptBudget(YEAR, "  " + TITLE + " ", " " + RESOLUTION, ADOPTED_ON,
                List.of(new LineInput("ANALYSE", " Analyse ", eur("3000")), new LineInput("KONZEPT", "Konzept",
                        eur("1.500"))), List.of());
        given().when(command).then(new BudgetAdopted(YEAR, TITLE, RESOLUTION, ADOPTED_ON,
                List.of(new BudgetLine("ANALYSE", "Analyse", eur("3000.00")),
                        new BudgetLine("KONZEPT", "Konzept", eur("1.50"))), List.of()));
    }

    @Test
    void a_budget_is_adopted_only_once_per_year() {
        given(adopted()).when(adopt()).thenRejected(Kind.CONFLICT, "budget-exists", "fiscalYear");
    }

    @Test
    void duplicate_line_codes_are_refused_naming_the_second() {
        given().when(adoptWithLines(List.of(line("ANALYSE"), line("KONZEPT"), line("ANALYSE"))))
                .thenRejected(Kind.UNPROCESSABLE, "duplicate-line-code", "lines[2].code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyse", "-ANALYSE", "ANALYSE 1", "ABCDEFGHIJKLMNOPQRSTU", "ÄNDERUNG", "A/B"})
    void line_codes_must_match_the_pattern(String code) {
        given().when(adoptWithLines(List.of(line("KONZEPT"), line(code))))
                .thenRejected(Kind.UNPROCESSABLE, "invalid-line-code", "lines[1].code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "011103.529100", "DS-01_A", "ABCDEFGHIJKLMNOPQRST", "2026"})
    void line_codes_of_up_to_twenty_upper_case_letters_digits_dots_dashes_and_underscores_are_fine(String code) {
        assertThat(given().when(adoptWithLines(List.of(line(code)))).events()).hasSize(1);
    }

    @Test
    void a_budget_needs_at_least_one_line() {
        given().when(adoptWithLines(List.of())).thenRejected(Kind.UNPROCESSABLE, "required", "lines");
        given().when(adoptWithLines(null)).thenRejected(Kind.UNPROCESSABLE, "required", "lines");
    }

    @Test
    void a_budget_has_at_most_two_hundred_lines() {
        List<LineInput> lines = new ArrayList<>();
        for (int i = 0; i <= Adoption.MAX_LINES; i++) {
            lines.add(line("L-" + i));
        }
        given().when(adoptWithLines(lines)).thenRejected(Kind.UNPROCESSABLE, "too-many", "lines");
        assertThat(given().when(adoptWithLines(lines.subList(0, Adoption.MAX_LINES))).events()).hasSize(1);
    }

    @Test
    void a_missing_line_is_named() {
        given().when(adoptWithLines(Arrays.asList(line("A"), null)))
                .thenRejected(Kind.UNPROCESSABLE, "required", "lines[1]");
    }

    @Test
    void line_amounts_must_be_positive_with_at_most_two_decimals() {
        given().when(adoptWithLines(List.of(line("A"), new LineInput("B", "B", eur("0.00")))))
                .thenRejected(Kind.UNPROCESSABLE, "not-positive", "lines[1].amount");
        given().when(adoptWithLines(List.of(new LineInput("B", "B", eur("-10.00")))))
                .thenRejected(Kind.UNPROCESSABLE, "not-positive", "lines[0].amount");
        given().when(adoptWithLines(List.of(new LineInput("B", "B", eur("10.005")))))
                .thenRejected(Kind.BAD_REQUEST, "too-many-decimals", "lines[0].amount");
        given().when(adoptWithLines(List.of(new LineInput("B", "B", eur("1000000000.00")))))
                .thenRejected(Kind.UNPROCESSABLE, "too-large", "lines[0].amount");
        given().when(adoptWithLines(List.of(new LineInput("B", "B", null))))
                .thenRejected(Kind.UNPROCESSABLE, "required", "lines[0].amount");
    }

    @Test
    void line_titles_are_required() {
        given().when(adoptWithLines(List.of(new LineInput("B", "  ", eur("10.00")))))
                .thenRejected(Kind.UNPROCESSABLE, "required", "lines[0].title");
    }

    @Test
    void title_and_resolution_are_required_and_bounded() {
        given().when(new AdoptBudget(YEAR, " ", RESOLUTION, ADOPTED_ON, List.of(line("A")), null))
                .thenRejected(Kind.UNPROCESSABLE, "required", "title");
        given().when(new AdoptBudget(YEAR, TITLE, null, ADOPTED_ON, List.of(line("A")), null))
                .thenRejected(Kind.UNPROCESSABLE, "required", "resolution");
        given().when(new AdoptBudget(YEAR, "x".repeat(201), RESOLUTION, ADOPTED_ON, List.of(line("A")), null))
                .thenRejected(Kind.UNPROCESSABLE, "too-long", "title");
        given().when(new AdoptBudget(YEAR, "Haushalt\u0000", RESOLUTION, ADOPTED_ON, List.of(line("A")), null))
                .thenRejected(Kind.UNPROCESSABLE, "control-characters", "title");
    }

    @Test
    void the_budget_is_adopted_in_the_fiscal_year_or_the_year_before() {
        assertThat(given().when(adoptOn(LocalDate.of(2025, 12, 11))).events()).hasSize(1);
        assertThat(given().when(adoptOn(LocalDate.of(2026, 12, 31))).events()).hasSize(1);
        given().when(adoptOn(LocalDate.of(2024, 12, 31)))
                .thenRejected(Kind.UNPROCESSABLE, "outside-fiscal-year", "adoptedOn");
        given().when(adoptOn(LocalDate.of(2027, 1, 1)))
                .thenRejected(Kind.UNPROCESSABLE, "outside-fiscal-year", "adoptedOn");
        given().when(adoptOn(null)).thenRejected(Kind.UNPROCESSABLE, "required", "adoptedOn");
    }

    @Test
    void the_fiscal_year_must_be_plausible() {
        given().when(new AdoptBudget(1999, TITLE, RESOLUTION, LocalDate.of(1999, 1, 1), List.of(line("A")), null))
                .thenRejected(Kind.UNPROCESSABLE, "out-of-range", "fiscalYear");
    }

    @Test
    void the_plan_covers_the_three_following_years_each_once_sorted() {
        AdoptBudget command = withPlan(new PlanInput(2029, eur("18000")), new PlanInput(2027, eur("20000.00")));
        BudgetAdopted event = (BudgetAdopted) given().when(command).events().get(0);
        assertThat(event.financialPlan()).containsExactly(new PlannedAmount(2027, eur("20000.00")),
                new PlannedAmount(2029, eur("18000.00")));

        given().when(withPlan(new PlanInput(2030, eur("1.00"))))
                .thenRejected(Kind.UNPROCESSABLE, "out-of-range", "financialPlan[0].fiscalYear");
        given().when(withPlan(new PlanInput(2026, eur("1.00"))))
                .thenRejected(Kind.UNPROCESSABLE, "out-of-range", "financialPlan[0].fiscalYear");
        given().when(withPlan(new PlanInput(2027, eur("1.00")), new PlanInput(2027, eur("2.00"))))
                .thenRejected(Kind.UNPROCESSABLE, "duplicate-year", "financialPlan[1].fiscalYear");
        given().when(withPlan(new PlanInput(2027, eur("0"))))
                .thenRejected(Kind.UNPROCESSABLE, "not-positive", "financialPlan[0].amount");
        given().when(withPlan(new PlanInput(null, eur("1.00"))))
                .thenRejected(Kind.UNPROCESSABLE, "required", "financialPlan[0].fiscalYear");
    }

    @Test
    void the_adopted_plan_is_part_of_the_state() {
        assertThat(given(adopted()).state().financialPlan()).isEqualTo(PLAN);
    }

    private static LineInput line(String code) {
        return new LineInput(code, "Position " + code, eur("100.00"));
    }

    private static AdoptBudget adoptOn(LocalDate date) {
        return new AdoptBudget(YEAR, TITLE, RESOLUTION, date, List.of(line("A")), null);
    }

    private static AdoptBudget withPlan(PlanInput... plan) {
        return new AdoptBudget(YEAR, TITLE, RESOLUTION, ADOPTED_ON,
                LINES.stream().map(l -> new LineInput(l.code(), l.title(), l.amount())).toList(),
                new ArrayList<>(Arrays.asList(plan)));
    }
}
