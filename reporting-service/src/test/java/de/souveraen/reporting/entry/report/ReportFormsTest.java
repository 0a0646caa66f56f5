package de.souveraen.reporting.entry.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The portal's forms for a section's text and the publication, through the form engine against this service's own
 * API (municipality {@code formtest} of its own): the text is prefilled, saved with the version it was read in, and
 * a problem is shown at its field in German; the council gets no form.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class ReportFormsTest {
    static final String ADMIN = TestTokens.ofMunicipality("formtest", "verwaltung-formtest", "Verwaltung",
            "administration");
    static final String FORM = "/entry/reports/2019-Q1/narratives/risks";

    static String hidden(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as("hidden field %s", name).isTrue();
        return m.group(1).replace("&quot;", "\"");
    }

    @Test
    void the_text_form_saves_the_text_and_shows_problems_in_german() {
        String page = given().auth().oauth2(ADMIN).get(FORM + "?lang=de").then().statusCode(200)
                .contentType("text/html").extract().asString();
        assertThat(page).contains("Text zum Berichtsabschnitt schreiben", "Chancen und Risiken", "<textarea");
        String text = "Die Abhängigkeit vom Bürosoftware-Hersteller bleibt das größte Risiko.";
        var answer = given().auth().oauth2(ADMIN).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("_key", hidden(page, "_key"))
                .formParam("_token", hidden(page, "_token")).formParam("version", hidden(page, "version"))
                .formParam("text", text).post(FORM + "?lang=de").then().extract();
        assertThat(answer.statusCode()).as(answer.body().asString()).isEqualTo(303);
        given().auth().oauth2(ADMIN).get("/api/reports/2019-Q1/narratives").then().statusCode(200)
                .body("narratives.risks", equalTo(text));
        String again = given().auth().oauth2(ADMIN).get(FORM + "?lang=de").then().statusCode(200).extract()
                .asString();
        assertThat(again).contains(text);
        String refused = given().auth().oauth2(ADMIN).contentType("application/x-www-form-urlencoded")
                .formParam("_key", hidden(again, "_key")).formParam("_token", hidden(again, "_token"))
                .formParam("version", hidden(again, "version")).formParam("text", "x".repeat(4001))
                .post(FORM + "?lang=de").then().statusCode(422).extract().asString();
        assertThat(refused).contains("höchstens 4000 Zeichen");
        given().auth().oauth2(TestTokens.council()).get(FORM).then().statusCode(403);
        String publish = given().auth().oauth2(ADMIN).get("/entry/reports/2019-Q1/publication?lang=de").then()
                .statusCode(200).extract().asString();
        assertThat(publish).contains("Quartalsbericht veröffentlichen", "Vorlagennummer", "Federführendes Amt",
                "Sitzung des Rates");
    }
}
