package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.eur;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.ExpenseReversed;
import de.souveraen.contracts.budget.FundsCommitted;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.report.QuarterlyReport.Correction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionsSectionTest {
    private static final Period Q1 = new Period(2026, 1);
    private final ViewHarness views = new ViewHarness();

    private QuarterlyReport report() {
        return ReportBuilder.build(Q1, views.documents(ReportBuilder.KINDS), Instant.EPOCH, List.of());
    }

    private void adopted() {
        LocalDate on = LocalDate.of(2025, 12, 1);
        views.given(on, new BudgetAdopted(2026, "H", "R", on, List.of(new BudgetLine("A", "A", eur("500.00"))),
                List.of()));
    }

    @Test
    void anUnchangedQuarterHasNoCorrections() {
        adopted();
        QuarterlyReport published = report();

        assertThat(CorrectionsSection.between(published, report())).isEmpty();
    }

    @Test
    void aLateCommitmentAndAReversalInThePublishedQuarterAreCorrections() {
        adopted();
        QuarterlyReport published = report();
        views.given(day(3, 30), new FundsCommitted(2026, id("c"), "A", eur("120.00"), "V", "B", "D", day(3, 30),
                null));
        views.given(day(3, 31), new ExpenseReversed(2026, id("r"), id("e"), "A", eur("20.00"), "R", "Storno",
                day(3, 31), null, null));

        List<Correction> corrections = CorrectionsSection.between(published, report());

        assertThat(corrections).extracting(Correction::field).containsExactly("finances.total.committed",
                "finances.total.spent", "finances.lines.A.spent");
        assertThat(corrections.get(0).now()).isEqualByComparingTo("120.00");
        assertThat(corrections.get(1).published()).isEqualByComparingTo("0.00");
        assertThat(corrections.get(1).now()).isEqualByComparingTo("-20.00");
    }

    @Test
    void changesAfterThePublishedQuarterAreNoCorrections() {
        adopted();
        QuarterlyReport published = report();
        views.given(day(4, 1), new FundsCommitted(2026, id("c"), "A", eur("120.00"), "V", "B", "D", day(4, 1),
                null));

        assertThat(CorrectionsSection.between(published, report())).isEmpty();
    }
}
