package de.souveraen.reporting.entry.workgroup;

import static de.souveraen.reporting.entry.workgroup.MeetingFormsTest.CALL;
import static de.souveraen.reporting.entry.workgroup.MeetingFormsTest.values;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.reporting.entry.EntryForm.Submission;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the forms of members, proposals, trainings and the agenda send: edits under their ETag, lists parsed. */
class RecordFormsTest {

    @Test
    void theAgendaIsSentInTheOrderOfTheNewNumbersUnderTheMeetingsEtag() {
        Submission s = new ReorderAgendaForm().submit(CALL, values("meeting", null, "etag", "\"4\"", "position-a", "3",
                "position-b", "1", "position-c", "2"));
        assertThat(s.method()).isEqualTo("PUT");
        assertThat(s.path()).isEqualTo("/api/meetings/m-1/agenda-order");
        assertThat(s.headers()).containsEntry("If-Match", "\"4\"");
        assertThat(s.body()).isEqualTo(Map.of("agendaItemIds", List.of("b", "c", "a")));
        assertThat(new ReorderAgendaForm().submit(CALL, values("position-a", "erster", "position-b", null))
                .formatErrors()).containsOnlyKeys("position-a", "position-b");
    }

    @Test
    void aPersonIsCorrectedWithAPutUnderItsEtag() {
        Submission s = new UpdatePersonForm().submit(CALL, values("etag", "\"2\"", "person.givenName", "Jana",
                "person.familyName", "Berg", "person.email", null));
        assertThat(s.method()).isEqualTo("PUT");
        assertThat(s.path()).isEqualTo("/api/members/m-1/person");
        assertThat(s.headers()).containsEntry("If-Match", "\"2\"");
        assertThat(((Map<?, ?>) s.body()).get("familyName")).isEqualTo("Berg");
    }

    @Test
    void aTrainingsDetailsAreReadInGermanWithAudiencesInTheirOrderAndTopicsSplit() {
        Submission s = new ReviseTrainingForm().submit(CALL, values("etag", "\"3\"", "title", "Calc", "date",
                "09.11.2026", "format", "TRAINING", "audience[0]", "PUBLIC", "audience[1]", "WORKGROUP",
                "audience[2]", "PUBLIC", "hours", "3,5", "topics", "Calc, , Writer ", "provider", null));
        assertThat(s.formatErrors()).isEmpty();
        assertThat(s.method()).isEqualTo("PUT");
        assertThat(s.headers()).containsEntry("If-Match", "\"3\"");
        Map<?, ?> body = (Map<?, ?>) s.body();
        assertThat(body.get("date")).isEqualTo("2026-11-09");
        assertThat(body.get("audience")).isEqualTo(List.of("WORKGROUP", "PUBLIC"));
        assertThat((BigDecimal) body.get("hours")).isEqualByComparingTo("3.5");
        assertThat(body.get("topics")).isEqualTo(List.of("Calc", "Writer"));
    }

    @Test
    void feedbackScoresAreNumbersSeparatedByCommasAndOutcomesOnePerLine() {
        assertThat(new TrainingFeedbackForm().submit(CALL, values("scores", "5, 4;3 2")).body())
                .isEqualTo(Map.of("scores", List.of(5, 4, 3, 2)));
        assertThat(new TrainingFeedbackForm().submit(CALL, values("scores", "5, sehr gut")).formatErrors())
                .containsOnlyKeys("scores");
        assertThat(new TrainingOutcomesForm().submit(CALL, values("outcomes", "Eins\r\n\r\n Zwei ")).body())
                .isEqualTo(Map.of("outcomes", List.of("Eins", "Zwei")));
    }

    @Test
    void aProposalRevisionKeepsItsDependenciesAndCarriesTheEtag() {
        Submission s = new ReviseProposalForm().submit(CALL, values("etag", "\"5\"", "dependencyIds", "d-1,d-2",
                "title", "Neu", "text", "Text", "revisedOn", null));
        assertThat(s.path()).isEqualTo("/api/proposals/m-1");
        assertThat(s.headers()).containsEntry("If-Match", "\"5\"");
        assertThat(((Map<?, ?>) s.body()).get("dependencyIds")).isEqualTo(List.of("d-1", "d-2"));
    }
}
