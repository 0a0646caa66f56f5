package de.souveraen.budget.tenancy;

import static de.souveraen.budget.tenancy.BudgetStateTablesTest.admin;
import static de.souveraen.budget.tenancy.BudgetStateTablesTest.adopt;
import static de.souveraen.budget.tenancy.BudgetStateTablesTest.book;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two municipalities on one budget service: a fiscal year is a municipality's own (both open the same year with their
 * own amounts and bookings), and Nettersheim's users get 404 for every year, booking and commitment of Blankenheim,
 * on reads and on every command; its journal, commitments and files hold its own rows only.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class BudgetIsolationTest {
    private static final String BLANKENHEIM = admin("blankenheim");
    private static final String NETTERSHEIM = admin("nettersheim");
    private static final String NETTERSHEIM_COUNCIL = TestTokens.ofMunicipality("nettersheim", "test-rat-nettersheim",
            "Rat Nettersheim", "council");

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String commit(String token, int year, String amount) {
        return as(token).body("{\"lineCode\":\"PILOT\",\"amount\":" + amount + ",\"vendor\":\"Collabora\","
                        + "\"reference\":\"V-1\",\"description\":\"Office\",\"committedOn\":\"" + year + "-01-10\"}")
                .post("/api/budgets/" + year + "/commitments").then().statusCode(201).extract().path("id");
    }

    @Test
    void the_same_fiscal_year_is_opened_independently_in_two_municipalities() {
        // 2026: Nettersheim and Kall (Blankenheim's 2026 belongs to other tests of this service)
        String kall = admin("kall");
        adopt(NETTERSHEIM, 2026, "8000.00");
        adopt(kall, 2026, "3000.00");
        book(NETTERSHEIM, 2026, "SCHULUNG", "120.00", "2026-02-01", "Akademie Nettersheim", "n-2026-1");
        book(kall, 2026, "PILOT", "99.99", "2026-03-01", "Kall IT", "k-2026-1");
        // the same invoice number in both: a duplicate only within a municipality
        book(kall, 2026, "SCHULUNG", "10.00", "2026-03-02", "Kall IT", "n-2026-1");
        as(NETTERSHEIM_COUNCIL).get("/api/budgets/2026").then().statusCode(200)
                .body("appropriated", equalTo(16000.00f)).body("spent", equalTo(120.00f));
        as(admin("kall")).get("/api/budgets/2026").then().statusCode(200)
                .body("appropriated", equalTo(6000.00f)).body("spent", equalTo(109.99f));
        as(NETTERSHEIM).get("/api/budgets/2026/bookings").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].vendor", equalTo("Akademie Nettersheim"));
        as(kall).get("/api/budgets/2026/bookings").then().statusCode(200).body("total", equalTo(2))
                .body("items.vendor", org.hamcrest.Matchers.everyItem(equalTo("Kall IT")));

        // and Blankenheim and Nettersheim each open 2064 with their own amounts and bookings
        adopt(BLANKENHEIM, 2064, "5000.00");
        adopt(NETTERSHEIM, 2064, "7000.00");
        book(BLANKENHEIM, 2064, "PILOT", "500.00", "2064-02-01", "Blankenheimer Firma", "b-2064-1");
        book(NETTERSHEIM, 2064, "PILOT", "700.00", "2064-02-01", "Nettersheimer Firma", "b-2064-1");
        as(BLANKENHEIM).get("/api/budgets/2064").then().statusCode(200).body("appropriated", equalTo(10000.00f))
                .body("spent", equalTo(500.00f));
        as(NETTERSHEIM).get("/api/budgets/2064").then().statusCode(200).body("appropriated", equalTo(14000.00f))
                .body("spent", equalTo(700.00f));
        as(NETTERSHEIM).get("/api/budgets/2064/bookings?vendor=firma").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].vendor", equalTo("Nettersheimer Firma"));
    }

    @Test
    void every_read_and_command_on_blankenheims_years_bookings_and_commitments_is_not_found_for_nettersheim() {
        int onlyBlankenheim = 2065;
        int both = 2066;
        adopt(BLANKENHEIM, onlyBlankenheim, "5000.00");
        adopt(BLANKENHEIM, both, "5000.00");
        adopt(NETTERSHEIM, both, "5000.00");
        String expense = book(BLANKENHEIM, both, "PILOT", "100.00", both + "-02-01", "Blankenheimer Firma", "iso-1");
        String commitment = commit(BLANKENHEIM, both, "300.00");
        String ownExpense = book(NETTERSHEIM, both, "PILOT", "40.00", both + "-02-01", "Nettersheimer Firma", "iso-2");

        // a year only Blankenheim has: every read and command of it
        String y = "/api/budgets/" + onlyBlankenheim;
        for (String path : List.of(y, y + "/bookings", y + "/commitments", y + "/bookings.csv",
                y + "/fiscal-data-package/datapackage.json", y + "/fiscal-data-package/budget.csv",
                y + "/audit/" + expense)) {
            as(NETTERSHEIM_COUNCIL).get(path).then().statusCode(404);
        }
        java.util.Map<String, Integer> statuses = new java.util.LinkedHashMap<>();
        statuses.put("adjustment", as(NETTERSHEIM).body("{\"lineCode\":\"PILOT\",\"kind\":\"SUPPLEMENTARY\","
                + "\"amount\":10.00,\"approvalReference\":\"Vfg\",\"reason\":\"mehr\"}").post(y + "/adjustments")
                .statusCode());
        statuses.put("freeze", as(NETTERSHEIM).body("{\"reference\":\"Vfg\",\"reason\":\"Sperre\"}")
                .post(y + "/lines/PILOT/freeze").statusCode());
        statuses.put("release", as(NETTERSHEIM).body("{\"reference\":\"Vfg\",\"reason\":\"frei\"}")
                .post(y + "/lines/PILOT/release").statusCode());
        statuses.put("financial-plan", as(NETTERSHEIM).body("{\"financialPlan\":[{\"fiscalYear\":"
                + (onlyBlankenheim + 1) + ",\"amount\":100.00}],\"reference\":\"Plan\"}")
                .post(y + "/financial-plan").statusCode());
        statuses.put("carry-over", as(NETTERSHEIM).body("{\"lineCode\":\"PILOT\",\"amount\":10.00,\"reference\":"
                + "\"Vfg\",\"reason\":\"weiter\"}").post(y + "/carry-overs").statusCode());
        statuses.put("coverage", as(NETTERSHEIM).body("{\"lineCodes\":[\"PILOT\",\"SCHULUNG\"],\"mutual\":true,"
                + "\"reference\":\"Vfg\"}").post(y + "/coverage").statusCode());
        statuses.put("transfer", as(NETTERSHEIM).body("{\"fromLine\":\"PILOT\",\"toLine\":\"SCHULUNG\","
                + "\"amount\":1.00,\"reference\":\"Vfg\"}").post(y + "/transfers").statusCode());
        statuses.put("commitment", as(NETTERSHEIM).body("{\"lineCode\":\"PILOT\",\"amount\":1.00,\"vendor\":\"X\","
                + "\"reference\":\"R\",\"description\":\"D\"}").post(y + "/commitments").statusCode());
        statuses.put("expense", as(NETTERSHEIM).header("Idempotency-Key", "iso-foreign-year").body("{\"lineCode\":"
                + "\"PILOT\",\"amount\":1.00,\"bookedOn\":\"" + onlyBlankenheim + "-02-01\",\"vendor\":\"X\","
                + "\"invoiceRef\":\"X-1\"}").post(y + "/expenses").statusCode());
        statuses.put("reversal", as(NETTERSHEIM).body("{\"reason\":\"fremd\"}")
                .post(y + "/expenses/" + expense + "/reversal").statusCode());

        // a year both have: Blankenheim's bookings and commitments are not in Nettersheim's
        String b = "/api/budgets/" + both;
        statuses.put("audit expense", as(NETTERSHEIM_COUNCIL).get(b + "/audit/" + expense).statusCode());
        statuses.put("audit commitment", as(NETTERSHEIM_COUNCIL).get(b + "/audit/" + commitment).statusCode());
        // (dates inside the year: a date outside it is refused before any id is looked up, for every id alike)
        statuses.put("reversal in own year", as(NETTERSHEIM).body("{\"reason\":\"fremd\",\"reversedOn\":\"" + both
                + "-03-01\"}")
                .post(b + "/expenses/" + expense + "/reversal").statusCode());
        statuses.put("commitment adjustment", as(NETTERSHEIM).body("{\"amount\":100.00,\"reason\":\"fremd\",\"adjustedOn\":\""
                + both + "-03-01\"}")
                .post(b + "/commitments/" + commitment + "/adjustment").statusCode());
        statuses.put("commitment release", as(NETTERSHEIM).body("{\"reason\":\"fremd\",\"releasedOn\":\"" + both
                + "-03-01\"}")
                .post(b + "/commitments/" + commitment + "/release").statusCode());
        assertThat(statuses).allSatisfy((command, status) -> assertThat(status).as(command).isEqualTo(404));

        List<String> journal = as(NETTERSHEIM).get(b + "/bookings?size=500").then().statusCode(200).extract()
                .path("items.id");
        assertThat(journal).containsExactly(ownExpense);
        assertThat(as(NETTERSHEIM).get(b + "/commitments").then().statusCode(200).extract()
                .<List<String>>path("items.id")).isEmpty();
        String csv = new String(as(NETTERSHEIM_COUNCIL).get(b + "/bookings.csv").then().statusCode(200).extract()
                .asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains(ownExpense).doesNotContain(expense).doesNotContain("Blankenheimer Firma");

        // Blankenheim's year is untouched
        as(BLANKENHEIM).get(b).then().statusCode(200).header("ETag", "\"3\"").body("spent", equalTo(100.00f))
                .body("committed", equalTo(300.00f));
        as(BLANKENHEIM).get(b + "/bookings").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(expense));
    }
}
