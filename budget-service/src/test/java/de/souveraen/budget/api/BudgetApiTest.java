package de.souveraen.budget.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The budget API against the real PostgreSQL and Kafka: each test works in a fiscal year of its own, so the tests
 * share one running service without seeing each other's bookings.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class BudgetApiTest {
    private static final String ADMIN = TestTokens.administration();

    static String budget(int year, String... lines) {
        StringBuilder json = new StringBuilder("{\"fiscalYear\":" + year + ",\"title\":\"Digitale Souveränität " + year
                + "\",\"resolution\":\"Ratsbeschluss 2026/014\",\"adoptedOn\":\"" + (year - 1) + "-12-15\",\"lines\":[");
        for (int i = 0; i < lines.length; i += 3) {
            json.append(i == 0 ? "" : ",").append("{\"code\":\"").append(lines[i]).append("\",\"title\":\"")
                    .append(lines[i + 1]).append("\",\"amount\":").append(lines[i + 2]).append('}');
        }
        return json.append("]}").toString();
    }

    static void adopt(int year, String... lines) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(budget(year, lines))
                .post("/api/budgets").then().statusCode(201).body("id", equalTo(year));
    }

    static String expense(String line, String amount, String date, String invoice) {
        return "{\"lineCode\":\"" + line + "\",\"amount\":" + amount + ",\"bookedOn\":\"" + date
                + "\",\"vendor\":\"Univention GmbH\",\"description\":\"Workshop\",\"invoiceRef\":\"" + invoice + "\"}";
    }

    static Response book(int year, String body, String key) {
        var request = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/budgets/" + year + "/expenses");
    }

    static Response overview(int year) {
        return given().auth().oauth2(TestTokens.council()).get("/api/budgets/" + year);
    }

    @Test
    void the_2026_budget_is_adopted_and_shows_ansatz_bound_spent_and_available() {
        adopt(2031, "ANALYSE", "Abhängigkeitsanalyse", "4000.00", "KONZEPT", "Dreijahreskonzept", "3000.00",
                "PILOT", "Open-Source-Prototypen", "4500.00", "SCHULUNG", "Schulungen", "2500.00",
                "EMPFEHLUNG", "Handlungsempfehlungen", "1000.00");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"lineCode\":\"PILOT\",\"amount\":1200.00,\"vendor\":\"Nextcloud GmbH\",\"reference\":"
                        + "\"Bestellung B-17\",\"description\":\"Pilotbetrieb\",\"committedOn\":\"2031-02-01\"}")
                .post("/api/budgets/2031/commitments").then().statusCode(201);
        book(2031, expense("SCHULUNG", "800.50", "2031-03-10", "RE-2031-1"), "k-2031-1").then().statusCode(201);
        overview(2031).then().statusCode(200)
                .body("fiscalYear", equalTo(2031))
                .body("appropriated", equalTo(15000.00f))
                .body("adjusted", equalTo(15000.00f))
                .body("committed", equalTo(1200.00f))
                .body("spent", equalTo(800.50f))
                .body("available", equalTo(12999.50f))
                .body("lines.find { it.code == 'SCHULUNG' }.available", equalTo(1699.50f))
                .body("lines.find { it.code == 'PILOT' }.committed", equalTo(1200.00f));
        // exact decimals in the JSON text, not just as floats
        assertThat(overview(2031).asString()).contains("\"available\":12999.50");
    }

    @Test
    void spending_beyond_what_is_available_is_a_409_naming_line_and_amount_unless_approved_over_plan() {
        adopt(2032, "SCHULUNG", "Schulungen", "1000.00");
        book(2032, expense("SCHULUNG", "900.00", "2032-02-01", "RE-1"), "k-2032-1").then().statusCode(201);
        book(2032, expense("SCHULUNG", "200.00", "2032-02-02", "RE-2"), "k-2032-2").then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("insufficient-funds"))
                .body("field", equalTo("amount"))
                .body("lineCode", equalTo("SCHULUNG"))
                .body("available", equalTo(100.00f));
        String approved = "{\"lineCode\":\"SCHULUNG\",\"amount\":200.00,\"bookedOn\":\"2032-02-02\",\"vendor\":\"X\","
                + "\"invoiceRef\":\"RE-2\",\"overPlanApprovalReference\":\"Kämmerer-Vfg. 2032/3\"}";
        book(2032, approved, "k-2032-3").then().statusCode(201);
        overview(2032).then().statusCode(200).body("spent", equalTo(1100.00f)).body("overPlan", equalTo(100.00f))
                .body("available", equalTo(0.00f));
        given().auth().oauth2(ADMIN).get("/api/budgets/2032/bookings").then().statusCode(200)
                .body("items.overPlanApprovalReference", hasItem("Kämmerer-Vfg. 2032/3"));
    }

    @Test
    void clients_racing_for_the_last_euros_never_book_more_than_is_available() throws Exception {
        adopt(2033, "PILOT", "Prototypen", "1000.00");
        int clients = 20;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int n = i;
            calls.add(() -> book(2033, expense("PILOT", "75.00", "2033-05-05", "RACE-" + n), "race-" + n)
                    .statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : pool.invokeAll(calls)) {
            statuses.add(result.get());
        }
        pool.shutdown();
        long accepted = statuses.stream().filter(s -> s == 201).count();
        assertThat(statuses).allMatch(s -> s == 201 || s == 409);
        assertThat(accepted).isBetween(1L, 13L);
        BigDecimal spent = new BigDecimal(overview(2033).jsonPath().getString("spent"));
        assertThat(spent).isEqualByComparingTo(new BigDecimal("75.00").multiply(BigDecimal.valueOf(accepted)));
        assertThat(spent).isLessThanOrEqualTo(new BigDecimal("1000.00"));
        System.out.printf("race: %d clients, %d accepted, %d refused, spent %s of 1000.00%n", clients, accepted,
                clients - accepted, spent);
    }

    @Test
    void the_same_idempotency_key_books_once_and_refuses_another_body() {
        adopt(2034, "SCHULUNG", "Schulungen", "1000.00");
        String body = expense("SCHULUNG", "100.00", "2034-03-01", "RE-34-1");
        Response first = book(2034, body, "retry-me");
        first.then().statusCode(201);
        Response again = book(2034, body, "retry-me");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        book(2034, expense("SCHULUNG", "999.00", "2034-03-01", "RE-34-1"), "retry-me").then().statusCode(422)
                .contentType("application/problem+json");
        overview(2034).then().body("spent", equalTo(100.00f));
        book(2034, expense("SCHULUNG", "5.00", "2034-03-02", "RE-34-1"), "other-key").then().statusCode(409)
                .body("code", equalTo("duplicate-invoice")).body("field", equalTo("invoiceRef"));
        book(2034, expense("SCHULUNG", "5.00", "2034-03-02", "RE-34-2"), null).then().statusCode(400)
                .body("field", equalTo("Idempotency-Key"));
        overview(2034).then().body("spent", equalTo(100.00f));
    }

    @Test
    void a_frozen_line_takes_no_commitments_or_expenses_until_released() {
        adopt(2035, "PILOT", "Prototypen", "1000.00");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"reference\":\"Sperrvermerk 2035/1\",\"reason\":\"Haushaltssperre\",\"decidedOn\":\"2035-04-01\"}")
                .post("/api/budgets/2035/lines/PILOT/freeze").then().statusCode(200);
        book(2035, expense("PILOT", "10.00", "2035-04-02", "F-1"), "f-1").then().statusCode(409)
                .body("code", equalTo("line-frozen")).body("field", equalTo("lineCode"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"lineCode\":\"PILOT\",\"amount\":10.00,\"vendor\":\"V\",\"reference\":\"B-1\",\"committedOn\":\"2035-04-02\"}")
                .post("/api/budgets/2035/commitments").then().statusCode(409).body("code", equalTo("line-frozen"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"reference\":\"Aufhebung 2035/2\",\"reason\":\"Sperre aufgehoben\",\"decidedOn\":\"2035-05-01\"}")
                .post("/api/budgets/2035/lines/PILOT/release").then().statusCode(200);
        book(2035, expense("PILOT", "10.00", "2035-05-02", "F-1"), "f-2").then().statusCode(201);
        overview(2035).then().body("spent", equalTo(10.00f));
    }

    @Test
    void bad_input_is_a_problem_naming_the_field_and_changes_nothing() {
        adopt(2036, "SCHULUNG", "Schulungen", "1000.00");
        Map<String, String> cases = Map.of(
                expense("SCHULUNG", "1.234", "2036-01-05", "V-1"), "400 amount",
                expense("SCHULUNG", "-5.00", "2036-01-05", "V-2"), "422 amount",
                expense("SCHULUNG", "0", "2036-01-05", "V-3"), "422 amount",
                expense("schulung kaputt", "5.00", "2036-01-05", "V-5"), "422 lineCode",
                expense("SCHULUNG", "5.00", "2036-01-05", "V-7").replace("}", ",\"discount\":3}"), "400 discount",
                expense("SCHULUNG", "\"fünf\"", "2036-01-05", "V-8"), "400 amount",
                expense("SCHULUNG", "5.00", "2036-13-45", "V-9"), "400 bookedOn");
        int n = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Response response = book(2036, c.getKey(), "bad-" + n++);
            String[] expected = c.getValue().split(" ");
            assertThat(response.statusCode()).as("%s -> %s", c.getKey(), response.asString())
                    .isEqualTo(Integer.parseInt(expected[0]));
            assertThat(response.contentType()).as("%s -> %s", c.getKey(), response.asString())
                    .startsWith("application/problem+json");
            assertThat(response.asString()).as(c.getKey()).contains(expected[1]);
        }
        book(2036, expense("NICHTDA", "5.00", "2036-01-05", "V-10"), "bad-unknown-line").then().statusCode(422)
                .body("field", equalTo("lineCode"));
        book(2036, expense("SCHULUNG", "5.00", "2036-01-05", "V-6").replace("\"vendor\":\"Univention GmbH\"",
                "\"vendor\":\" \""), "bad-blank-vendor").then().statusCode(422).body("code", equalTo("required"))
                .body("field", equalTo("vendor"));
        book(2036, expense("SCHULUNG", "5.00", "2035-12-31", "V-4"), "bad-outside-year").then().statusCode(422)
                .body("code", equalTo("outside-fiscal-year")).body("field", equalTo("bookedOn"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("Idempotency-Key", "no-body")
                .post("/api/budgets/2036/expenses").then().statusCode(400).body("field", equalTo("body"));
        given().auth().oauth2(ADMIN).contentType(ContentType.TEXT).header("Idempotency-Key", "text")
                .body("lineCode=SCHULUNG").post("/api/budgets/2036/expenses").then().statusCode(415);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(budget(2036, "X", "Doppelt", "1.00")).post("/api/budgets").then().statusCode(409);
        overview(2036).then().body("spent", equalTo(0.00f));
        given().auth().oauth2(ADMIN).get("/api/budgets/2036/bookings").then().body("total", equalTo(0));
        given().auth().oauth2(ADMIN).get("/api/budgets/1999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void administration_writes_everyone_signed_in_reads_anonymous_gets_401() {
        adopt(2037, "SCHULUNG", "Schulungen", "1000.00");
        String body = expense("SCHULUNG", "5.00", "2037-01-05", "R-1");
        for (String token : List.of(TestTokens.workgroup(), TestTokens.council())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", "r")
                    .body(body).post("/api/budgets/2037/expenses").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).contentType(ContentType.JSON).body(budget(2038, "A", "A", "1.00"))
                    .post("/api/budgets").then().statusCode(403);
            given().auth().oauth2(token).get("/api/budgets/2037").then().statusCode(200);
            given().auth().oauth2(token).get("/api/budgets/2037/bookings").then().statusCode(200);
        }
        given().contentType(ContentType.JSON).header("Idempotency-Key", "r").body(body)
                .post("/api/budgets/2037/expenses").then().statusCode(401);
        given().get("/api/budgets/2037").then().statusCode(401);
        given().get("/api/budgets/2037/bookings.csv").then().statusCode(401);
        overview(2037).then().body("spent", equalTo(0.00f));
        given().auth().oauth2(ADMIN).get("/api/budgets/2038").then().statusCode(404);
    }

    @Test
    void commitments_are_settled_by_expenses_and_reversals_correct_with_an_audit_trail() {
        adopt(2039, "PILOT", "Prototypen", "5000.00");
        String commitmentId = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"lineCode\":\"PILOT\",\"amount\":2000.00,\"vendor\":\"Collabora Productivity\","
                        + "\"reference\":\"Vertrag V-9\",\"description\":\"Online-Office\",\"committedOn\":\"2039-01-10\"}")
                .post("/api/budgets/2039/commitments").then().statusCode(201).extract().path("id");
        String settle = "{\"lineCode\":\"PILOT\",\"amount\":500.00,\"bookedOn\":\"2039-02-01\",\"vendor\":"
                + "\"Collabora Productivity\",\"invoiceRef\":\"C-1\",\"commitmentId\":\"" + commitmentId + "\"}";
        String expenseId = book(2039, settle, "settle-1").then().statusCode(201).extract().path("id");
        overview(2039).then().body("committed", equalTo(1500.00f)).body("spent", equalTo(500.00f))
                .body("available", equalTo(3000.00f));
        given().auth().oauth2(ADMIN).get("/api/budgets/2039/commitments?status=OPEN").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].settled", equalTo(500.00f))
                .body("items[0].open", equalTo(1500.00f));

        Response reversed = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"reason\":\"Falsche Rechnung\",\"reversedOn\":\"2039-02-03\"}")
                .post("/api/budgets/2039/expenses/" + expenseId + "/reversal");
        reversed.then().statusCode(201);
        given().auth().oauth2(TestTokens.council()).get(reversed.header("Location")).then().statusCode(200)
                .body("type", equalTo(List.of("budget.ExpenseReversed.v1")));
        overview(2039).then().body("committed", equalTo(2000.00f)).body("spent", equalTo(0.00f));
        given().auth().oauth2(TestTokens.council()).get("/api/budgets/2039/bookings?kind=REVERSAL").then()
                .body("total", equalTo(1)).body("items[0].amount", equalTo(-500.00f))
                .body("items[0].reason", equalTo("Falsche Rechnung"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"reason\":\"nochmal\",\"reversedOn\":\"2039-02-04\"}")
                .post("/api/budgets/2039/expenses/" + expenseId + "/reversal").then().statusCode(409)
                .body("code", equalTo("already-reversed"));

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"amount\":800.00,\"reason\":\"Nachverhandelt\",\"adjustedOn\":\"2039-03-01\"}")
                .post("/api/budgets/2039/commitments/" + commitmentId + "/adjustment").then().statusCode(200);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"reason\":\"Auftrag erledigt\",\"releasedOn\":\"2039-04-01\"}")
                .post("/api/budgets/2039/commitments/" + commitmentId + "/release").then().statusCode(200);
        overview(2039).then().body("committed", equalTo(0.00f)).body("available", equalTo(5000.00f));

        given().auth().oauth2(TestTokens.council()).get("/api/budgets/2039/audit/" + expenseId).then()
                .statusCode(200)
                .body("type", equalTo(List.of("budget.ExpenseBooked.v1", "budget.ExpenseReversed.v1")))
                .body("actorName", hasItem("Vera Waltung"));
        given().auth().oauth2(ADMIN).get("/api/budgets/2039/audit/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void bookings_export_opens_in_german_spreadsheets_and_neutralises_formulas() {
        adopt(2040, "SCHULUNG", "Schulungen", "3000.00");
        String hostile = "{\"lineCode\":\"SCHULUNG\",\"amount\":1234.50,\"bookedOn\":\"2040-06-30\",\"vendor\":"
                + "\"=HYPERLINK(\\\"http://evil\\\")\",\"description\":\"Schulung; Teil 1\",\"invoiceRef\":\"E-1\"}";
        book(2040, hostile, "csv-1").then().statusCode(201);
        byte[] csv = given().auth().oauth2(TestTokens.council()).get("/api/budgets/2040/bookings.csv").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Buchungs-ID;Art;Haushaltsposition;Betrag (EUR);Buchungsdatum;");
        assertThat(text).contains(";Ausgabe;SCHULUNG;1234,50;30.06.2040;\"'=HYPERLINK(\"\"http://evil\"\")\";"
                + "\"Schulung; Teil 1\";E-1;");
        assertThat(text).doesNotContain(";=HYPERLINK");

        given().auth().oauth2(ADMIN).get("/api/budgets/2040/fiscal-data-package/datapackage.json").then()
                .statusCode(200).body("profile", equalTo("fiscal-data-package"))
                .body("resources[0].path", equalTo("budget.csv"))
                .body("resources[0].schema.fields.findAll { it.phase }.phase",
                        equalTo(List.of("approved", "adjusted", "executed")));
        String data = given().auth().oauth2(ADMIN).get("/api/budgets/2040/fiscal-data-package/budget.csv").then()
                .statusCode(200).extract().asString();
        assertThat(data).isEqualTo("fiscalYear,lineCode,lineTitle,produkt,sachkonto,approved,adjusted,committed,"
                + "executed\r\n2040,SCHULUNG,Schulungen,,,3000.00,3000.00,0.00,1234.50\r\n");
    }

    static Response transfer(int year, String from, String to, String amount) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"fromLine\":\"" + from + "\",\"toLine\":\"" + to + "\",\"amount\":" + amount
                        + ",\"reference\":\"Umschichtung " + year + "/1\",\"transferredOn\":\"" + year + "-06-01\"}")
                .post("/api/budgets/" + year + "/transfers");
    }

    @Test
    void a_transfer_within_a_declared_coverage_moves_adjusted_appropriation_and_keeps_the_total() {
        adopt(2044, "KONZEPT", "Konzept", "4000.00", "SCHULUNG", "Schulungen", "2000.00", "ANALYSE", "Analyse",
                "3000.00");
        transfer(2044, "KONZEPT", "SCHULUNG", "500.00").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("no-coverage"))
                .body("field", equalTo("fromLine")).body("detail", startsWith("Für die Positionen KONZEPT"));
        String coverage = "{\"lineCodes\":[\"SCHULUNG\",\"KONZEPT\"],\"mutual\":false,"
                + "\"reference\":\"Haushaltsvermerk 2044/1\",\"declaredOn\":\"2044-02-01\"}";
        Response declared = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .header("Idempotency-Key", "coverage-2044").body(coverage).post("/api/budgets/2044/coverage");
        declared.then().statusCode(201);
        String id = declared.jsonPath().getString("id");
        assertThat(declared.header("Location")).endsWith("/api/budgets/2044");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("Idempotency-Key", "coverage-2044")
                .body(coverage).post("/api/budgets/2044/coverage").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"lineCodes\":[\"SCHULUNG\"],\"mutual\":true,\"reference\":\"V\"}")
                .post("/api/budgets/2044/coverage").then().statusCode(422).body("field", equalTo("lineCodes"));

        Response moved = transfer(2044, "KONZEPT", "SCHULUNG", "500.00");
        moved.then().statusCode(201);
        assertThat(moved.header("Location")).endsWith("/api/budgets/2044");
        transfer(2044, "SCHULUNG", "KONZEPT", "100.00").then().statusCode(422)
                .body("code", equalTo("coverage-one-sided")).body("field", equalTo("toLine"));
        transfer(2044, "KONZEPT", "SCHULUNG", "3500.01").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("insufficient-funds"))
                .body("field", equalTo("amount")).body("lineCode", equalTo("KONZEPT"));
        transfer(2044, "KONZEPT", "SCHULUNG", "1.234").then().statusCode(400).body("field", equalTo("amount"));
        given().auth().oauth2(TestTokens.council()).contentType(ContentType.JSON).body("{}")
                .post("/api/budgets/2044/transfers").then().statusCode(403);

        overview(2044).then().statusCode(200)
                .body("appropriated", equalTo(9000.00f)).body("adjusted", equalTo(9000.00f))
                .body("available", equalTo(9000.00f))
                .body("lines.find { it.code == 'KONZEPT' }.appropriated", equalTo(4000.00f))
                .body("lines.find { it.code == 'KONZEPT' }.adjusted", equalTo(3500.00f))
                .body("lines.find { it.code == 'KONZEPT' }.available", equalTo(3500.00f))
                .body("lines.find { it.code == 'SCHULUNG' }.adjusted", equalTo(2500.00f))
                .body("lines.find { it.code == 'SCHULUNG' }.available", equalTo(2500.00f))
                .body("lines.find { it.code == 'SCHULUNG' }.overPlan", equalTo(0.00f))
                .body("lines.find { it.code == 'SCHULUNG' }.transferred", equalTo(500.00f))
                .body("lines.find { it.code == 'KONZEPT' }.transferred", equalTo(-500.00f))
                .body("lines.find { it.code == 'ANALYSE' }.transferred", equalTo(0.00f));
    }

    static Response post(String path, String body, Map<String, String> headers) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).headers(headers).body(body).post(path);
    }

    @Test
    void a_creation_answers_201_with_a_location_a_change_200_with_the_years_new_etag_and_no_location() {
        adopt(2045, "PILOT", "Prototypen", "1000.00", "SCHULUNG", "Schulungen", "500.00");
        String adopted = overview(2045).then().statusCode(200).extract().header("ETag");
        assertThat(adopted).matches("\"\\d+\"");

        String commitment = "{\"lineCode\":\"PILOT\",\"amount\":100.00,\"vendor\":\"Univention GmbH\","
                + "\"reference\":\"Bestellung B-45\",\"committedOn\":\"2045-02-01\"}";
        Response committed = post("/api/budgets/2045/commitments", commitment, Map.of("Idempotency-Key", "b-45"));
        committed.then().statusCode(201).contentType(ContentType.JSON);
        String id = committed.jsonPath().getString("id");
        String afterCommit = committed.header("ETag");
        assertThat(afterCommit).isNotEqualTo(adopted).isEqualTo("\"" + committed.jsonPath().getLong("version") + "\"");
        assertThat(committed.header("Location")).endsWith("/api/budgets/2045/audit/" + id);
        given().auth().oauth2(TestTokens.council()).get(committed.header("Location")).then().statusCode(200)
                .body("type", equalTo(List.of("budget.FundsCommitted.v1")));
        Response again = post("/api/budgets/2045/commitments", commitment, Map.of("Idempotency-Key", "b-45"));
        again.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertThat(again.header("Location")).isEqualTo(committed.header("Location"));
        overview(2045).then().header("ETag", afterCommit).body("committed", equalTo(100.00f));

        String freeze = "{\"reference\":\"Sperre 2045/1\",\"reason\":\"Haushaltssperre\",\"decidedOn\":\"2045-03-01\"}";
        post("/api/budgets/2045/lines/PILOT/freeze", freeze, Map.of("If-Match", adopted)).then().statusCode(412)
                .contentType("application/problem+json").body("code", equalTo("stale-version"));
        overview(2045).then().header("ETag", afterCommit)
                .body("lines.find { it.code == 'PILOT' }.frozen", equalTo(false));

        Response frozen = post("/api/budgets/2045/lines/PILOT/freeze", freeze, Map.of("If-Match", afterCommit));
        frozen.then().statusCode(200).body("id", equalTo(2045));
        assertThat(frozen.header("Location")).isNull();
        String afterFreeze = frozen.header("ETag");
        assertThat(afterFreeze).isNotEqualTo(afterCommit)
                .isEqualTo("\"" + frozen.jsonPath().getLong("version") + "\"");
        overview(2045).then().header("ETag", afterFreeze)
                .body("lines.find { it.code == 'PILOT' }.frozen", equalTo(true));

        Response released = post("/api/budgets/2045/lines/PILOT/release",
                "{\"reference\":\"Aufhebung 2045/2\",\"decidedOn\":\"2045-04-01\"}", Map.of());
        released.then().statusCode(200);
        assertThat(released.header("Location")).isNull();
        assertThat(released.header("ETag")).isNotEqualTo(afterFreeze);
        Response adjusted = post("/api/budgets/2045/adjustments", "{\"lineCode\":\"SCHULUNG\",\"kind\":"
                + "\"OVER_PLAN\",\"amount\":50.00,\"approvalReference\":\"Vfg. 2045/7\",\"approvedOn\":"
                + "\"2045-04-02\",\"reason\":\"Zusatzkurs\"}", Map.of("If-Match", released.header("ETag")));
        adjusted.then().statusCode(200).body("id", equalTo(2045));
        assertThat(adjusted.header("Location")).isNull();
        Response changed = post("/api/budgets/2045/commitments/" + id + "/adjustment",
                "{\"amount\":80.00,\"reason\":\"Nachverhandelt\",\"adjustedOn\":\"2045-04-03\"}", Map.of());
        changed.then().statusCode(200);
        assertThat(changed.header("Location")).isNull();
        overview(2045).then().header("ETag", changed.header("ETag")).body("committed", equalTo(80.00f))
                .body("lines.find { it.code == 'SCHULUNG' }.adjusted", equalTo(550.00f));
    }

    @Test
    void amount_and_text_rules_answer_the_codes_every_service_answers_and_write_nothing() {
        adopt(2046, "PILOT", "Prototypen", "1000.00");
        String before = overview(2046).then().statusCode(200).extract().header("ETag");
        Map<String, String> cases = Map.of(
                "\"amount\":-5.00,\"vendor\":\"V\"", "not-positive amount",
                "\"amount\":0,\"vendor\":\"V\"", "not-positive amount",
                "\"amount\":1000000000.00,\"vendor\":\"V\"", "too-large amount",
                "\"amount\":5.00,\"vendor\":\"" + "x".repeat(201) + "\"", "too-long vendor",
                "\"amount\":5.00,\"vendor\":\"  \"", "required vendor");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String[] expected = c.getValue().split(" ");
            post("/api/budgets/2046/commitments", "{\"lineCode\":\"PILOT\",\"reference\":\"B-1\","
                    + "\"committedOn\":\"2046-02-01\"," + c.getKey() + "}", Map.of()).then().statusCode(422)
                    .contentType("application/problem+json").body("code", equalTo(expected[0]))
                    .body("field", equalTo(expected[1]));
        }
        post("/api/budgets/2046/adjustments", "{\"lineCode\":\"PILOT\",\"kind\":\"SUPPLEMENTARY\",\"amount\":0,"
                + "\"approvalReference\":\"Nachtrag 1\",\"approvedOn\":\"2046-03-01\"}", Map.of())
                .then().statusCode(422).body("code", equalTo("zero")).body("field", equalTo("amount"));
        overview(2046).then().header("ETag", before).body("committed", equalTo(0.00f));
    }

    @Test
    void carry_over_moves_unused_authorisation_into_the_next_year() {
        adopt(2041, "PILOT", "Prototypen", "1000.00");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"lineCode\":\"PILOT\",\"amount\":400.00,\"reference\":\"Übertragung 2041/1\","
                        + "\"reason\":\"Pilot verschoben\",\"decidedOn\":\"2041-12-20\"}")
                .post("/api/budgets/2041/carry-overs").then().statusCode(201);
        overview(2041).then().body("adjusted", equalTo(600.00f));
        given().auth().oauth2(ADMIN).post("/api/budgets/2042/carry-overs/receipt").then().statusCode(200)
                .body("waiting.size()", equalTo(1));
        adopt(2042, "SCHULUNG", "Schulungen", "500.00");
        given().auth().oauth2(ADMIN).post("/api/budgets/2042/carry-overs/receipt").then().statusCode(200)
                .body("received.size()", equalTo(1));
        given().auth().oauth2(ADMIN).post("/api/budgets/2042/carry-overs/receipt").then().statusCode(200)
                .body("received.size()", equalTo(0));
        overview(2042).then().body("adjusted", equalTo(900.00f))
                .body("lines.find { it.code == 'PILOT' }.adjusted", equalTo(400.00f));
    }

    @Test
    void every_accepted_change_reaches_the_budget_topic_as_a_cloud_event() throws Exception {
        adopt(2043, "SCHULUNG", "Schulungen", "1000.00");
        book(2043, expense("SCHULUNG", "42.00", "2043-01-02", "K-1"), "kafka-1").then().statusCode(201);
        try (KafkaTopicReader reader = new KafkaTopicReader(SouveraenTestResource.kafkaBootstrapServers(),
                Topics.BUDGET)) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntil(all -> all.stream()
                    .filter(r -> (TestTokens.TENANT + "/budget-2043").equals(r.key())).count() >= 2, Duration.ofSeconds(30));
            List<String> types = records.stream().filter(r -> (TestTokens.TENANT + "/budget-2043").equals(r.key()))
                    .map(r -> new String(r.headers().lastHeader(CloudEventHeaders.TYPE).value(),
                            StandardCharsets.UTF_8)).toList();
            assertThat(types).containsExactly("budget.BudgetAdopted.v1", "budget.ExpenseBooked.v1");
        }
        // the relay also creates the dead-letter topic the consumers need (a production broker creates none itself)
        try (var admin = org.apache.kafka.clients.admin.Admin.create(java.util.Map.of("bootstrap.servers",
                SouveraenTestResource.kafkaBootstrapServers()))) {
            var configs = admin.describeConfigs(List.of(new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, Topics.deadLetter(Topics.BUDGET))))
                    .all().get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(configs.values().iterator().next().get("retention.ms").value()).isEqualTo("-1");
        }
    }
}
