package de.souveraen.reporting.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.reporting.report.QuarterlyReport;
import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The administration's deadlines as iCalendar: all-day events in German, for the staff only. */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class DeadlineCalendarTest {

    @Test
    void each_cancel_by_date_is_an_all_day_event_with_a_german_summary_and_no_code() {
        UUID mail = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
        String ics = DeadlineCalendar.ics(List.of(
                new QuarterlyReport.Deadline(LocalDate.of(2027, 2, 28), "CANCEL_BY", mail,
                        "Fachverfahren Einwohnermeldewesen und Personenstandsregister", "Anbieter GmbH",
                        new BigDecimal("1250000.00")),
                new QuarterlyReport.Deadline(LocalDate.of(2027, 3, 31), "RENEW_OR_LAPSE", mail, "Mail", null,
                        null)), Instant.parse("2026-12-05T09:00:00Z"), "portal.example", "Fristen – Blankenheim");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("DTSTART;VALUE=DATE:20270228", "DTEND;VALUE=DATE:20270301",
                        "UID:deadline-" + mail + "-2027-02-28@portal.example", "SUMMARY:Letzter Kündigungstag:",
                        "X-WR-CALNAME:Fristen – Blankenheim")
                .doesNotContain("CANCEL_BY", "RENEW_OR_LAPSE");
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
    }

    @Test
    void a_milestone_due_is_an_all_day_event_naming_its_measure() {
        String ics = DeadlineCalendar.ics(List.of(), List.of(new QuarterlyReport.MilestoneDue(LocalDate.of(2027, 1, 15),
                "Dreijahreskonzept", "Entwurf dem Rat vorgelegt", "Fachbereich 1")), Instant.parse(
                        "2026-12-05T09:00:00Z"), "portal.example", "Fristen – Blankenheim");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20270115", "DTEND;VALUE=DATE:20270116",
                "SUMMARY:Meilenstein fällig: Entwurf dem Rat vorgelegt", "CATEGORIES:Meilenstein")
                .contains("Dreijahreskonzept");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2);
    }

    @Test
    void staff_read_the_deadlines_council_and_guests_do_not() {
        String body = given().auth().oauth2(TestTokens.administration()).get("/api/deadlines.ics").then()
                .statusCode(200).contentType("text/calendar").extract().asString();
        assertThat(body).startsWith("BEGIN:VCALENDAR").contains("PRODID:-//Souveraen//Fristen der Verwaltung//DE");
        given().auth().oauth2(TestTokens.workgroup()).get("/api/deadlines.ics").then().statusCode(200);
        given().auth().oauth2(TestTokens.council()).get("/api/deadlines.ics").then().statusCode(403);
        given().auth().oauth2(TestTokens.roleLess()).get("/api/deadlines.ics").then().statusCode(403);
        given().get("/api/deadlines.ics").then().statusCode(401);
    }
}
