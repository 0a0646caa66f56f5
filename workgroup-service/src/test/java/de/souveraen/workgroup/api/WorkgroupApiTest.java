package de.souveraen.workgroup.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import de.souveraen.contracts.CloudEventHeaders;
import de.souveraen.contracts.Topics;
import de.souveraen.testing.KafkaTopicReader;
import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The working group's API against the real PostgreSQL and Kafka: one meeting's whole life per test. */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
public class WorkgroupApiTest {
    private static final String AG = TestTokens.workgroup();

    static String post(String path, String json) {
        return given().auth().oauth2(AG).contentType(ContentType.JSON).body(json).post(path).then().statusCode(201)
                .extract().path("id");
    }

    static Response postRaw(String path, String json) {
        return given().auth().oauth2(AG).contentType(ContentType.JSON).body(json).post(path);
    }

    static String member(String given, String family, String faction, boolean votingRight) {
        return post("/api/members", "{\"person\":{\"givenName\":\"" + given + "\",\"familyName\":\"" + family
                + "\",\"email\":\"" + given.toLowerCase() + "@example.org\"},\"affiliation\":{\"type\":\"FACTION\","
                + "\"faction\":\"" + faction + "\"},\"role\":\"MEMBER\",\"votingRight\":" + votingRight
                + ",\"from\":\"2026-01-01\"}");
    }

    private static Response postOnce(String path, String json, String key) {
        return given().auth().oauth2(AG).contentType(ContentType.JSON).header("Idempotency-Key", key).body(json)
                .post(path);
    }

