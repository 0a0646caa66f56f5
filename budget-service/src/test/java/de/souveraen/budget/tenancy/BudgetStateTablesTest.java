package de.souveraen.budget.tenancy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bookings journal's tables follow every command of several municipalities (one row per booking, only the rows
 * an event touches are written), the journal page reads them with its filters, and a rebuild from the events yields
 * the same rows, row for row and column for column.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class BudgetStateTablesTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    static String admin(String tenant) {
        return TestTokens.ofMunicipality(tenant, "test-administration-" + tenant, "Verwaltung " + tenant,
                "administration");
    }

    static String budget(int year, String amount) {
        return "{\"fiscalYear\":" + year + ",\"title\":\"Digitale Souveränität " + year + "\",\"resolution\":"
                + "\"Ratsbeschluss\",\"adoptedOn\":\"" + (year - 1) + "-12-15\",\"lines\":[{\"code\":\"SCHULUNG\","
                + "\"title\":\"Schulungen\",\"amount\":" + amount + "},{\"code\":\"PILOT\",\"title\":\"Pilot\","
                + "\"amount\":" + amount + "}]}";
    }

    static void adopt(String token, int year, String amount) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(budget(year, amount)).post("/api/budgets")
                .then().statusCode(201);
    }

    static String book(String token, int year, String line, String amount, String date, String vendor,
            String invoice) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", "k-" + invoice)
                .body("{\"lineCode\":\"" + line + "\",\"amount\":" + amount + ",\"bookedOn\":\"" + date
                        + "\",\"vendor\":\"" + vendor + "\",\"description\":\"Leistung\",\"invoiceRef\":\"" + invoice
                        + "\"}")
                .post("/api/budgets/" + year + "/expenses").then().statusCode(201).extract().path("id");
    }

    static void reverse(String token, int year, String expenseId, String date) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"reason\":\"Falsche Rechnung\",\"reversedOn\":\"" + date + "\"}")
                .post("/api/budgets/" + year + "/expenses/" + expenseId + "/reversal").then().statusCode(201);
    }

    List<String> rows(String table, String order) {
        List<String> rows = new ArrayList<>();
        for (Row row : pool.query("select row_to_json(t)::text from " + table + " t order by " + order).execute()
                .await().atMost(WAIT)) {
            rows.add(row.getString(0));
        }
        return rows;
    }

    @Test
    void the_journal_follows_the_bookings_of_several_municipalities_and_a_rebuild_yields_the_same_rows() {
        int year = 2063;
        for (String tenant : List.of("blankenheim", "nettersheim", "kall")) {
            String admin = admin(tenant);
            adopt(admin, year, "9000.00");
            String first = book(admin, year, "SCHULUNG", "100.50", year + "-02-01", "Akademie " + tenant, tenant + "-1");
            book(admin, year, "PILOT", "250.00", year + "-03-01", "Univention GmbH", tenant + "-2");
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body("{\"lineCode\":\"PILOT\",\"amount\":1000.00,\"vendor\":\"Collabora\",\"reference\":\"V-1\","
                            + "\"description\":\"Office\",\"committedOn\":\"" + year + "-01-10\"}")
                    .post("/api/budgets/" + year + "/commitments").then().statusCode(201);
            // a reversal in a later command: the original's row is read back from the table and marked
            reverse(admin, year, first, year + "-02-05");
            book(admin, year, "SCHULUNG", "75.00", year + "-04-01", "akademie " + tenant, tenant + "-3");
        }
        String journal = "tenant, fiscal_year, seq, id";
        List<String> years = rows("bud_fiscal_year", "tenant, fiscal_year");
        List<String> bookings = rows("bud_booking", journal);
        List<String> commitments = rows("bud_commitment", journal);
        assertThat(commitments).filteredOn(row -> row.startsWith("{\"tenant\":\"kall\",\"fiscal_year\":2063,"))
                .hasSize(1).first().asString().contains("\"status\":\"OPEN\"", "\"line_code\":\"PILOT\"");
        // the register page reads the table, with its filters
        given().auth().oauth2(admin("kall")).queryParam("status", "OPEN").queryParam("lineCode", "PILOT")
                .get("/api/budgets/" + year + "/commitments").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1))
                .body("items[0].vendor", org.hamcrest.Matchers.equalTo("Collabora"))
                .body("items[0].recordedBy", org.hamcrest.Matchers.equalTo("Verwaltung kall"));
        given().auth().oauth2(admin("kall")).queryParam("status", "RELEASED")
                .get("/api/budgets/" + year + "/commitments").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
        assertThat(bookings).filteredOn(row -> row.startsWith("{\"tenant\":\"kall\",\"fiscal_year\":2063,")).hasSize(4);

        // the page: in booking order, the reversal marks its expense, filters by the database
        String kall = admin("kall");
        given().auth().oauth2(kall).get("/api/budgets/" + year + "/bookings").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(4))
                .body("items.kind", org.hamcrest.Matchers.contains("EXPENSE", "EXPENSE", "REVERSAL", "EXPENSE"))
                .body("items[0].reversedBy", org.hamcrest.Matchers.notNullValue())
                .body("items[2].amount", org.hamcrest.Matchers.equalTo(-100.50f))
                .body("items[2].vendor", org.hamcrest.Matchers.equalTo("Akademie kall"))
                .body("items[0].recordedBy", org.hamcrest.Matchers.equalTo("Verwaltung kall"));
        given().auth().oauth2(kall).queryParam("vendor", "AKADEMIE").queryParam("kind", "EXPENSE")
                .get("/api/budgets/" + year + "/bookings").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(2));
        given().auth().oauth2(kall).queryParam("from", year + "-02-02").queryParam("to", year + "-03-31")
                .queryParam("lineCode", "PILOT").get("/api/budgets/" + year + "/bookings").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1)).body("items[0].amount",
                        org.hamcrest.Matchers.equalTo(250.00f));
        given().auth().oauth2(kall).queryParam("page", 1).queryParam("size", 3)
                .get("/api/budgets/" + year + "/bookings").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(4)).body("page", org.hamcrest.Matchers.equalTo(1))
                .body("items.kind", org.hamcrest.Matchers.contains("EXPENSE"));

        pool.query("delete from bud_booking where tenant = 'kall'").execute().await().atMost(WAIT); // damaged
        pool.query("delete from bud_commitment where tenant = 'kall'").execute().await().atMost(WAIT);
        Map<String, Integer> rebuilt = given().auth().oauth2(TestTokens.withRoles("test-provider", "Paula Provider",
                "provider")).post("/api/admin/state-tables/rebuild").then().statusCode(200).extract().jsonPath()
                .getMap("rows", String.class, Integer.class);
        assertThat(rebuilt).containsKey("budget");
        assertThat(rows("bud_fiscal_year", "tenant, fiscal_year")).isEqualTo(years);
        assertThat(rows("bud_booking", journal)).isEqualTo(bookings);
        assertThat(rows("bud_commitment", journal)).isEqualTo(commitments);
    }

    @Test
    void a_year_whose_commitment_rows_lag_behind_is_read_from_its_events_until_its_next_write() {
        int year = 2067;
        String admin = admin("blankenheim");
        adopt(admin, year, "9000.00");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"lineCode\":\"PILOT\",\"amount\":1000.00,\"vendor\":\"Collabora\",\"reference\":\"V-7\","
                        + "\"committedOn\":\"" + year + "-01-10\"}")
                .post("/api/budgets/" + year + "/commitments").then().statusCode(201);
        // as a year written before the table existed
        pool.query("delete from bud_commitment where fiscal_year = " + year).execute().await().atMost(WAIT);
        pool.query("update bud_fiscal_year set commitments_version = 0 where fiscal_year = " + year).execute()
                .await().atMost(WAIT);
        given().auth().oauth2(admin).get("/api/budgets/" + year + "/commitments").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
        book(admin, year, "SCHULUNG", "10.00", year + "-02-01", "Akademie", "lag-1");
        assertThat(rows("bud_commitment", "id")).anySatisfy(row -> assertThat(row).contains("V-7"));
        given().auth().oauth2(admin).get("/api/budgets/" + year + "/commitments").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1)).body("items[0].reference",
                        org.hamcrest.Matchers.equalTo("V-7"));
    }

    /**
     * A write applies the events in hand only when the table stands at the version before them; a year whose rows
     * are gone (as after a failed rebuild) is caught up from its events by the next write, row for row as before.
     */
    @Test
    void a_year_behind_is_caught_up_from_its_events_by_the_next_write() {
        int year = 2068;
        String admin = admin("blankenheim");
        adopt(admin, year, "9000.00");
        book(admin, year, "SCHULUNG", "10.00", year + "-02-01", "Akademie", "behind-1");
        book(admin, year, "PILOT", "20.00", year + "-02-02", "Univention GmbH", "behind-2");
        String where = " where fiscal_year = " + year;
        List<String> before = rows("(select * from bud_booking" + where + ")", "seq");
        assertThat(before).hasSize(2);
        pool.query("delete from bud_booking" + where).execute().await().atMost(WAIT);
        pool.query("delete from bud_fiscal_year" + where).execute().await().atMost(WAIT);

        book(admin, year, "SCHULUNG", "30.00", year + "-02-03", "Akademie", "behind-3");
        List<String> after = rows("(select * from bud_booking" + where + ")", "seq");
        assertThat(after).hasSize(3).startsWith(before.toArray(String[]::new));
        assertThat(rows("(select y.version = e.version and y.commitments_version = e.version as caught_up from"
                + " bud_fiscal_year y, (select max(stream_version) as version from es_event where tenant = 'blankenheim'"
                + " and stream_id = 'budget-" + year + "') e" + where + ")", "caught_up"))
                .containsExactly("{\"caught_up\":true}");
        // and the next write takes the events in hand again
        book(admin, year, "PILOT", "40.00", year + "-02-04", "Univention GmbH", "behind-4");
        assertThat(rows("(select * from bud_booking" + where + ")", "seq")).hasSize(4).startsWith(
                after.toArray(String[]::new));
    }
}
