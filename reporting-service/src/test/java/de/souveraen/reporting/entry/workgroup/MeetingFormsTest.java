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
    }

    static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