    @Test
    void a_retry_with_the_same_idempotency_key_adds_the_member_and_plans_the_training_once() {
        String body = "{\"person\":{\"givenName\":\"Rita\",\"familyName\":\"Retry\",\"email\":\"rita.retry@example.org\"},"
                + "\"affiliation\":{\"type\":\"FACTION\",\"faction\":\"Wiederholer\"},\"role\":\"MEMBER\","
                + "\"votingRight\":true,\"from\":\"2026-01-01\"}";
        Response first = postOnce("/api/members", body, "member-retry");
        first.then().statusCode(201);
        Response again = postOnce("/api/members", body, "member-retry");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat((String) again.path("id")).isEqualTo(first.path("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        postOnce("/api/members", body.replace("Rita", "Rita2"), "member-retry").then().statusCode(422)
                .contentType("application/problem+json").body("field", equalTo("Idempotency-Key"));
        given().auth().oauth2(AG).get("/api/members").then().statusCode(200)
                .body("findAll { it.person.email == 'rita.retry@example.org' }.size()", equalTo(1));

        String training = "{\"title\":\"Wiederholung einmal\",\"date\":\"2026-10-01\",\"format\":\"WORKSHOP\","
                + "\"audience\":[\"ADMINISTRATION\"],\"hours\":2.0,\"topics\":[\"Calc\"],\"provider\":\"VHS\"}";
        Response planned = postOnce("/api/trainings", training, "training-retry");
        planned.then().statusCode(201);
        postOnce("/api/trainings", training, "training-retry").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(planned.path("id")));
        given().auth().oauth2(AG).get("/api/trainings").then().statusCode(200)
                .body("findAll { it.details.title == 'Wiederholung einmal' }.size()", equalTo(1));
    }

    /**
     * The members of the working group on {@code date} (ISO): the test database is shared (other test classes add
     * members, some only from a later date or already gone), so a test that wants everyone present asks for the
     * roster of its meeting's day.
     */
    public static List<String> membersOn(String date) {
        return given().auth().oauth2(AG).get("/api/members").then().statusCode(200).extract().jsonPath().getList(
                "findAll { m -> m.periods.any { p -> p.from <= '" + date + "' && (p.to == null || p.to >= '" + date
                        + "') } }.memberId");
    }

    /** Schedules a meeting with one agenda item, invites, holds it and records who is present: {meeting, item}. */
    static String[] heldMeeting(String title, boolean publicMeeting, List<String> present, String agendaItem) {
        String meeting = post("/api/meetings", "{\"title\":\"" + title + "\",\"start\":\"2026-10-01T18:00:00+02:00\","
                + "\"end\":\"2026-10-01T20:00:00+02:00\",\"place\":\"Rathaus, Sitzungssaal\",\"publicMeeting\":"
                + publicMeeting + "}");
        String item = post("/api/meetings/" + meeting + "/agenda-items", agendaItem);
        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{\"date\":\"2026-09-20\"}")
                .post("/api/meetings/" + meeting + "/invitations").then().statusCode(200);
        StringBuilder entries = new StringBuilder();
        for (String id : present) {
            entries.append(entries.length() == 0 ? "" : ",").append("{\"memberId\":\"").append(id)
                    .append("\",\"status\":\"PRESENT\"}");
        }
        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{}").post("/api/meetings/" + meeting + "/held")
                .then().statusCode(200);
        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{\"entries\":[" + entries + "]}")
                .post("/api/meetings/" + meeting + "/attendance").then().statusCode(200);
        return new String[] {meeting, item};
    }

    @Test
    void from_proposal_to_vote_to_decision_to_council_recommendation() {
        List<String> members = new ArrayList<>();
        members.add(member("Anna", "Adler", "CDU", true));
        members.add(member("Bernd", "Brandt", "SPD", true));
        members.add(member("Carla", "Claus", "Grüne", true));
        String proposal = post("/api/proposals", "{\"reference\":\"V-2026/07\",\"title\":\"Pilot openDesk\","
                + "\"text\":\"Die AG empfiehlt einen Pilotbetrieb.\",\"submitter\":\"Verwaltung\","
                + "\"dependencyIds\":[\"" + UUID.randomUUID() + "\"],\"submittedOn\":\"2026-09-01\"}");
        // the test database is shared: everyone on the roster attends, so the quorum holds whatever other tests added
        List<String> everyone = membersOn("2026-10-01");
        assertThat(everyone).containsAll(members);
        String[] held = heldMeeting("3. Sitzung der AG", true, everyone,
                "{\"title\":\"Pilot openDesk\",\"publicItem\":true,\"proposalId\":\"" + proposal + "\"}");
        String meeting = held[0];
        String item = held[1];
        String vote = post("/api/meetings/" + meeting + "/agenda-items/" + item + "/vote",
                "{\"subject\":\"Empfehlung Pilot\",\"ballot\":{\"method\":\"TOTALS\",\"totals\":{\"yes\":2,\"no\":0,"
                        + "\"abstain\":0}}}");
        Response decision = postRaw("/api/meetings/" + meeting + "/agenda-items/" + item + "/decision",
                "{\"outcome\":\"ADOPTED\",\"resolution\":\"Die AG empfiehlt dem Rat den Pilotbetrieb.\",\"voteId\":\""
                        + vote + "\",\"recommendation\":{\"text\":\"Pilotbetrieb openDesk 2027\","
                        + "\"councilSessionDate\":\"2026-12-10\"}}");
        assertThat(decision.statusCode()).as(decision.asString()).isEqualTo(200);
        given().auth().oauth2(TestTokens.council()).get("/api/meetings/" + meeting).then().statusCode(200)
                .body("status", equalTo("HELD"));
        given().auth().oauth2(TestTokens.administration()).get("/api/proposals").then().statusCode(200)
                .body("proposalId", hasItem(proposal));
    }

    @Test
    void impossible_votes_are_refused() {
        String a = member("Dora", "Dietz", "FDP", true);
        String b = member("Emil", "Ernst", "FDP", false);
        String[] held = heldMeeting("Sondersitzung", false, List.of(a, b), "{\"title\":\"Antrag\",\"publicItem\":false}");
        String meeting = held[0];
        String item = held[1];
        Response tooMany = postRaw("/api/meetings/" + meeting + "/agenda-items/" + item + "/vote",
                "{\"subject\":\"x\",\"ballot\":{\"method\":\"TOTALS\",\"totals\":{\"yes\":7,\"no\":0,\"abstain\":0}}}");
        assertThat(tooMany.statusCode()).as(tooMany.asString()).isIn(409, 422);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        Response noRight = postRaw("/api/meetings/" + meeting + "/agenda-items/" + item + "/vote",
                "{\"subject\":\"x\",\"ballot\":{\"method\":\"ROLL_CALL\",\"members\":[{\"memberId\":\"" + b
                        + "\",\"choice\":\"YES\"}]}}");
        assertThat(noRight.statusCode()).as(noRight.asString()).isIn(409, 422);
        String scheduled = post("/api/meetings", "{\"title\":\"Noch nicht\",\"start\":\"2026-12-01T18:00:00+01:00\","
                + "\"end\":\"2026-12-01T19:00:00+01:00\",\"place\":\"Rathaus\",\"publicMeeting\":true}");
        String later = post("/api/meetings/" + scheduled + "/agenda-items", "{\"title\":\"TOP 1\",\"publicItem\":true}");
        postRaw("/api/meetings/" + scheduled + "/agenda-items/" + later + "/vote",
                "{\"subject\":\"x\",\"ballot\":{\"method\":\"TOTALS\",\"totals\":{\"yes\":1,\"no\":0,\"abstain\":0}}}")
                .then().statusCode(409).body("code", equalTo("meeting-not-held"));
    }

    @Test
    void a_meeting_is_quorate_until_the_lack_of_quorum_is_recorded_then_it_takes_no_votes() {
        String c = member("Frieda", "Fuchs", "UWV", true);
        member("Gustav", "Gerber", "UWV", true);
        String[] held = heldMeeting("Beschlussunfähig", true, List.of(c), "{\"title\":\"TOP 1\",\"publicItem\":true}");
        String meeting = held[0];
        String votePath = "/api/meetings/" + meeting + "/agenda-items/" + held[1] + "/vote";
        String ballot = "{\"subject\":\"x\",\"ballot\":{\"method\":\"TOTALS\",\"totals\":{\"yes\":1,\"no\":0,"
                + "\"abstain\":0}}}";
        post(votePath, ballot);
        given().auth().oauth2(AG).get("/api/meetings/" + meeting).then().statusCode(200)
                .body("quorumLacking", equalTo(false)).body("agenda.items[0].votes[0].result", equalTo("ADOPTED"));
        postRaw("/api/meetings/" + meeting + "/quorum-lack", "{}").then().statusCode(200);
        postRaw(votePath, ballot).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("quorum-lacking"));
        postRaw("/api/meetings/" + meeting + "/quorum-lack", "{}").then().statusCode(409);
        given().auth().oauth2(AG).get("/api/meetings/" + meeting).then().statusCode(200)
                .body("quorumLacking", equalTo(true));
    }

