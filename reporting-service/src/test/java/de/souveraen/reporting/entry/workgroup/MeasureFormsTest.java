package de.souveraen.reporting.entry.workgroup;

import static de.souveraen.reporting.entry.workgroup.MeetingFormsTest.values;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm.Submission;
import de.souveraen.reporting.view.Lang;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the measure forms send for what was typed: the measure API's shapes, and format errors at their field. */
class MeasureFormsTest {
    private static final Call CALL = new Call(Lang.DE, Map.of("id", "m-1", "milestoneId", "ms-1"), "",
            LocalDate.of(2026, 12, 5), null, null);

    @Test
    void defineSendsTheDetailsWithTheChosenDependenciesOnceEachAndNoEmptyBudgetLine() {
        Submission s = new DefineMeasureForm().submit(CALL, values("title", "Prototypen", "mandate", "PROTOTYPES",
                "description", null, "responsible", "IT-Leitung", "budgetLine", " ", "dependencies[0]", "d-1",
                "dependencies[1]", "", "dependencies[2]", "d-1"));

        assertThat(s.formatErrors()).isEmpty();
        assertThat(s.service()).isEqualTo("workgroup");
        assertThat(s.method()).isEqualTo("POST");
        assertThat(s.path()).isEqualTo("/api/measures");
        Map<?, ?> body = (Map<?, ?>) s.body();
        assertThat(body.get("mandate")).isEqualTo("PROTOTYPES");
        assertThat(body.get("budgetLine")).isNull();
        assertThat(body.get("dependencies")).isEqualTo(List.of("d-1"));
    }

    @Test
    void reviseSendsThePutWithTheETagItStartedFrom() {
        Submission s = new ReviseMeasureForm().submit(CALL, values("etag", "\"3\"", "title", "Prototypen",
                "mandate", "PROTOTYPES", "responsible", "IT", "budgetLine", "IT-02"));

        assertThat(s.method()).isEqualTo("PUT");
        assertThat(s.path()).isEqualTo("/api/measures/m-1");
        assertThat(s.headers()).containsEntry("If-Match", "\"3\"");
        assertThat(((Map<?, ?>) s.body()).get("budgetLine")).isEqualTo("IT-02");
    }

    @Test
    void aMilestoneWithAnUnreadableDueDateIsRefusedAtItsFieldInGerman() {
        Submission refused = new PlanMilestoneForm().submit(CALL, values("title", "Pilot", "due", "31.02.2027"));
        Submission sent = new PlanMilestoneForm().submit(CALL, values("title", "Pilot", "due", "30.09.2027"));

        assertThat(refused.formatErrors()).containsOnlyKeys("due");
        assertThat(refused.formatErrors().get("due")).contains("gültiges Datum");
        assertThat(sent.path()).isEqualTo("/api/measures/m-1/milestones");
        assertThat(sent.body()).isEqualTo(Map.of("title", "Pilot", "due", "2027-09-30"));
    }

    @Test
    void reachingAndDroppingAMilestoneGoToItsOwnPaths() {
        Submission reached = new ReachMilestoneForm().submit(CALL, values("reachedOn", "01.12.2026", "note",
                "30 Nutzende"));
        Submission today = new ReachMilestoneForm().submit(CALL, values("reachedOn", null, "note", null));
        Submission dropped = new DropMilestoneForm().submit(CALL, values("reason", "nicht mehr nötig"));

        assertThat(reached.path()).isEqualTo("/api/measures/m-1/milestones/ms-1/reached");
        assertThat(((Map<?, ?>) reached.body()).get("reachedOn")).isEqualTo("2026-12-01");
        assertThat(((Map<?, ?>) today.body()).get("reachedOn")).isNull();
        assertThat(dropped.path()).isEqualTo("/api/measures/m-1/milestones/ms-1/dropped");
        assertThat(dropped.body()).isEqualTo(Map.of("reason", "nicht mehr nötig"));
    }

    @Test
    void closingSendsTheOutcomeAndAReasonOnlyWhenOneIsGiven() {
        Submission completed = new CloseMeasureForm().submit(CALL, values("status", "COMPLETED", "reason", "",
                "closedOn", null));
        Submission badDay = new CloseMeasureForm().submit(CALL, values("status", "STOPPED", "reason", "kein Personal",
                "closedOn", "gestern"));

        assertThat(completed.path()).isEqualTo("/api/measures/m-1/closure");
        assertThat(((Map<?, ?>) completed.body()).get("reason")).isNull();
        assertThat(((Map<?, ?>) completed.body()).get("status")).isEqualTo("COMPLETED");
        assertThat(badDay.formatErrors()).containsOnlyKeys("closedOn");
    }
}
