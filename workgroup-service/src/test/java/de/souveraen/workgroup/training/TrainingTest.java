package de.souveraen.workgroup.training;

import static de.souveraen.eventstore.domain.Rejection.Kind.CONFLICT;
import static de.souveraen.eventstore.domain.Rejection.Kind.NOT_FOUND;
import static de.souveraen.eventstore.domain.Rejection.Kind.UNPROCESSABLE;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.Audience;
import de.souveraen.contracts.workgroup.TrainingCancelled;
import de.souveraen.contracts.workgroup.TrainingDetails;
import de.souveraen.contracts.workgroup.TrainingFeedbackRecorded;
import de.souveraen.contracts.workgroup.TrainingFormat;
import de.souveraen.contracts.workgroup.TrainingHeld;
import de.souveraen.contracts.workgroup.TrainingOutcomesRecorded;
import de.souveraen.contracts.workgroup.TrainingPlanned;
import de.souveraen.contracts.workgroup.TrainingRevised;
import de.souveraen.contracts.workgroup.TrainingStatus;
import de.souveraen.contracts.workgroup.TrainingEvent;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.workgroup.training.TrainingCommand.CancelTraining;
import de.souveraen.workgroup.training.TrainingCommand.PlanTraining;
import de.souveraen.workgroup.training.TrainingCommand.RecordFeedback;
import de.souveraen.workgroup.training.TrainingCommand.RecordHeld;
import de.souveraen.workgroup.training.TrainingCommand.RecordOutcomes;
import de.souveraen.workgroup.training.TrainingCommand.ReviseTraining;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrainingTest {
    private static final UUID ID = UUID.fromString("7e000000-0000-4000-8000-000000000001");
    private static final LocalDate DATE = LocalDate.of(2026, 4, 22);
    private static final TrainingDetails DETAILS = new TrainingDetails("LibreOffice für die Verwaltung", DATE,
            TrainingFormat.WORKSHOP, List.of(Audience.WORKGROUP, Audience.ADMINISTRATION), new BigDecimal("3.50"),
            List.of("LibreOffice Writer", "ODF"), "Volkshochschule Euskirchen");
    private static final TrainingPlanned PLANNED = new TrainingPlanned(ID, DETAILS);
    private static final TrainingHeld HELD = new TrainingHeld(ID, DETAILS, 12);

    private final DeciderSpec<TrainingCommand, TrainingState, TrainingEvent> spec = DeciderSpec.of(new TrainingDecider());

    private static TrainingDetails details(List<Audience> audience, BigDecimal hours, List<String> topics) {
        return new TrainingDetails(" LibreOffice für die Verwaltung ", DATE, TrainingFormat.WORKSHOP, audience, hours,
                topics, "Volkshochschule Euskirchen ");
    }

    @Test
    void a_training_is_planned_with_hours_of_scale_two_audiences_in_order_and_topics_once() {
        spec.when(new PlanTraining(ID, details(List.of(Audience.ADMINISTRATION, Audience.WORKGROUP,
                Audience.ADMINISTRATION), new BigDecimal("3.5"), List.of("LibreOffice Writer", " ODF", "odf"))))
                .then(PLANNED);
        spec.given(PLANNED).when(new PlanTraining(ID, DETAILS)).thenRejected(CONFLICT, "training-exists",
                "trainingId");
    }

    @Test
    void hours_are_positive_with_at_most_two_decimals() {
        spec.when(new PlanTraining(ID, details(List.of(Audience.WORKGROUP), new BigDecimal("1.125"), null)))
                .thenRejected(UNPROCESSABLE, "too-many-decimals", "hours");
        spec.when(new PlanTraining(ID, details(List.of(Audience.WORKGROUP), BigDecimal.ZERO, null)))
                .thenRejected(UNPROCESSABLE, "not-positive", "hours");
        spec.when(new PlanTraining(ID, details(List.of(Audience.WORKGROUP), new BigDecimal("500.01"), null)))
                .thenRejected(UNPROCESSABLE, "too-large", "hours");
    }

    @Test
    void title_date_format_and_an_audience_are_required() {
        spec.when(new PlanTraining(ID, details(List.of(), new BigDecimal("2"), null)))
                .thenRejected(UNPROCESSABLE, "required", "audience");
        spec.when(new PlanTraining(ID, details(Arrays.asList(Audience.COUNCIL, null), new BigDecimal("2"), null)))
                .thenRejected(UNPROCESSABLE, "required", "audience[1]");
        spec.when(new PlanTraining(ID, new TrainingDetails("x", DATE, null, List.of(Audience.COUNCIL),
                BigDecimal.ONE, null, null))).thenRejected(UNPROCESSABLE, "required", "format");
        spec.when(new PlanTraining(ID, new TrainingDetails(" ", DATE, TrainingFormat.WEBINAR,
                List.of(Audience.COUNCIL), BigDecimal.ONE, null, null))).thenRejected(UNPROCESSABLE, "required",
                        "title");
        spec.when(new PlanTraining(ID, details(List.of(Audience.WORKGROUP), BigDecimal.ONE, Arrays.asList("ODF", " "))))
                .thenRejected(UNPROCESSABLE, "required", "topics[1]");
    }

    @Test
    void a_planned_training_can_be_revised_and_cancelled() {
        spec.given(PLANNED);
        TrainingDetails later = new TrainingDetails(DETAILS.title(), DATE.plusDays(7), DETAILS.format(),
                DETAILS.audience(), DETAILS.hours(), DETAILS.topics(), DETAILS.provider());
        spec.when(new ReviseTraining(ID, later)).then(new TrainingRevised(ID, later));
        spec.when(new ReviseTraining(ID, DETAILS)).thenNothing();
        spec.when(new CancelTraining(ID, "Zu wenige Anmeldungen", DATE.minusDays(3)))
                .then(new TrainingCancelled(ID, "Zu wenige Anmeldungen", DATE.minusDays(3)));
        spec.given(new TrainingCancelled(ID, "Zu wenige Anmeldungen", DATE.minusDays(3)));
        spec.when(new ReviseTraining(ID, later)).thenRejected(CONFLICT, "training-cancelled", null);
        spec.when(new RecordHeld(ID, null, 10, null, DATE)).thenRejected(CONFLICT, "training-cancelled", null);
    }

    @Test
    void a_held_training_records_participants_and_the_actual_date_and_hours() {
        spec.given(PLANNED);
        spec.when(new RecordHeld(ID, null, 12, null, DATE)).then(HELD);
        TrainingHeld longer = spec.when(new RecordHeld(ID, DATE, 12, new BigDecimal("4"), DATE.plusDays(1)))
                .event(TrainingHeld.class);
        assertThat(longer.details().hours()).isEqualTo(new BigDecimal("4.00"));
        assertThat(spec.when(new RecordHeld(ID, null, 12, null, DATE)).stateAfter().status())
                .isEqualTo(TrainingStatus.HELD);
    }

    @Test
    void a_training_is_not_recorded_as_held_before_its_date_nor_without_participants() {
        spec.given(PLANNED);
        spec.when(new RecordHeld(ID, null, 12, null, DATE.minusDays(1)))
                .thenRejected(UNPROCESSABLE, "date-in-future", "date");
        spec.when(new RecordHeld(ID, null, 0, null, DATE)).thenRejected(UNPROCESSABLE, "out-of-range", "participants");
        spec.when(new RecordHeld(ID, null, null, null, DATE)).thenRejected(UNPROCESSABLE, "required", "participants");
        spec.given(HELD).when(new RecordHeld(ID, null, 13, null, DATE)).thenRejected(CONFLICT, "training-held", null);
    }

    @Test
    void feedback_averages_all_scores_with_two_decimals_half_up() {
        spec.given(PLANNED, HELD);
        spec.when(new RecordFeedback(ID, List.of(5, 4, 4))).then(new TrainingFeedbackRecorded(ID, List.of(5, 4, 4), 3,
                13, new BigDecimal("4.33")));
        spec.given(new TrainingFeedbackRecorded(ID, List.of(5, 4, 4), 3, 13, new BigDecimal("4.33")));
        spec.when(new RecordFeedback(ID, List.of(5))).then(new TrainingFeedbackRecorded(ID, List.of(5), 4, 18,
                new BigDecimal("4.50")));
        spec.when(new RecordFeedback(ID, List.of(5, 5))).then(new TrainingFeedbackRecorded(ID, List.of(5, 5), 5, 23,
                new BigDecimal("4.60")));
    }

    @Test
    void the_average_rounds_half_up() {
        assertThat(new Satisfaction(3, 14).average()).isEqualTo(new BigDecimal("4.67"));
        assertThat(new Satisfaction(8, 17).average()).isEqualTo(new BigDecimal("2.13"));
        assertThat(new Satisfaction(3, 4).average()).isEqualTo(new BigDecimal("1.33"));
        assertThat(Satisfaction.NONE.average()).isNull();
    }

    @Test
    void scores_are_from_one_to_five_and_never_more_than_the_participants() {
        spec.given(PLANNED, HELD);
        spec.when(new RecordFeedback(ID, List.of(5, 6))).thenRejected(UNPROCESSABLE, "out-of-range", "scores[1]");
        spec.when(new RecordFeedback(ID, List.of(0))).thenRejected(UNPROCESSABLE, "out-of-range", "scores[0]");
        spec.when(new RecordFeedback(ID, List.of())).thenRejected(UNPROCESSABLE, "required", "scores");
        spec.given(new TrainingFeedbackRecorded(ID, List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4), 11, 44,
                new BigDecimal("4.00")));
        spec.when(new RecordFeedback(ID, List.of(5))).then(new TrainingFeedbackRecorded(ID, List.of(5), 12, 49,
                new BigDecimal("4.08")));
        spec.when(new RecordFeedback(ID, List.of(5, 5)))
                .thenRejected(UNPROCESSABLE, "more-feedback-than-participants", "scores");
    }

    @Test
    void feedback_and_outcomes_come_after_the_training_was_held() {
        spec.given(PLANNED);
        spec.when(new RecordFeedback(ID, List.of(5))).thenRejected(CONFLICT, "training-not-held", null);
        spec.when(new RecordOutcomes(ID, List.of("ODF als Standardformat"))).thenRejected(CONFLICT,
                "training-not-held", null);
    }

    @Test
    void outcomes_replace_the_earlier_ones_and_the_same_again_change_nothing() {
        spec.given(PLANNED, HELD);
        List<String> outcomes = List.of("Vorlagen für Sitzungsvorlagen in ODF erstellt",
                "8 Beschäftigte arbeiten mit LibreOffice");
        spec.when(new RecordOutcomes(ID, outcomes)).then(new TrainingOutcomesRecorded(ID, outcomes));
        spec.given(new TrainingOutcomesRecorded(ID, outcomes));
        spec.when(new RecordOutcomes(ID, outcomes)).thenNothing();
    }

    @Test
    void an_unknown_training_is_not_found() {
        spec.when(new RecordFeedback(ID, List.of(5))).thenRejected(NOT_FOUND, "training-not-found", null);
    }
}
