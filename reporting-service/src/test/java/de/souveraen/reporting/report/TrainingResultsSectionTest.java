package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.eur;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static de.souveraen.reporting.report.QuarterFixture.training;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.TrainingFeedbackRecorded;
import de.souveraen.contracts.workgroup.TrainingOutcomesRecorded;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.report.QuarterlyReport.TrainingItem;
import de.souveraen.reporting.report.QuarterlyReport.Trainings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Section 5: each training with topic, date, participants, hours, satisfaction and outcomes; totals for the year. */
class TrainingResultsSectionTest {
    private final ViewHarness views = new ViewHarness();

    @Test
    void eachEventCarriesItsResultsAndTheYearHasItsTotals() {
        training(views, "Q2", day(5, 5), "4", 10);
        views.given(day(5, 6), new TrainingFeedbackRecorded(id("Q2"), List.of(4, 4), 2, 8, eur("4.00")));
        training(views, "Q3", day(8, 20), "2.5", 14);
        views.given(day(8, 21), new TrainingFeedbackRecorded(id("Q3"), List.of(5, 5, 4, 4, 4, 5), 6, 27,
                eur("4.50")));
        views.given(day(8, 22), new TrainingOutcomesRecorded(id("Q3"), List.of("LibreOffice-Vorlagen erstellt",
                "Ansprechpersonen benannt")));

        Trainings t = TrainingsSection.of(new Period(2026, 3), views.documents(ReportBuilder.KINDS));

        TrainingItem item = t.items().get(0);
        assertThat(item.title()).isEqualTo("Schulung Q3");
        assertThat(item.date()).isEqualTo(day(8, 20));
        assertThat(item.participants()).isEqualTo(14);
        assertThat(item.hours()).isEqualByComparingTo("2.5");
        assertThat(item.satisfaction()).isEqualByComparingTo("4.50");
        assertThat(item.outcomes()).containsExactly("LibreOffice-Vorlagen erstellt", "Ansprechpersonen benannt");
        assertThat(t.sessionsYearToDate()).isEqualTo(2);
        assertThat(t.participantsYearToDate()).isEqualTo(24);
        assertThat(t.hoursYearToDate()).isEqualByComparingTo("6.5");
        // (2 × 4.00 + 6 × 4.50) / 8
        assertThat(t.satisfactionYearToDate()).isEqualByComparingTo("4.38");
    }
}
