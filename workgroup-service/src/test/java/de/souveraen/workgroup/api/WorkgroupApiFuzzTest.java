package de.souveraen.workgroup.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.ApiFuzzer;
import de.souveraen.testing.HostileTextCheck;
import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Property-based fuzzing of every operation in this service's OpenAPI document with a token of a role allowed to
 * call it (so validation answers): no 5xx, every error problem+json with code and title, no state changed by a
 * refused request. 10,000 requests by default ({@code -Dfuzz.tries}, {@code -Dfuzz.seed}).
 */
@QuarkusTest
// its own database: the requests it gets accepted must not disturb the other tests' data
@QuarkusTestResource(value = SouveraenTestResource.class, initArgs = @io.quarkus.test.common.ResourceArg(
        name = SouveraenTestResource.DATABASE_ARG, value = "fuzz"))
class WorkgroupApiFuzzTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void generated_hostile_requests_never_break_the_service() {
        ApiFuzzer.Outcome outcome = ApiFuzzer.check("workgroup", base, operation -> TestTokens.workgroup(),
                List.of("/api/live"));
        assertThat(outcome.statuses().keySet()).as("the service answered the generated requests")
                .anyMatch(status -> status >= 400 && status < 500);
    }

    /**
     * Hostile text in every free-text member of every write is stored exactly as given when the write is accepted
     * ({@link HostileTextCheck}). A proposal, a held training, a scheduled meeting and a held one (everyone present,
     * two agenda items with a vote each), a second scheduled meeting, open proposals, planned trainings and then two
     * members who may leave come first, so the writes have something
     * to refer to; e-mail addresses, meeting times, dates after the meeting and ballots (faction names must be the roster's)
     * get valid values.
     */
    @Test
    void hostile_text_in_every_text_field_is_stored_as_given() {
        String member = WorkgroupApiTest.member("Hanna", "Host", "CDU", true);
        String proposal = WorkgroupApiTest.post("/api/proposals", "{\"reference\":\"V-2026/99\",\"title\":\"T\","
                + "\"text\":\"T\",\"submitter\":\"Verwaltung\",\"submittedOn\":\"2026-09-01\"}");
        String training = WorkgroupApiTest.post("/api/trainings", "{\"title\":\"T\",\"date\":\"2026-05-04\","
                + "\"format\":\"WORKSHOP\",\"audience\":[\"WORKGROUP\"],\"hours\":2,\"topics\":[\"Linux\"]}");
        WorkgroupApiTest.postRaw("/api/trainings/" + training + "/held", "{\"date\":\"2026-05-04\",\"participants\":9,"
                + "\"hours\":2}").then().statusCode(200);
        String scheduled = WorkgroupApiTest.post("/api/meetings", "{\"title\":\"S\",\"start\":\"2026-10-01T18:00:00+02:00\","
                + "\"end\":\"2026-10-01T20:00:00+02:00\",\"place\":\"Rathaus\",\"publicMeeting\":true}");
        // two more scheduled meetings, so that one can still be moved after two were cancelled
        String moved = WorkgroupApiTest.post("/api/meetings", "{\"title\":\"M\",\"start\":\"2026-10-01T18:00:00+02:00\","
                + "\"end\":\"2026-10-01T20:00:00+02:00\",\"place\":\"Rathaus\",\"publicMeeting\":true}");
        String movedToo = WorkgroupApiTest.post("/api/meetings", "{\"title\":\"N\",\"start\":"
                + "\"2026-10-01T18:00:00+02:00\",\"end\":\"2026-10-01T20:00:00+02:00\",\"place\":\"Rathaus\","
                + "\"publicMeeting\":true}");
        // open proposals to revise and withdraw, planned trainings to revise and cancel
        List<String> proposals = List.of(proposal("V-2026/97"), proposal("V-2026/98"));
        // two of the planned ones may be cancelled before a revision comes up: enough stay planned to revise
        List<String> trainings = List.of(training, planned(), planned(), planned(), planned(), planned());
        List<String> everyone = WorkgroupApiTest.membersOn("2026-10-01");
        String[] held = WorkgroupApiTest.heldMeeting("H", true, everyone, "{\"title\":\"A\",\"publicItem\":true}");
        String second = WorkgroupApiTest.post("/api/meetings/" + held[0] + "/agenda-items",
                "{\"title\":\"B\",\"publicItem\":true}");
        List<String> votes = List.of(vote(held[0], held[1]), vote(held[0], second));
        // an item without a vote of its own: no decision can close it, so a vote on it stays possible
        String third = WorkgroupApiTest.post("/api/meetings/" + held[0] + "/agenda-items",
                "{\"title\":\"C\",\"publicItem\":true}");
        List<String> leavers = List.of(WorkgroupApiTest.member("Ina", "Host", "SPD", true),
                WorkgroupApiTest.member("Jan", "Host", "SPD", true));
        // one measure with enough milestones to reach or drop each once (its closure is checked in MeasureApiTest:
        // closed, the measure would take nothing more)
        String measure = WorkgroupApiTest.post("/api/measures", "{\"title\":\"M\",\"mandate\":\"FURTHER\","
                + "\"responsible\":\"IT\"}");
        List<String> milestones = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            milestones.add(WorkgroupApiTest.post("/api/measures/" + measure + "/milestones", "{\"title\":\"S" + i
                    + "\",\"due\":\"2026-06-30\"}"));
        }
        measures = List.of(measure);
        this.milestones = milestones;
        // a decision is refused for the scheduled meeting, the other item's vote, an outcome the vote contradicts or
        // a recommendation it does not allow: 12 rounds can miss its one valid combination, and 36 did once, so it gets 72 (the held
        // meeting is named twice among the meetings, so that it is picked as often as the two scheduled ones)
        String rounds = System.getProperty("hostile.rounds");
        System.setProperty("hostile.rounds", rounds == null ? "72" : rounds);
        try {
            check(member, proposal, proposals, trainings,
                    List.of(scheduled, moved, movedToo, held[0], held[0], held[0]),
                    everyone, held, List.of(held[1], second, third),
                    votes, leavers);
        } finally {
            if (rounds == null) {
                System.clearProperty("hostile.rounds");
            }
        }
    }

    private void check(String member, String proposal, List<String> proposals, List<String> trainings,
            List<String> meetings, List<String> everyone, String[] held, List<String> items, List<String> votes,
            List<String> leavers) {
        HostileTextCheck.check("workgroup", base, operation -> TestTokens.workgroup(),
                List.of("/api/live", "/api/measures/{id}/closure"),
                Map.ofEntries(Map.entry("members/id", leavers), Map.entry("meetings/id", meetings),
                        Map.entry("trainings/id", trainings), Map.entry("proposals/id", proposals), Map.entry("itemId", items),
                        Map.entry("agendaItemId", items), Map.entry("memberId", everyone),
                        Map.entry("ownerMemberId", List.of(member)), Map.entry("submitterMemberId", List.of(member)),
                        Map.entry("proposalId", List.of(proposal)), Map.entry("voteId", votes),
                        Map.entry("ballot", List.of(TOTALS)),
                        Map.entry("email", List.of("h1@example.org", "h2@example.org", "h3@example.org")),
                        Map.entry("start", List.of("2026-10-01T18:00:00+02:00")),
                        Map.entry("end", List.of("2026-10-01T20:00:00+02:00")),
                        Map.entry("dueDate", List.of("2026-11-15")), Map.entry("councilSessionDate", List.of("2026-12-10")),
                        Map.entry("measures/id", measures), Map.entry("milestoneId", milestones),
                        Map.entry("budgetLine", List.of("PILOT")), Map.entry("due", List.of("2026-09-30")),
                        Map.entry("reachedOn", List.of("2026-05-04"))),
                Map.of(), Map.of());
    }

    private List<String> measures = List.of();
    private List<String> milestones = List.of();

    private static final String TOTALS = "{\"method\":\"TOTALS\",\"totals\":{\"yes\":1,\"no\":0,\"abstain\":0}}";

    private static String proposal(String reference) {
        return WorkgroupApiTest.post("/api/proposals", "{\"reference\":\"" + reference + "\",\"title\":\"T\","
                + "\"text\":\"T\",\"submitter\":\"Verwaltung\",\"submittedOn\":\"2026-09-01\"}");
    }

    private static String planned() {
        return WorkgroupApiTest.post("/api/trainings", "{\"title\":\"P\",\"date\":\"2026-11-04\","
                + "\"format\":\"WORKSHOP\",\"audience\":[\"WORKGROUP\"],\"hours\":2,\"topics\":[\"Linux\"]}");
    }

    private static String vote(String meeting, String item) {
        return WorkgroupApiTest.post("/api/meetings/" + meeting + "/agenda-items/" + item + "/vote",
                "{\"subject\":\"S\",\"ballot\":" + TOTALS + "}");
    }
}
