package de.souveraen.workgroup.oparl;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import de.souveraen.contracts.Json;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import de.souveraen.workgroup.meeting.MeetingDecider;
import de.souveraen.workgroup.member.MemberDecider;
import de.souveraen.workgroup.proposal.ProposalDecider;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OParl lists read from the current-state tables are object for object what the projection of every event
 * ({@link OParlProjector}, how the feed was built before the tables) gives, for anonymous readers and for readers
 * with a role, over all pages.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class OParlTablesMatchProjectionTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AggregateStore store;

    /** Every object of a list, following {@code links.next}. */
    private static ArrayNode all(String list, String token) throws Exception {
        ArrayNode all = Json.mapper().createArrayNode();
        String next = "/oparl/v1.1/body/blankenheim/" + list + "?limit=3";
        while (next != null) {
            var request = token == null ? given() : given().auth().oauth2(token);
            JsonNode page = Json.mapper().readTree(request.get(next).then().statusCode(200).extract().asString());
            page.get("data").forEach(all::add);
            next = page.path("links").hasNonNull("next") ? page.get("links").get("next").asText() : null;
        }
        return all;
    }

    @Test
    void every_list_equals_the_projection_of_the_events() throws Exception {
        OParlApiTest.post("/api/members", "{\"person\":{\"givenName\":\"Paul\",\"familyName\":\"Projektion\"},"
                + "\"affiliation\":{\"type\":\"FACTION\",\"faction\":\"SPD\"},\"role\":\"MEMBER\",\"votingRight\":true,"
                + "\"from\":\"2026-01-01\"}");
        de.souveraen.workgroup.tenancy.MunicipalityData.write(TestTokens.workgroup(), "Projektion");
        AggregateStore blankenheim = store.of("blankenheim");
        for (String token : new String[] {null, TestTokens.council()}) {
            boolean internal = token != null;
            OParlProjector.Catalogue expected = OParlProjector.project(
                    new OParl(RestAssured.baseURI + ":" + RestAssured.port, internal), new OParlProjector.Sources(
                            blankenheim.all(MemberDecider.AGGREGATE).await().atMost(WAIT),
                            blankenheim.all(MeetingDecider.AGGREGATE).await().atMost(WAIT),
                            blankenheim.all(ProposalDecider.AGGREGATE).await().atMost(WAIT),
                            blankenheim.eventsOfType(MemberDecider.AGGREGATE).await().atMost(WAIT),
                            blankenheim.eventsOfType(MeetingDecider.AGGREGATE).await().atMost(WAIT),
                            blankenheim.eventsOfType(ProposalDecider.AGGREGATE).await().atMost(WAIT)));
            for (String list : List.of("organizations", "people", "memberships", "meetings", "agenda-items",
                    "papers", "consultations")) {
                ArrayNode projected = Json.mapper().createArrayNode();
                expected.lists().get(list).forEach(projected::add);
                assertThat(all(list, token)).as("%s (internal %s)", list, internal).isEqualTo(projected);
                assertThat(projected).as(list).isNotEmpty();
            }
            var request = token == null ? given() : given().auth().oauth2(token);
            JsonNode body = Json.mapper().readTree(request.get("/oparl/v1.1/body/blankenheim").then().statusCode(200)
                    .extract().asString());
            assertThat(body).isEqualTo(expected.body());
            JsonNode system = Json.mapper().readTree(given().get("/oparl/v1.1/system").then().statusCode(200)
                    .extract().asString());
            assertThat(system).isEqualTo(expected.system());
        }
    }
}
