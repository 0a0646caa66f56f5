package de.souveraen.reporting.municipality;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The registry of municipalities over HTTP: only the provider writes (403 for everybody else), bad input is a
 * problem+json naming the field, every signed-in person reads their own municipality, and the registered name and
 * coat of arms appear on the municipality's pages.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class MunicipalityRegistryTest {
    private static final String PROVIDER = TestTokens.withRoles("provider", "Betrieb", "provider");
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 12\">"
            + "<path d=\"M0 0h10v7l-5 5-5-5z\" fill=\"#10549c\"/></svg>";

    private static Map<String, Object> kall() {
        return Map.of("key", "kall", "name", "Gemeinde Kall", "councilName", "Rat der Gemeinde Kall",
                "defaultAnnualBudget", 8000, "roadmapFirst", "2026-Q1", "roadmapLast", "2027-Q4");
    }

    @Test
    void only_the_provider_writes_the_registry() {
        for (String token : new String[] {TestTokens.administration(), TestTokens.council(), TestTokens.workgroup(),
                TestTokens.roleLess()}) {
            given().auth().oauth2(token).contentType("application/json").body(kall()).post("/api/municipalities")
                    .then().statusCode(403);
            given().auth().oauth2(token).get("/api/municipalities").then().statusCode(403);
            given().auth().oauth2(token).contentType("image/svg+xml").body(SVG)
                    .put("/api/municipalities/blankenheim/coat-of-arms").then().statusCode(403);
        }
        given().contentType("application/json").body(kall()).post("/api/municipalities").then().statusCode(401);
        given().get("/api/municipality").then().statusCode(401);
    }

    @Test
    void the_provider_registers_and_changes_a_municipality_and_its_people_read_it() {
        given().auth().oauth2(PROVIDER).contentType("application/json").body(kall()).post("/api/municipalities")
                .then().statusCode(201).header("Location", "/api/municipalities/kall").header("ETag", "\"1\"");
        given().auth().oauth2(PROVIDER).contentType("application/json").body(kall()).post("/api/municipalities")
                .then().statusCode(409).body("code", equalTo("already-registered"));
        given().auth().oauth2(PROVIDER).get("/api/municipalities").then().statusCode(200)
                .body("key", hasItem("kall"));
        given().auth().oauth2(PROVIDER).get("/api/municipalities/kall").then().statusCode(200)
                .header("ETag", "\"1\"").body("councilName", equalTo("Rat der Gemeinde Kall"))
                .body("roadmapLast", equalTo("2027-Q4"));
        given().auth().oauth2(PROVIDER).get("/api/municipalities/unbekannt").then().statusCode(404);

        Map<String, Object> change = Map.of("name", "Gemeinde Kall (Eifel)", "councilName", "Gemeinderat Kall",
                "defaultAnnualBudget", 9000, "roadmapFirst", "2026-Q1", "roadmapLast", "2027-Q4");
        given().auth().oauth2(PROVIDER).contentType("application/json").body(change).put("/api/municipalities/kall")
                .then().statusCode(428);
        given().auth().oauth2(PROVIDER).contentType("application/json").header("If-Match", "\"1\"").body(change)
                .put("/api/municipalities/kall").then().statusCode(200).header("ETag", "\"2\"");
        given().auth().oauth2(PROVIDER).contentType("application/json").header("If-Match", "\"1\"").body(change)
                .put("/api/municipalities/kall").then().statusCode(412);

        String kallCouncil = TestTokens.ofMunicipality("kall", "rat-kall", "Rat Kall", "council");
        given().auth().oauth2(kallCouncil).get("/api/municipality").then().statusCode(200)
                .body("key", equalTo("kall")).body("name", equalTo("Gemeinde Kall (Eifel)"))
                .body("councilName", equalTo("Gemeinderat Kall")).body("registered", equalTo(true));
        // unregistered: the name derived from the key, no set-up needed
        given().auth().oauth2(TestTokens.roleLess()).get("/api/municipality").then().statusCode(200)
                .body("key", equalTo("blankenheim")).body("name", equalTo("Gemeinde Blankenheim"))
                .body("councilName", equalTo("Rat der Gemeinde Blankenheim")).body("registered", equalTo(false));
        given().get("/kall/").then().statusCode(200).body(containsString("Gemeinde Kall (Eifel)"))
                .body(containsString("Gemeinderat Kall")).body(containsString("Roadmap 2026-Q1 bis 2027-Q4"));
    }

    @Test
    void bad_input_is_a_problem_naming_its_field() {
        Object[][] cases = {
                {Map.of("key", "Kall!", "name", "Gemeinde", "councilName", "Rat"), "key", "invalid-key"},
                {Map.of("key", "reports", "name", "Gemeinde", "councilName", "Rat"), "key", "reserved-key"},
                {Map.of("key", "mechernich", "councilName", "Rat"), "name", "required"},
                {Map.of("key", "mechernich", "name", "Gemeinde", "councilName", "Rat", "defaultAnnualBudget", -5),
                        "defaultAnnualBudget", "negative"},
                {Map.of("key", "mechernich", "name", "Gemeinde", "councilName", "Rat", "roadmapFirst", "2027-Q1",
                        "roadmapLast", "2026-Q1"), "roadmapLast", "window-reversed"}};
        for (Object[] c : cases) {
            given().auth().oauth2(PROVIDER).contentType("application/json").body(c[0]).post("/api/municipalities")
                    .then().statusCode(422).contentType("application/problem+json").body("field", equalTo(c[1]))
                    .body("code", equalTo(c[2]));
        }
        given().auth().oauth2(PROVIDER).contentType("application/json").post("/api/municipalities").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_coat_of_arms_is_checked_served_safely_and_shown_in_the_header() {
        given().auth().oauth2(PROVIDER).contentType("application/json").body(Map.of("key", "hellenthal", "name",
                "Gemeinde Hellenthal", "councilName", "Rat der Gemeinde Hellenthal")).post("/api/municipalities")
                .then().statusCode(201);
        given().get("/hellenthal/wappen").then().statusCode(404);
        given().auth().oauth2(PROVIDER).contentType("image/svg+xml")
                .body("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")
                .put("/api/municipalities/hellenthal/coat-of-arms").then().statusCode(422)
                .contentType("application/problem+json").body("field", equalTo("coatOfArms"))
                .body("code", equalTo("unsafe-picture"));
        given().auth().oauth2(PROVIDER).contentType("text/html").body("<p>x</p>")
                .put("/api/municipalities/hellenthal/coat-of-arms").then().statusCode(422)
                .body("code", equalTo("unsupported-type"));
        given().auth().oauth2(PROVIDER).contentType("image/svg+xml").body(SVG)
                .put("/api/municipalities/unbekannt/coat-of-arms").then().statusCode(404);
        given().auth().oauth2(PROVIDER).contentType("image/svg+xml").body(SVG)
                .put("/api/municipalities/hellenthal/coat-of-arms").then().statusCode(200);

        var picture = given().get("/hellenthal/wappen").then().statusCode(200).contentType("image/svg+xml")
                .header("X-Content-Type-Options", "nosniff").extract();
        assertThat(picture.header("Content-Security-Policy")).contains("sandbox").contains("default-src 'none'");
        assertThat(new String(picture.asByteArray(), StandardCharsets.UTF_8)).isEqualTo(SVG);
        given().get("/hellenthal/").then().statusCode(200)
                .body(containsString("<img class=\"arms\" src=\"/hellenthal/wappen\" alt=\"\""))
                .body(containsString("Gemeinde Hellenthal"));
        given().auth().oauth2(PROVIDER).get("/api/municipalities/hellenthal").then().statusCode(200)
                .body("coatOfArms", equalTo("/hellenthal/wappen"));
    }
}
