package de.souveraen.reporting.entry.workgroup;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm.Submission;
import de.souveraen.reporting.view.Lang;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the meeting forms send for what was typed: the API's shapes, and format errors at the right field. */
class MeetingFormsTest {
    static final Call CALL = new Call(Lang.DE, Map.of("id", "m-1", "itemId", "i-1"), "", LocalDate.of(2026, 12, 5),
            null, null);

    static Map<String, String> values(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    @Test
    void aVoteByFactionSendsOneTallyPerFactionWithEmptyFieldsAsZero() {
        Submission s = new RecordVoteForm().submit(CALL, values("meeting", null, "item", null, "subject", null,
                "method", "BY_FACTION", "totals.yes", null, "totals.no", null, "totals.abstain", null,
                "factions[0].affiliation", "FACTION:SPD", "factions[0].tally.yes", "2", "factions[0].tally.no", null,
                "factions[0].tally.abstain", null, "factions[1].affiliation", "ADMINISTRATION",
                "factions[1].tally.yes", null, "factions[1].tally.no", "1", "factions[1].tally.abstain", null));
        assertThat(s.formatErrors()).isEmpty();
        assertThat(s.path()).isEqualTo("/api/meetings/m-1/agenda-items/i-1/vote");
        @SuppressWarnings("unchecked")
        Map<String, Object> ballot = (Map<String, Object>) ((Map<String, Object>) s.body()).get("ballot");
        assertThat(ballot.get("method")).isEqualTo("BY_FACTION");
        assertThat(ballot).doesNotContainKey("totals");
        assertThat(ballot.get("factions")).isEqualTo(List.of(
                Map.of("affiliation", mapOf("type", "FACTION", "faction", "SPD"),
                        "tally", Map.of("yes", 2, "no", 0, "abstain", 0)),
                Map.of("affiliation", mapOf("type", "ADMINISTRATION", "faction", null),
                        "tally", Map.of("yes", 0, "no", 1, "abstain", 0))));
    }

    @Test
    void aVoteWithAWordForANumberIsRefusedAtItsField() {
        Submission s = new RecordVoteForm().submit(CALL, values("method", "TOTALS", "totals.yes", "drei",
                "totals.no", "1", "totals.abstain", null));
        assertThat(s.formatErrors()).containsOnlyKeys("totals.yes");
        assertThat(s.formatErrors().get("totals.yes")).contains("ganze Zahl");
    }

    @Test
    void aDecisionCarriesItsRecommendationOnlyWhenOneIsGiven() {
        Submission without = new RecordDecisionForm().submit(CALL, values("outcome", "DEFERRED", "resolution",
                "Vertagt.", "voteId", null, "recommendation.text", null, "recommendation.councilSessionDate", null));
        assertThat(((Map<?, ?>) without.body()).containsKey("recommendation")).isFalse();
        Submission with = new RecordDecisionForm().submit(CALL, values("outcome", "ADOPTED", "resolution",
                "Beschlossen.", "voteId", null, "recommendation.text", "Der Rat möge",
                "recommendation.councilSessionDate", "18.02.2027"));
        assertThat(((Map<?, ?>) with.body()).get("recommendation"))
                .isEqualTo(mapOf("text", "Der Rat möge", "councilSessionDate", "2027-02-18"));
    }

    @Test
    void attendanceSendsTheChosenMembersOnlyAndAsksForOneAtLeast() {
        Submission s = new RecordAttendanceForm().submit(CALL, values("meeting", null, "status-a", "PRESENT",
                "status-b", null, "status-c", "EXCUSED"));
        assertThat(s.body()).isEqualTo(Map.of("entries", List.of(Map.of("memberId", "a", "status", "PRESENT"),
                Map.of("memberId", "c", "status", "EXCUSED"))));
        Submission none = new RecordAttendanceForm().submit(CALL, values("meeting", null, "status-a", null));
        assertThat(none.formatErrors()).containsOnlyKeys("status-a");
        Map<String, String> entered = values("meeting", null, "status-a", "PRESENT", "status-b", null, "status-c",
                "EXCUSED");
        assertThat(new RecordAttendanceForm().fieldOf("entries[1].memberId", entered)).as("the second one sent")
                .isEqualTo("status-c");
        assertThat(new RecordAttendanceForm().fieldOf("entries[0].status", entered)).isEqualTo("status-a");
        assertThat(new RecordAttendanceForm().fieldOf("entries", entered)).isNull();
    }

    @Test
    void aRollCallSendsTheMembersWhoVotedAndEveryCountNamesTheMembersExcludedForBias() {
        Map<String, String> entered = values("method", "ROLL_CALL", "totals.yes", null,
                "members[0].memberId", "a", "members[0].choice", "YES",
                "members[1].memberId", "b", "members[1].choice", null,
                "members[2].memberId", "c", "members[2].choice", "BIAS",
                "members[3].memberId", "d", "members[3].choice", "ABSTAIN");
        Submission s = new RecordVoteForm().submit(CALL, entered);
        assertThat(s.formatErrors()).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) s.body();
        assertThat(body.get("ballot")).isEqualTo(mapOf("method", "ROLL_CALL", "members", List.of(
                Map.of("memberId", "a", "choice", "YES"), Map.of("memberId", "d", "choice", "ABSTAIN"))));
        assertThat(body.get("excludedForBias")).isEqualTo(List.of("c"));

        Submission totals = new RecordVoteForm().submit(CALL, values("method", "TOTALS", "totals.yes", "2",
                "totals.no", null, "totals.abstain", null, "members[0].memberId", "a", "members[0].choice", "BIAS"));
        @SuppressWarnings("unchecked")
        Map<String, Object> ballot = (Map<String, Object>) ((Map<String, Object>) totals.body()).get("ballot");
        assertThat(ballot).doesNotContainKey("members");
        assertThat(((Map<?, ?>) totals.body()).get("excludedForBias")).isEqualTo(List.of("a"));

        // the service names list positions of what was sent; the form shows them at the member's own field
        RecordVoteForm form = new RecordVoteForm();
        assertThat(form.fieldOf("members[1].memberId", entered)).isEqualTo("members[3].choice");
        assertThat(form.fieldOf("excludedForBias[0]", entered)).isEqualTo("members[2].choice");
        assertThat(form.fieldOf("members", entered)).isEqualTo("members[0].choice");
        assertThat(form.fieldOf("totals.yes", entered)).isEqualTo("totals.yes");
    }

