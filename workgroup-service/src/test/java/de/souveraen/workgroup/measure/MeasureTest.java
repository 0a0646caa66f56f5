package de.souveraen.workgroup.measure;

import static de.souveraen.eventstore.domain.Rejection.Kind.CONFLICT;
import static de.souveraen.eventstore.domain.Rejection.Kind.NOT_FOUND;
import static de.souveraen.eventstore.domain.Rejection.Kind.UNPROCESSABLE;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.Mandate;
import de.souveraen.contracts.workgroup.MeasureClosed;
import de.souveraen.contracts.workgroup.MeasureDefined;
import de.souveraen.contracts.workgroup.MeasureDetails;
import de.souveraen.contracts.workgroup.MeasureEvent;
import de.souveraen.contracts.workgroup.MeasureRevised;
import de.souveraen.contracts.workgroup.MeasureStatus;
import de.souveraen.contracts.workgroup.MilestoneDropped;
import de.souveraen.contracts.workgroup.MilestonePlanned;
import de.souveraen.contracts.workgroup.MilestoneReached;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.workgroup.measure.MeasureCommand.CloseMeasure;
import de.souveraen.workgroup.measure.MeasureCommand.DefineMeasure;
import de.souveraen.workgroup.measure.MeasureCommand.DropMilestone;
import de.souveraen.workgroup.measure.MeasureCommand.PlanMilestone;
import de.souveraen.workgroup.measure.MeasureCommand.ReachMilestone;
import de.souveraen.workgroup.measure.MeasureCommand.ReviseMeasure;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The measures of the programme, given/when/then on the pure decider. */
class MeasureTest {
    private static final UUID ID = UUID.fromString("3f1c2b7a-5d4e-4c3b-9a8f-1e2d3c4b5a69");
    private static final UUID M1 = UUID.fromString("9d8c7b6a-5f4e-4d3c-8b2a-000000000001");
    private static final UUID M2 = UUID.fromString("9d8c7b6a-5f4e-4d3c-8b2a-000000000002");
    private static final UUID M3 = UUID.fromString("9d8c7b6a-5f4e-4d3c-8b2a-000000000003");
    private static final UUID DEP = UUID.fromString("0b6e8c1d-2f3a-4b5c-8d9e-0f1a2b3c4d5e");
    private static final LocalDate DEFINED = LocalDate.of(2026, 2, 12);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    private static final MeasureDetails DETAILS = new MeasureDetails("Bestandsaufnahme der Abhängigkeiten",
            Mandate.ANALYSIS, null, "Zentrale Dienste / IT", "ANALYSE", List.of(DEP));
    private static final MeasureDefined DEFINED_EVENT = new MeasureDefined(ID, DETAILS, DEFINED);
    private static final MilestonePlanned FIRST = new MilestonePlanned(ID, M1, "Verträge erfasst",
            LocalDate.of(2026, 4, 30));
    private static final MilestonePlanned SECOND = new MilestonePlanned(ID, M2, "Bewertung SOV-1 bis SOV-8",
            LocalDate.of(2026, 6, 30));
    private static final MilestonePlanned THIRD = new MilestonePlanned(ID, M3, "Bericht an den Rat",
            LocalDate.of(2026, 9, 30));

    private final DeciderSpec<MeasureCommand, MeasureState, MeasureEvent> spec = DeciderSpec.of(new MeasureDecider());

    @Test
    void a_measure_is_defined_with_trimmed_texts_and_each_dependency_once() {
        spec.when(new DefineMeasure(ID, new MeasureDetails(" Bestandsaufnahme der Abhängigkeiten ", Mandate.ANALYSIS,
                " ", " Zentrale Dienste / IT", " ANALYSE ", List.of(DEP, DEP)), DEFINED)).then(DEFINED_EVENT);
        spec.given(DEFINED_EVENT).when(new DefineMeasure(ID, DETAILS, DEFINED))
                .thenRejected(CONFLICT, "measure-exists", "measureId");
    }

    @Test
    void title_mandate_responsible_and_a_budget_line_code_in_the_budgets_format_are_checked() {
        spec.when(new DefineMeasure(ID, new MeasureDetails(" ", Mandate.ANALYSIS, null, "IT", null, null), DEFINED))
                .thenRejected(UNPROCESSABLE, "required", "title");
        spec.when(new DefineMeasure(ID, new MeasureDetails("T", null, null, "IT", null, null), DEFINED))
                .thenRejected(UNPROCESSABLE, "required", "mandate");
        spec.when(new DefineMeasure(ID, new MeasureDetails("T", Mandate.FURTHER, null, null, null, null), DEFINED))
                .thenRejected(UNPROCESSABLE, "required", "responsible");
        spec.when(new DefineMeasure(ID, new MeasureDetails("T", Mandate.FURTHER, null, "IT", "schulung", null),
                DEFINED)).thenRejected(UNPROCESSABLE, "invalid-line-code", "budgetLine");
    }

