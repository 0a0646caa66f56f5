package de.souveraen.reporting.entry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.eventstore.text.German;
import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Both CSV imports of the portal are one page ({@link CsvImportPage}) with their own texts, with no write service
 * next to them (the flow through real ones is the stack's browser tests): the bookings import asks for the fiscal
 * year and keeps the chosen one, the dependencies import does not; a form from elsewhere, an empty file and an
 * unreachable service each answer in German that nothing was stored; only the administration gets the page.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class CsvImportPagesTest {
    private static final Pattern HIDDEN = Pattern.compile("name=\"(_key|_token)\" value=\"([^\"]*)\"");

    static String page(String path) {
        return given().auth().oauth2(TestTokens.administration()).get(path + "?lang=de").then().statusCode(200)
                .contentType("text/html").extract().asString();
    }

    static String[] guard(String page) {
        String[] keyAndToken = new String[2];
        Matcher m = HIDDEN.matcher(page);
        while (m.find()) {
            keyAndToken[m.group(1).equals("_key") ? 0 : 1] = m.group(2);
        }
        return keyAndToken;
    }

    @Test
    void the_bookings_import_asks_for_the_year_the_dependencies_import_does_not() {
        int year = LocalDate.now(German.ZONE).getYear();
        String bookings = page("/budget/import");
        assertThat(bookings).contains("Ist-Buchungen aus der Finanzsoftware übernehmen", "id=\"feld-year\"",
                "<option value=\"" + year + "\" selected>", "id=\"feld-file\"", "UTF-8 oder Windows-1252");
        String dependencies = page("/dependencies/import");
        assertThat(dependencies).contains("Abhängigkeiten aus einer CSV-Datei übernehmen", "id=\"feld-file\"",
                "die Spalten wie beim Export dieser Liste").doesNotContain("feld-year");
    }

    @Test
    void a_form_from_elsewhere_an_empty_file_and_an_away_service_store_nothing() {
        int last = LocalDate.now(German.ZONE).getYear() - 1;
        String foreign = given().auth().oauth2(TestTokens.administration()).multiPart("_key", "fremd")
                .multiPart("_token", "fremd").multiPart("step", "check").multiPart("year", String.valueOf(last))
                .multiPart("file", "b.csv", "x".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/budget/import?lang=de").then().statusCode(403).extract().asString();
        assertThat(foreign).contains("nicht aus Ihrer Sitzung im Portal", "Es wurde nichts gebucht.");

        String[] guard = guard(page("/budget/import"));
        String empty = given().auth().oauth2(TestTokens.administration()).multiPart("_key", guard[0])
                .multiPart("_token", guard[1]).multiPart("step", "import").multiPart("year", String.valueOf(last))
                .multiPart("content", "").post("/budget/import?lang=de").then().statusCode(422).extract()
                .asString();
        assertThat(empty).contains("Bitte wählen Sie eine CSV-Datei aus.")
                .contains("<option value=\"" + last + "\" selected>");

        String away = given().auth().oauth2(TestTokens.administration()).multiPart("_key", guard[0])
                .multiPart("_token", guard[1]).multiPart("step", "check").multiPart("year", String.valueOf(last))
                .multiPart("file", "b.csv", "Buchungsdatum;Betrag\r\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/budget/import?lang=de").then().statusCode(503).extract().asString();
        assertThat(away).contains("Der Haushaltsdienst ist gerade nicht erreichbar. Es wurde nichts gebucht.");

        String[] inventory = guard(page("/dependencies/import"));
        String inventoryAway = given().auth().oauth2(TestTokens.administration()).multiPart("_key", inventory[0])
                .multiPart("_token", inventory[1]).multiPart("step", "check")
                .multiPart("file", "d.csv", "Name;Hersteller\r\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/dependencies/import?lang=en").then().statusCode(503).extract().asString();
        assertThat(inventoryAway).contains("The inventory service cannot be reached right now. Nothing was saved.");
    }

    @Test
    void only_the_administration_gets_the_import_pages() {
        for (String path : new String[] {"/budget/import", "/dependencies/import"}) {
            given().auth().oauth2(TestTokens.council()).get(path + "?lang=de").then().statusCode(403);
            given().auth().oauth2(TestTokens.workgroup()).get(path + "?lang=de").then().statusCode(403);
        }
    }
}