    @Test
    void theMinutesAreReplacedUnderTheMeetingsEtagAndLeadToTheMeetingsPage() {
        Submission s = new WriteMinutesForm().submit(CALL, values("meeting", null, "etag", "\"7\"", "text",
                "TOP 1: Bericht.\nEnde 19:40 Uhr."));
        assertThat(s.method()).isEqualTo("PUT");
        assertThat(s.path()).isEqualTo("/api/meetings/m-1/minutes");
        assertThat(s.headers()).containsEntry("If-Match", "\"7\"");
        assertThat(s.body()).isEqualTo(Map.of("text", "TOP 1: Bericht.\nEnde 19:40 Uhr."));
        assertThat(new WriteMinutesForm().done(CALL, null))
                .isEqualTo("/workgroup/meetings/m-1?lang=de&done=workgroup.meetings.minutes");
    }

    @Test
    void anAgendaItemIsRemovedUnderTheMeetingsEtagAndTheLackOfQuorumNeedsNoInput() {
        Submission removal = new RemoveAgendaItemForm().submit(CALL, values("meeting", null, "item", null, "etag",
                "\"3\""));
        assertThat(removal.method()).isEqualTo("DELETE");
        assertThat(removal.path()).isEqualTo("/api/meetings/m-1/agenda-items/i-1");
        assertThat(removal.headers()).containsEntry("If-Match", "\"3\"");
        Submission lack = new RecordQuorumLackForm().submit(CALL, values("meeting", null));
        assertThat(lack.method()).isEqualTo("POST");
        assertThat(lack.path()).isEqualTo("/api/meetings/m-1/quorum-lack");
        assertThat(lack.formatErrors()).isEmpty();
    }

    static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