    @Test
    void progress_is_derived_from_the_milestones_and_dropped_ones_do_not_count() {
        MeasureState state = spec.given(DEFINED_EVENT, FIRST, SECOND, THIRD).state();
        assertThat(state.progress()).isZero();
        state = spec.given(DEFINED_EVENT, FIRST, SECOND, THIRD,
                new MilestoneReached(ID, M1, LocalDate.of(2026, 4, 28), "34 Verträge")).state();
        assertThat(state.progress()).isEqualTo(33);
        state = spec.given(DEFINED_EVENT, FIRST, SECOND, THIRD,
                new MilestoneReached(ID, M1, LocalDate.of(2026, 4, 28), "34 Verträge"),
                new MilestoneDropped(ID, M3, "Vom Kreis übernommen")).state();
        assertThat(state.progress()).isEqualTo(50);
        MeasureView view = MeasureView.of(spec.given(DEFINED_EVENT, FIRST, SECOND).state(), TODAY);
        assertThat(view.late()).as("the first milestone was due on 30.04.").isEqualTo(1);
        assertThat(view.milestones()).extracting(MeasureView.MilestoneView::state).containsExactly("LATE", "OPEN");
    }

    @Test
    void a_milestone_is_planned_once_and_reached_or_dropped_once_never_in_the_future() {
        spec.given(DEFINED_EVENT).when(new PlanMilestone(ID, M1, " Verträge erfasst ", LocalDate.of(2026, 4, 30)))
                .then(FIRST);
        spec.given(DEFINED_EVENT, FIRST).when(new PlanMilestone(ID, M1, "Noch einmal", LocalDate.of(2026, 4, 30)))
                .thenRejected(CONFLICT, "milestone-exists", "milestoneId");
        spec.given(DEFINED_EVENT, FIRST).when(new ReachMilestone(ID, M1, null, null, TODAY))
                .then(new MilestoneReached(ID, M1, TODAY, null));
        spec.given(DEFINED_EVENT, FIRST).when(new ReachMilestone(ID, M1, TODAY.plusDays(1), null, TODAY))
                .thenRejected(UNPROCESSABLE, "date-in-future", "reachedOn");
        spec.given(DEFINED_EVENT, FIRST, new MilestoneReached(ID, M1, TODAY, null))
                .when(new DropMilestone(ID, M1, "doch nicht")).thenRejected(CONFLICT, "milestone-reached", "milestoneId");
        spec.given(DEFINED_EVENT, FIRST, new MilestoneDropped(ID, M1, "Vom Kreis übernommen"))
                .when(new ReachMilestone(ID, M1, null, null, TODAY))
                .thenRejected(CONFLICT, "milestone-dropped", "milestoneId");
        spec.given(DEFINED_EVENT).when(new ReachMilestone(ID, M2, null, null, TODAY))
                .thenRejected(NOT_FOUND, "milestone-not-found", null);
        spec.given(DEFINED_EVENT, FIRST).when(new DropMilestone(ID, M1, " "))
                .thenRejected(UNPROCESSABLE, "required", "reason");
    }

    @Test
    void a_measure_completes_only_without_open_milestones_is_stopped_with_a_reason_and_then_changes_no_more() {
        LocalDate end = LocalDate.of(2026, 9, 30);
        spec.given(DEFINED_EVENT, FIRST).when(new CloseMeasure(ID, MeasureStatus.COMPLETED, null, end))
                .thenRejected(CONFLICT, "milestones-open", "status");
        spec.given(DEFINED_EVENT, FIRST, new MilestoneReached(ID, M1, TODAY, null))
                .when(new CloseMeasure(ID, MeasureStatus.COMPLETED, "ignored", end))
                .then(new MeasureClosed(ID, MeasureStatus.COMPLETED, end, null));
        spec.given(DEFINED_EVENT).when(new CloseMeasure(ID, MeasureStatus.STOPPED, null, end))
                .thenRejected(UNPROCESSABLE, "required", "reason");
        spec.given(DEFINED_EVENT).when(new CloseMeasure(ID, MeasureStatus.ACTIVE, null, end))
                .thenRejected(UNPROCESSABLE, "not-a-closing-status", "status");
        MeasureClosed stopped = new MeasureClosed(ID, MeasureStatus.STOPPED, end, "Haushaltssperre");
        spec.given(DEFINED_EVENT).when(new CloseMeasure(ID, MeasureStatus.STOPPED, "Haushaltssperre", end))
                .then(stopped);
        spec.given(DEFINED_EVENT, stopped).when(new PlanMilestone(ID, M2, "Später", end))
                .thenRejected(CONFLICT, "measure-closed", null);
        assertThat(spec.given(DEFINED_EVENT, stopped).state().status()).isEqualTo(MeasureStatus.STOPPED);
    }

    @Test
    void a_revision_with_the_same_details_records_nothing_and_an_unknown_measure_is_not_found() {
        spec.given(DEFINED_EVENT).when(new ReviseMeasure(ID, DETAILS)).then();
        MeasureDetails changed = new MeasureDetails("Bestandsaufnahme und Bewertung", Mandate.ANALYSIS, null,
                "Zentrale Dienste / IT", null, List.of());
        spec.given(DEFINED_EVENT).when(new ReviseMeasure(ID, changed)).then(new MeasureRevised(ID, changed));
        DeciderSpec.of(new MeasureDecider()).when(new ReviseMeasure(ID, DETAILS))
                .thenRejected(NOT_FOUND, "measure-not-found", null);
    }
}
