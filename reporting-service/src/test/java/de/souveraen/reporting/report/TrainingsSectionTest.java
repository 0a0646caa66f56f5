package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.eur;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static de.souveraen.reporting.report.QuarterFixture.training;
import static de.souveraen.reporting.report.QuarterFixture.trainingDetails;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.TrainingCancelled;
import de.souveraen.contracts.workgroup.TrainingFeedbackRecorded;
import de.souveraen.contracts.workgroup.TrainingOutcomesRecorded;
import de.souveraen.contracts.workgroup.TrainingPlanned;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.report.QuarterlyReport.TrainingItem;
import de.souveraen.reporting.report.QuarterlyReport.Trainings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingsSectionTest {
    private static final Period Q2 = new Period(2026, 2);
    private final ViewHarness views = new ViewHarness();

    private Trainings trainings(Period period) {
        return TrainingsSection.of(period, views.documents(ReportBuilder.KINDS));
    }

    @Test
    void onlyTrainingsHeldInTheQuarterCount() {
        training(views, "held", day(5, 5), "2.0", 11);
        views.given(day(3, 1), new TrainingPlanned(id("planned"), trainingDetails("planned", day(6, 2), "3")));
        views.given(day(3, 1), new TrainingPlanned(id("cancelled"), trainingDetails("cancelled", day(6, 3), "3")));
        views.given(day(5, 1), new TrainingCancelled(id("cancelled"), "krank", day(5, 1)));
        training(views, "next quarter", day(7, 1), "2.0", 5);

        Trainings t = trainings(Q2);

        assertThat(t.sessions()).isEqualTo(1);
        assertThat(t.participants()).isEqualTo(11);
        assertThat(t.items()).extracting(TrainingItem::title).containsExactly("Schulung held");
    }

    @Test
    void hoursAreSummedToOneDecimalAndSatisfactionIsWeightedByResponses() {
        training(views, "A", day(4, 10), "1.25", 10);
        training(views, "B", day(4, 20), "2.5", 5);
        training(views, "C", day(5, 20), "1", 3);
        views.given(day(4, 11), new TrainingFeedbackRecorded(id("A"), List.of(), 9, 45, eur("5.00")));
        views.given(day(4, 21), new TrainingFeedbackRecorded(id("B"), List.of(), 1, 1, eur("1.00")));
        views.given(day(4, 22), new TrainingOutcomesRecorded(id("B"), List.of("Nextcloud eingerichtet")));

        Trainings t = trainings(Q2);

        assertThat(t.hours()).isEqualTo(new BigDecimal("4.8"));
        // (9 × 5 + 1 × 1) / 10, not the mean of the sessions' averages (3.00)
        assertThat(t.averageSatisfaction()).isEqualTo(new BigDecimal("4.60"));
        assertThat(t.items()).extracting(TrainingItem::title).containsExactly("Schulung A", "Schulung B",
                "Schulung C");
        assertThat(t.items().get(1).outcomes()).containsExactly("Nextcloud eingerichtet");
    }

    @Test
    void withoutResponsesThereIsNoSatisfaction() {
        training(views, "A", day(4, 10), "1", 10);

        assertThat(trainings(Q2).averageSatisfaction()).isNull();
    }

    @Test
    void theYearToDateStartsOnTheFirstOfJanuary() {
        training(views, "last year", LocalDate.of(2025, 12, 10), "1", 100);
        training(views, "Q1", day(2, 10), "1", 7);
        training(views, "Q2", day(6, 30), "1", 4);

        Trainings t = trainings(Q2);

        assertThat(t.sessions()).isEqualTo(1);
        assertThat(t.sessionsYearToDate()).isEqualTo(2);
        assertThat(t.participantsYearToDate()).isEqualTo(11);
    }
}
