package de.souveraen.workgroup.tenancy;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;

/**
 * A municipality's working group written through the API with one of its tokens: a member, a proposal, a public
 * meeting with a public item on the proposal, a non-public item and a removed one, a non-public meeting, a training.
 * Titles carry the municipality and a unique suffix, so a leak shows up as text.
 */
public record MunicipalityData(String token, String tag, String member, String proposal, String meeting,
        String item, String secretItem, String removedItem, String closedMeeting, String training) {

    static String post(String token, String path, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).post(path).then().statusCode(201)
                .extract().path("id");
    }

    /** Writes the data with {@code token} (role workgroup); {@code name} goes into every title. */
    public static MunicipalityData write(String token, String name) {
        String tag = name + "-" + System.nanoTime();
        String member = post(token, "/api/members", "{\"person\":{\"givenName\":\"Mia\",\"familyName\":\"" + tag
                + "\",\"email\":\"mia@example.org\"},\"affiliation\":{\"type\":\"FACTION\",\"faction\":\"" + name
                + "\"},\"role\":\"MEMBER\",\"votingRight\":true,\"from\":\"2026-01-01\"}");
        String proposal = post(token, "/api/proposals", "{\"reference\":\"V-" + tag + "\",\"title\":\"Vorlage " + tag
                + "\",\"text\":\"t\",\"submitter\":\"Verwaltung\",\"dependencyIds\":[],\"submittedOn\":\"2026-08-01\"}");
        String meeting = post(token, "/api/meetings", "{\"title\":\"Sitzung " + tag + "\",\"start\":"
                + "\"2026-09-03T18:00:00+02:00\",\"end\":\"2026-09-03T20:00:00+02:00\",\"place\":\"Rathaus\","
                + "\"publicMeeting\":true}");
        String item = post(token, "/api/meetings/" + meeting + "/agenda-items", "{\"title\":\"Punkt " + tag
                + "\",\"publicItem\":true,\"proposalId\":\"" + proposal + "\"}");
        String secretItem = post(token, "/api/meetings/" + meeting + "/agenda-items", "{\"title\":\"Geheim " + tag
                + "\",\"publicItem\":false}");
        String removedItem = post(token, "/api/meetings/" + meeting + "/agenda-items", "{\"title\":\"Entfällt " + tag
                + "\",\"publicItem\":true}");
        given().auth().oauth2(token).delete("/api/meetings/" + meeting + "/agenda-items/" + removedItem).then()
                .statusCode(204);
        String closedMeeting = post(token, "/api/meetings", "{\"title\":\"Nichtöffentlich " + tag + "\",\"start\":"
                + "\"2026-09-04T18:00:00+02:00\",\"end\":\"2026-09-04T20:00:00+02:00\",\"place\":\"Rathaus\","
                + "\"publicMeeting\":false}");
        String training = post(token, "/api/trainings", "{\"title\":\"Schulung " + tag + "\",\"date\":\"2026-06-15\","
                + "\"format\":\"WORKSHOP\",\"audience\":[\"ADMINISTRATION\"],\"hours\":4.0,\"topics\":[\"Writer\"],"
                + "\"provider\":\"VHS\"}");
        return new MunicipalityData(token, tag, member, proposal, meeting, item, secretItem, removedItem,
                closedMeeting, training);
    }

    /** Every id and title of this data: none may show up in another municipality's answers. */
    public List<String> traces() {
        return List.of(tag, member, proposal, meeting, item, secretItem, removedItem, closedMeeting, training);
    }
}
