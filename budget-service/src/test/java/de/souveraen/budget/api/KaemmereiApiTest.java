package de.souveraen.budget.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The Kämmerei's rules against the real PostgreSQL and Kafka: NKF classification, carry-over with open
 * commitments (§ 22 KomHVO NRW), and the import of actual bookings from the finance software. Years 2070–2079.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class KaemmereiApiTest {
    private static final String ADMIN = TestTokens.administration();

    private static void adopt(int year, String lines) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"fiscalYear\":" + year
                + ",\"title\":\"Digitale Souveränität " + year + "\",\"resolution\":\"Ratsbeschluss " + year
                + "/1\",\"adoptedOn\":\"" + (year - 1) + "-12-15\",\"lines\":[" + lines + "]}")
                .post("/api/budgets").then().statusCode(201);
    }

    private static Response overview(int year) {
        return given().auth().oauth2(TestTokens.council()).get("/api/budgets/" + year);
    }

    private static Response importCsv(int year, byte[] file, boolean dryRun) {
        return given().auth().oauth2(ADMIN).contentType("text/csv").body(file)
                .post("/api/budgets/" + year + "/imports" + (dryRun ? "?dryRun=true" : ""));
    }

    @Test
    void lines_carry_produkt_and_sachkonto_shown_in_the_overview_and_the_fiscal_data_package() {
        adopt(2070, "{\"code\":\"ANALYSE\",\"title\":\"Analyse\",\"amount\":3000.00,\"produkt\":\"01.11.03\","
                + "\"sachkonto\":\"542900\"},{\"code\":\"SERVER\",\"title\":\"Server\",\"amount\":9000.00}");
        overview(2070).then().statusCode(200)
                .body("lines.find { it.code == 'ANALYSE' }.produkt", equalTo("01.11.03"))
                .body("lines.find { it.code == 'ANALYSE' }.sachkonto", equalTo("542900"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"produkt\":\"01.11.03\",\"sachkonto\":\"442900\"}")
                .post("/api/budgets/2070/lines/SERVER/classification").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("sachkonto-class"))
                .body("field", equalTo("sachkonto"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"produkt\":\"01.11.03\",\"sachkonto\":\"783100\",\"reference\":\"Vfg. 2070/2\","
                        + "\"classifiedOn\":\"2070-01-10\"}")
                .post("/api/budgets/2070/lines/SERVER/classification").then().statusCode(200);
        overview(2070).then().body("lines.find { it.code == 'SERVER' }.sachkonto", equalTo("783100"));
        given().get("/api/public/blankenheim/budgets/2070/fiscal-data-package/datapackage.json").then()
                .statusCode(200)
                .body("resources[0].schema.fields.columnType", hasItem("functional-classification:generic:code"))
                .body("resources[0].schema.fields.columnType", hasItem("economic-classification:generic:code"));
        given().get("/api/public/blankenheim/budgets/2070/fiscal-data-package/budget.csv").then().statusCode(200)
                .body(containsString("2070,SERVER,Server,01.11.03,783100,9000.00"));
    }

    @Test
    void committed_funds_are_carried_over_with_their_open_commitments() {
        adopt(2071, "{\"code\":\"PILOT\",\"title\":\"Prototypen\",\"amount\":5000.00}");
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"lineCode\":\"PILOT\",\"amount\":2000.00,\"vendor\":\"Nextcloud GmbH\",\"reference\":"
                        + "\"Bestellung B-2071-9\",\"committedOn\":\"2071-11-02\"}")
                .post("/api/budgets/2071/commitments").then().statusCode(201).extract().path("id");
        String carryOver = "{\"lineCode\":\"PILOT\",\"amount\":2500.00,\"reference\":\"Übertragung 2071/1\","
                + "\"reason\":\"Lieferung im Folgejahr\",\"decidedOn\":\"2071-12-20\",\"commitmentIds\":[\"" + id
                + "\"]}";
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(carryOver)
                .post("/api/budgets/2071/carry-overs").then().statusCode(409)
                .body("code", equalTo("next-budget-not-adopted")).body("field", equalTo("commitmentIds"));
        overview(2071).then().body("committed", equalTo(2000.00f));

        adopt(2072, "{\"code\":\"SCHULUNG\",\"title\":\"Schulungen\",\"amount\":1000.00}");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(carryOver.replace("2500.00", "5000.01"))
                .post("/api/budgets/2071/carry-overs").then().statusCode(409)
                .body("code", equalTo("insufficient-funds"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(carryOver)
                .post("/api/budgets/2071/carry-overs").then().statusCode(201);

        overview(2071).then().body("committed", equalTo(0.00f)).body("adjusted", equalTo(2500.00f))
                .body("available", equalTo(2500.00f));
        overview(2072).then().body("lines.find { it.code == 'PILOT' }.adjusted", equalTo(2500.00f))
                .body("lines.find { it.code == 'PILOT' }.committed", equalTo(2000.00f))
                .body("lines.find { it.code == 'PILOT' }.available", equalTo(500.00f));
        given().auth().oauth2(ADMIN).get("/api/budgets/2071/commitments").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("CARRIED_OVER"));
        given().auth().oauth2(ADMIN).get("/api/budgets/2072/commitments").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("OPEN"))
                .body("items.find { it.id == '" + id + "' }.vendor", equalTo("Nextcloud GmbH"));
        // the carried order is invoiced next year and settles the carried commitment
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("Idempotency-Key", "k-2072-1")
                .body("{\"lineCode\":\"PILOT\",\"amount\":2000.00,\"bookedOn\":\"2072-02-01\",\"vendor\":"
                        + "\"Nextcloud GmbH\",\"invoiceRef\":\"RE-2072-1\",\"commitmentId\":\"" + id + "\"}")
                .post("/api/budgets/2072/expenses").then().statusCode(201);
        overview(2072).then().body("lines.find { it.code == 'PILOT' }.committed", equalTo(0.00f))
                .body("lines.find { it.code == 'PILOT' }.spent", equalTo(2000.00f))
                .body("lines.find { it.code == 'PILOT' }.available", equalTo(500.00f));
    }

    private static final String FILE = "Buchungsdatum;Sachkonto;Haushaltsposition;Betrag;Lieferant;Belegnummer;"
            + "Verwendungszweck\r\n"
            + "29.01.2073;542900;;1.234,56;Müller & Söhne GmbH;B-2073-0001;Workshop Januar\r\n"
            + "03.02.2073;;SCHULUNG;800,00;Univention GmbH;B-2073-0002;\"Schulung; Teil 1\"\r\n";

    @Test
    void a_dry_run_books_nothing_and_shows_what_would_be_booked() {
        adopt(2073, "{\"code\":\"ANALYSE\",\"title\":\"Analyse\",\"amount\":3000.00,\"produkt\":\"01.11.03\","
                + "\"sachkonto\":\"542900\"},{\"code\":\"SCHULUNG\",\"title\":\"Schulungen\",\"amount\":2000.00}");
        importCsv(2073, FILE.getBytes(StandardCharsets.UTF_8), true).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("importable", equalTo(true)).body("booked", equalTo(2))
                .body("total", equalTo(2034.56f)).body("results[0].lineCode", equalTo("ANALYSE"))
                .body("results[0].bookedOn", equalTo("2073-01-29")).body("results[0].status", equalTo("BOOK"))
                .body("results[1].line", equalTo(3));
        overview(2073).then().body("spent", equalTo(0.00f));
    }

    @Test
    void one_bad_row_books_nothing_and_names_row_and_column() {
        adopt(2074, "{\"code\":\"SCHULUNG\",\"title\":\"Schulungen\",\"amount\":2000.00}");
        String bad = "Buchungsdatum;Haushaltsposition;Betrag;Lieferant;Belegnummer\r\n"
                + "29.01.2074;SCHULUNG;100,00;A GmbH;B-1\r\n"
                + "30.01.2074;SCHULUNG;1.234.56;A GmbH;B-2\r\n";
        importCsv(2074, bad.getBytes(StandardCharsets.UTF_8), false).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("import-has-errors"))
                .body("field", equalTo("Betrag")).body("badLines", equalTo(java.util.List.of(3)))
                .body("rows[0].line", equalTo(3)).body("rows[0].problems[0].column", equalTo("Betrag"))
                .body("rows[0].problems[0].code", equalTo("invalid-number"))
                .body("detail", containsString("Zeile 3"));
        importCsv(2074, bad.getBytes(StandardCharsets.UTF_8), true).then().statusCode(200)
                .body("importable", equalTo(false)).body("errors", equalTo(1))
                .body("results[1].problems[0].messageDe", containsString("ist kein Betrag"));
        overview(2074).then().body("spent", equalTo(0.00f));
        given().auth().oauth2(ADMIN).get("/api/budgets/2074/bookings").then().body("items.size()", equalTo(0));
    }

    @Test
    void an_import_books_all_rows_once_and_the_same_file_again_books_nothing() {
        adopt(2075, "{\"code\":\"ANALYSE\",\"title\":\"Analyse\",\"amount\":3000.00,\"produkt\":\"01.11.03\","
                + "\"sachkonto\":\"542900\"},{\"code\":\"SCHULUNG\",\"title\":\"Schulungen\",\"amount\":2000.00}");
        byte[] windows1252 = FILE.replace("2073", "2075").getBytes(Charset.forName("windows-1252"));
        importCsv(2075, windows1252, false).then().statusCode(200).body("encoding", equalTo("Windows-1252"))
                .body("booked", equalTo(2)).body("alreadyBooked", equalTo(0)).body("total", equalTo(2034.56f));
        overview(2075).then().body("spent", equalTo(2034.56f))
                .body("lines.find { it.code == 'ANALYSE' }.spent", equalTo(1234.56f));
        importCsv(2075, windows1252, false).then().statusCode(200).body("booked", equalTo(0))
                .body("alreadyBooked", equalTo(2)).body("results.status", equalTo(java.util.List.of(
                        "ALREADY_BOOKED", "ALREADY_BOOKED")));
        overview(2075).then().body("spent", equalTo(2034.56f));
        String csv = new String(given().auth().oauth2(ADMIN).get("/api/budgets/2075/bookings.csv").asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("1234,56", "29.01.2075", "Müller & Söhne GmbH", "B-2075-0001");
    }

    @Test
    void only_the_administration_imports() {
        given().auth().oauth2(TestTokens.council()).contentType("text/csv").body(FILE)
                .post("/api/budgets/2073/imports").then().statusCode(403);
        given().contentType("text/csv").body(FILE).post("/api/budgets/2073/imports").then().statusCode(401);
    }
}