    @Test
    void a_member_excluded_for_bias_does_not_vote_and_is_listed_with_the_vote() {
        String h = member("Hanna", "Hahn", "Befangen", true);
        String i = member("Ida", "Imhof", "Befangen", true);
        String[] held = heldMeeting("Befangenheit", true, List.of(h, i), "{\"title\":\"Bebauungsplan\",\"publicItem\":true}");
        String votePath = "/api/meetings/" + held[0] + "/agenda-items/" + held[1] + "/vote";
        postRaw(votePath, "{\"ballot\":{\"method\":\"ROLL_CALL\",\"members\":[{\"memberId\":\"" + h
                + "\",\"choice\":\"YES\"}]},\"excludedForBias\":[\"" + h + "\"]}").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("excluded-for-bias"))
                .body("field", equalTo("members[0].memberId"));
        postRaw(votePath, "{\"ballot\":{\"method\":\"TOTALS\",\"totals\":{\"yes\":1,\"no\":0,\"abstain\":0}},"
                + "\"excludedForBias\":[\"" + UUID.randomUUID() + "\"]}").then().statusCode(422)
                .body("field", equalTo("excludedForBias[0]"));
        post(votePath, "{\"ballot\":{\"method\":\"ROLL_CALL\",\"members\":[{\"memberId\":\"" + i
                + "\",\"choice\":\"YES\"}]},\"excludedForBias\":[\"" + h + "\"]}");
        given().auth().oauth2(AG).get("/api/meetings/" + held[0]).then().statusCode(200)
                .body("agenda.items[0].votes[0].excludedForBias", equalTo(List.of(h)))
                .body("agenda.items[0].votes[0].notVoting", not(hasItem(h)));
    }

    @Test
    void roles_validation_and_not_found() {
        String body = "{\"title\":\"Rollen\",\"start\":\"2026-11-01T18:00:00+01:00\",\"end\":\"2026-11-01T19:00:00+01:00\","
                + "\"place\":\"Rathaus\",\"publicMeeting\":true}";
        for (String token : List.of(TestTokens.administration(), TestTokens.council())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/meetings").then()
                    .statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).get("/api/meetings").then().statusCode(200);
            given().auth().oauth2(token).get("/api/trainings").then().statusCode(200);
        }
        given().contentType(ContentType.JSON).body(body).post("/api/meetings").then().statusCode(401);
        given().get("/api/members").then().statusCode(401);
        Response badEnd = postRaw("/api/meetings", body.replace("2026-11-01T19:00:00+01:00", "2026-11-01T17:00:00+01:00"));
        assertThat(badEnd.statusCode()).as(badEnd.asString()).isIn(400, 422);
        assertThat(badEnd.jsonPath().getString("field")).isEqualTo("end");
        postRaw("/api/meetings", body.replace("}", ",\"secret\":1}")).then().statusCode(400)
                .body("field", equalTo("secret"));
        postRaw("/api/members", "{\"person\":{\"givenName\":\"\",\"familyName\":\"X\"},\"affiliation\":{\"type\":"
                + "\"FACTION\",\"faction\":\"CDU\"},\"role\":\"MEMBER\",\"votingRight\":true}").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(422)))
                .contentType("application/problem+json");
        given().auth().oauth2(AG).get("/api/meetings/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        postRaw("/api/meetings/" + UUID.randomUUID() + "/agenda-items", "{\"title\":\"x\",\"publicItem\":true}")
                .then().statusCode(404);
    }

    @Test
    void trainings_record_participants_hours_and_satisfaction() {
        String training = post("/api/trainings", "{\"title\":\"LibreOffice für die Verwaltung\",\"date\":"
                + "\"2026-06-15\",\"format\":\"WORKSHOP\",\"audience\":[\"ADMINISTRATION\"],\"hours\":4.0,"
                + "\"topics\":[\"Writer\",\"Calc\"],\"provider\":\"VHS\"}");
        given().auth().oauth2(AG).contentType(ContentType.JSON)
                .body("{\"date\":\"2026-06-15\",\"participants\":14,\"hours\":4.0}")
                .post("/api/trainings/" + training + "/held").then().statusCode(200);
        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{\"scores\":[5,4,4,5]}")
                .post("/api/trainings/" + training + "/feedback").then().statusCode(200);
        given().auth().oauth2(AG).contentType(ContentType.JSON).body("{\"scores\":[9]}")
                .post("/api/trainings/" + training + "/feedback").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(422)));
        given().auth().oauth2(TestTokens.council()).get("/api/trainings").then().statusCode(200)
                .body("find { it.trainingId == '" + training + "' }.participants", equalTo(14));
    }

    /**
     * Writes answer by kind: creating a training, a member or an agenda item is a 201 with a Location that can be
     * read; recording that the training was held is a change, 200 with {id, version} and no Location. Reads of one
     * aggregate carry its ETag; a change with a stale If-Match is a 412 and writes nothing, with the current ETag it
     * is accepted and answers the next ETag.
     */
    @Test
    void creations_answer_201_with_location_changes_200_with_etag_and_a_stale_if_match_writes_nothing() {
        Response planned = postRaw("/api/trainings", "{\"title\":\"ETag-Schulung\",\"date\":\"2026-03-02\","
                + "\"format\":\"WORKSHOP\",\"audience\":[\"WORKGROUP\"],\"hours\":3,\"topics\":[\"Nextcloud\"]}");
        planned.then().statusCode(201).header("ETag", "\"1\"").body("version", equalTo(1));
        String training = planned.path("id");
        String location = planned.header("Location");
        assertThat(location).endsWith("/api/trainings/" + training);
        given().auth().oauth2(AG).get(location).then().statusCode(200).header("ETag", "\"1\"")
                .body("trainingId", equalTo(training)).body("status", equalTo("PLANNED"));

        String held = "{\"date\":\"2026-03-02\",\"participants\":8,\"hours\":3}";
        given().auth().oauth2(AG).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(held)
                .post("/api/trainings/" + training + "/held").then().statusCode(412)
                .contentType("application/problem+json").body("code", equalTo("stale-version"));
        given().auth().oauth2(AG).get("/api/trainings/" + training).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("PLANNED"));

        Response changed = given().auth().oauth2(AG).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(held).post("/api/trainings/" + training + "/held");
        changed.then().statusCode(200).header("ETag", "\"2\"").body("id", equalTo(training))
                .body("version", equalTo(2));
        assertThat(changed.header("Location")).isNull();
        given().auth().oauth2(AG).get("/api/trainings/" + training).then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("HELD")).body("participants", equalTo(8));
        given().auth().oauth2(AG).get("/api/trainings/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("training-not-found"));

        Response member = postRaw("/api/members", "{\"person\":{\"givenName\":\"Egon\",\"familyName\":\"Etag\","
                + "\"email\":\"egon.etag@example.org\"},\"affiliation\":{\"type\":\"FACTION\",\"faction\":\"Etag\"},"
                + "\"role\":\"MEMBER\",\"votingRight\":true,\"from\":\"2026-01-01\"}");
        member.then().statusCode(201);
        given().auth().oauth2(AG).get(member.header("Location")).then().statusCode(200).header("ETag", "\"1\"")
                .body("memberId", equalTo(member.path("id")));
        Response left = given().auth().oauth2(AG).contentType(ContentType.JSON)
                .body("{\"to\":\"2026-06-30\",\"reason\":\"Umzug\"}").post("/api/members/" + member.path("id") + "/leave");
        left.then().statusCode(200).header("ETag", "\"2\"").body("id", equalTo(member.path("id")));
        assertThat(left.header("Location")).isNull();

        String proposal = post("/api/proposals", "{\"reference\":\"V-2026/55\",\"title\":\"ETag\",\"text\":\"T\","
                + "\"submitter\":\"Verwaltung\",\"submittedOn\":\"2026-02-01\"}");
        given().auth().oauth2(AG).get("/api/proposals/" + proposal).then().statusCode(200).header("ETag", "\"1\"")
                .body("proposalId", equalTo(proposal));

        String meeting = post("/api/meetings", "{\"title\":\"ETag-Sitzung\",\"start\":\"2026-04-01T18:00:00+02:00\","
                + "\"end\":\"2026-04-01T20:00:00+02:00\",\"place\":\"Rathaus\",\"publicMeeting\":true}");
        Response item = postRaw("/api/meetings/" + meeting + "/agenda-items", "{\"title\":\"TOP 1\",\"publicItem\":true}");
        item.then().statusCode(201).header("ETag", "\"2\"");
        assertThat(item.header("Location")).endsWith("/api/meetings/" + meeting);
        given().auth().oauth2(AG).get(item.header("Location")).then().statusCode(200).header("ETag", "\"2\"")
                .body("agenda.items.id", hasItem((String) item.path("id")));
        given().auth().oauth2(AG).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"date\":\"2026-03-20\"}").post("/api/meetings/" + meeting + "/invitations").then()
                .statusCode(412).body("code", equalTo("stale-version"));
        given().auth().oauth2(AG).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body("{\"date\":\"2026-03-20\"}").post("/api/meetings/" + meeting + "/invitations").then()
                .statusCode(200).header("ETag", "\"3\"").body("id", equalTo(meeting));
        String removed = "/api/meetings/" + meeting + "/agenda-items/" + item.path("id");
        given().auth().oauth2(AG).header("If-Match", "\"2\"").delete(removed).then().statusCode(412)
                .body("code", equalTo("stale-version"));
        given().auth().oauth2(AG).header("If-Match", "\"3\"").delete(removed).then().statusCode(204)
                .header("ETag", "\"4\"");
        given().auth().oauth2(AG).get("/api/meetings/" + meeting).then().statusCode(200).header("ETag", "\"4\"")
                .body("agenda.items", org.hamcrest.Matchers.empty());
    }

    /** The input rules answer the kernel's codes: hours are not-positive or too-large, a title too-long. */
    @Test
    void input_rules_answer_the_unified_codes() {
        String training = "{\"title\":\"Codes\",\"date\":\"2026-03-02\",\"format\":\"WORKSHOP\","
                + "\"audience\":[\"WORKGROUP\"],\"hours\":HOURS,\"topics\":[\"Codes\"]}";
        postRaw("/api/trainings", training.replace("HOURS", "0")).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("not-positive"))
                .body("field", equalTo("hours"));
        postRaw("/api/trainings", training.replace("HOURS", "500.01")).then().statusCode(422)
                .body("code", equalTo("too-large")).body("field", equalTo("hours"));
        postRaw("/api/trainings", training.replace("HOURS", "2").replace("\"Codes\",\"date", "\"" + "x".repeat(201)
                + "\",\"date")).then().statusCode(422).body("code", equalTo("too-long")).body("field", equalTo("title"));
        given().auth().oauth2(AG).get("/api/trainings").then().statusCode(200)
                .body("findAll { it.details.topics.contains('Codes') }.size()", equalTo(0));
    }

    @Test
    void the_calendar_lists_public_meetings_escaped_and_folded() {
        String title = "Sitzung; Haushalt, Pilot \\\\ Teil 2 – mit einer sehr langen Überschrift, die umbrechen muss";
        post("/api/meetings", "{\"title\":\"" + title + "\",\"start\":\"2026-11-05T18:00:00+01:00\","
                + "\"end\":\"2026-11-05T20:00:00+01:00\",\"place\":\"Rathaus\",\"publicMeeting\":true}");
        post("/api/meetings", "{\"title\":\"Geheime Runde\",\"start\":\"2026-11-06T18:00:00+01:00\","
                + "\"end\":\"2026-11-06T20:00:00+01:00\",\"place\":\"Rathaus\",\"publicMeeting\":false}");
        String ics = given().get("/api/meetings.ics").then().statusCode(200).contentType(startsWith("text/calendar"))
                .extract().asString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).doesNotContain("Geheime Runde");
        assertThat(ics).contains("DTSTART:20261105T170000Z");
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Sitzung\\; Haushalt\\, Pilot \\\\ Teil 2 – mit einer sehr langen");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void changes_reach_the_workgroup_topic() {
        String id = member("Fritz", "Funk", "Linke", true);
        try (KafkaTopicReader reader = new KafkaTopicReader(SouveraenTestResource.kafkaBootstrapServers(),
                Topics.WORKGROUP)) {
            var records = reader.readUntil(all -> all.stream().anyMatch(r -> ("blankenheim/member-" + id).equals(r.key())),
                    Duration.ofSeconds(30));
            var record = records.stream().filter(r -> ("blankenheim/member-" + id).equals(r.key())).findFirst().orElseThrow();
            assertThat(new String(record.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8))
                    .startsWith("workgroup.");
        }
    }
}
