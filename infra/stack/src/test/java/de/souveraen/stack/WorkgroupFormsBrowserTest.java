package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The working group's secretary records a whole meeting in the browser through the portal's forms: schedules it,
 * invites, puts an item on the agenda, marks it held, records attendance, a vote per faction (a wrong number shown in
 * German at its field first) and a decision with a recommendation to the council, and approves the minutes. The
 * recommendation then reaches the council's quarterly report among the upcoming decisions and the OParl feed; the
 * council sees none of these forms.
 */
@ExtendWith(SharedStack.class)
class WorkgroupFormsBrowserTest {
    static final String RECOMMENDATION = "Der Rat möge die Open-Source-Strategie beschließen";
    static WebDriver group;

    @BeforeAll
    static void browsers() throws IOException {
        BrowserEndToEndTest.browser();
        group = BrowserEndToEndTest.signIn("ag");
    }

    @AfterAll
    static void close() {
        if (group != null) {
            group.quit();
        }
        BrowserEndToEndTest.closeBrowser();
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(group, Duration.ofSeconds(30));
    }

    static void submit() {
        group.findElement(By.cssSelector("form[method='post'] button[type='submit']")).click();
    }

    /** Sends the form and waits for the list of meetings with the form's notice. */
    static void submitAndSee(String notice) {
        submit();
        waiting().until(ExpectedConditions.urlContains("done="));
        assertThat(BrowserEndToEndTest.main(group)).contains(notice);
    }

    static void type(String id, String text) {
        WebElement field = group.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** From the list of meetings, the action link named {@code label}, then the form's field {@code fieldId}. */
    static void open(String label, String fieldId) {
        group.get(BrowserEndToEndTest.portal + "/workgroup/meetings?lang=de");
        group.findElement(By.cssSelector("a[aria-label='" + label + "']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(fieldId)));
    }

    static JsonNode meeting(String title) {
        StackClient.Reply meetings = BrowserEndToEndTest.client.get("workgroup", "/api/meetings", "ag");
        assertThat(meetings.status()).isEqualTo(200);
        for (JsonNode m : meetings.json()) {
            if (title.equals(m.path("title").asText())) {
                return m;
            }
        }
        throw new AssertionError("no meeting " + title);
    }

    @Test
    void theSecretaryRecordsAMeetingAndItsRecommendationReachesTheReportAndOParl() throws IOException {
        String title = "Arbeitssitzung " + UUID.randomUUID().toString().substring(0, 6);
        String item = "Open-Source-Strategie " + UUID.randomUUID().toString().substring(0, 4);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1);
        String period = day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
        LocalDate periodEnd = day.withMonth(((day.getMonthValue() - 1) / 3 + 1) * 3).withDayOfMonth(1)
                .plusMonths(1).minusDays(1);
        LocalDate councilSession = periodEnd.plusDays(45);

        group.get(BrowserEndToEndTest.portal + "/workgroup?lang=de");
        group.findElement(By.linkText("Sitzung anberaumen")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("feld-title")));
        type("feld-title", title);
        ((JavascriptExecutor) group).executeScript("document.getElementById('feld-day').value = arguments[0];"
                + "document.getElementById('feld-startTime').value = '17:00';"
                + "document.getElementById('feld-endTime').value = '19:00';", day.toString());
        type("feld-place", "Rathaus Blankenheim, Sitzungssaal");
        new Select(group.findElement(By.id("feld-publicMeeting"))).selectByValue("true");
        submit();
        waiting().until(ExpectedConditions.urlContains("done="));

        group.get(BrowserEndToEndTest.portal + "/workgroup?lang=de");
        group.findElement(By.linkText("Sitzungen protokollieren")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[aria-label='Einladung versenden: "
                + title + "']")));
        assertThat(BrowserEndToEndTest.main(group)).contains(title).contains("Geplant").doesNotContain("SCHEDULED");
        assertThat(BrowserEndToEndTest.axeHere(group, "/workgroup/meetings")).isEmpty();

        open("Einladung versenden: " + title, "feld-date");
        assertThat(BrowserEndToEndTest.axeHere(group, "/entry/workgroup/meetings/{id}/invitations")).isEmpty();
        submitAndSee("Der Versand der Einladung ist erfasst.");

        open("Tagesordnungspunkt hinzufügen: " + title, "feld-title");
        type("feld-title", item);
        new Select(group.findElement(By.id("feld-publicItem"))).selectByValue("true");
        assertThat(BrowserEndToEndTest.axeHere(group, "/entry/workgroup/meetings/{id}/agenda-items/new")).isEmpty();
        submitAndSee("Der Tagesordnungspunkt ist hinzugefügt.");

        open("Sitzung als durchgeführt erfassen: " + title, "feld-actualStart");
        submitAndSee("Die Sitzung ist als durchgeführt erfasst.");
        assertThat(BrowserEndToEndTest.main(group)).contains("Durchgeführt");

        open("Anwesenheit erfassen: " + title, "inhalt");
        List<WebElement> members = group.findElements(By.cssSelector("select[id^='feld-status-']"));
        assertThat(members).as("one choice per member").isNotEmpty();
        assertThat(BrowserEndToEndTest.main(group)).contains("Unentschuldigt abwesend").doesNotContain("PRESENT",
                "EXCUSED");
        assertThat(BrowserEndToEndTest.axeHere(group, "/entry/workgroup/meetings/{id}/attendance")).isEmpty();
        members.forEach(select -> new Select(select).selectByValue("PRESENT"));
        submitAndSee("Die Anwesenheit ist erfasst.");
        JsonNode held = meeting(title);
        assertThat(held.path("attendance").size()).isEqualTo(members.size());

        String votePage = "Abstimmung erfassen: " + title + ", TOP 1: " + item;
        open(votePage, "feld-method");
        new Select(group.findElement(By.id("feld-method"))).selectByValue("BY_FACTION");
        List<WebElement> yes = group.findElements(By.cssSelector("input[id^='feld-factions['][id$='.tally.yes']"));
        assertThat(yes).as("one line per faction with a vote").isNotEmpty();
        assertThat(BrowserEndToEndTest.main(group)).doesNotContain("BY_FACTION", "TOTALS");
        type("feld-factions[0].tally.yes", "zwei");
        submit();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("fehler-factions[0].tally.yes")));
        assertThat(group.findElement(By.id("fehler-factions[0].tally.yes")).getText()).contains("ganze Zahl");
        assertThat(BrowserEndToEndTest.axeHere(group, "/entry/workgroup/meetings/{id}/agenda-items/{itemId}/vote "
                + "(error)")).isEmpty();
        type("feld-factions[0].tally.yes", "99");
        submit();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("fehler-factions[0].tally.yes"),
                "anwesend"));
        assertThat(meeting(title).path("agenda").path("items").get(0).path("votes")).as("nothing recorded").isEmpty();
        for (WebElement field : group.findElements(By.cssSelector("input[id^='feld-factions['][id$='.tally.yes']"))) {
            field.clear();
            field.sendKeys("1");
        }
        submitAndSee("Die Abstimmung ist erfasst.");
        JsonNode vote = meeting(title).path("agenda").path("items").get(0).path("votes").get(0);
        assertThat(vote.path("method").asText()).isEqualTo("BY_FACTION");
        assertThat(vote.path("tally").path("yes").asInt()).isEqualTo(yes.size());
        assertThat(vote.path("result").asText()).isEqualTo("ADOPTED");

        open("Beschluss erfassen: " + title + ", TOP 1: " + item, "feld-outcome");
        assertThat(BrowserEndToEndTest.main(group)).contains("Beschlossen", "Angenommen").doesNotContain("ADOPTED");
        new Select(group.findElement(By.id("feld-outcome"))).selectByValue("ADOPTED");
        type("feld-resolution", "Die Arbeitsgruppe empfiehlt die Strategie.");
        type("feld-recommendation.text", RECOMMENDATION);
        ((JavascriptExecutor) group).executeScript(
                "document.getElementById('feld-recommendation.councilSessionDate').value = arguments[0];",
                councilSession.toString());
        assertThat(BrowserEndToEndTest.axeHere(group, "/entry/workgroup/meetings/{id}/agenda-items/{itemId}/decision"))
                .isEmpty();
        submitAndSee("Der Beschluss ist erfasst.");
        assertThat(BrowserEndToEndTest.main(group)).contains("Beschlossen, Empfehlung für die Ratssitzung am");

        open("Niederschrift genehmigen: " + title, "feld-date");
        submitAndSee("Die Niederschrift ist genehmigt.");
        JsonNode approved = meeting(title);
        assertThat(approved.path("status").asText()).isEqualTo("MINUTES_APPROVED");
        String itemId = approved.path("agenda").path("items").get(0).path("id").asText();

        SharedStack.within(Duration.ofSeconds(90), () -> {
            StackClient.Reply report = BrowserEndToEndTest.client.get("reporting", "/api/reports/" + period, "rat");
            if (report.status() != 200) {
                return false;
            }
            for (JsonNode r : report.json().path("upcomingDecisions").path("recommendations")) {
                if (RECOMMENDATION.equals(r.path("text").asText()) && item.equals(r.path("title").asText())
                        && councilSession.toString().equals(r.path("councilSessionDate").asText())) {
                    return true;
                }
            }
            return false;
        });
        SharedStack.within(Duration.ofSeconds(60), () -> {
            StackClient.Reply oparl = BrowserEndToEndTest.client.get("workgroup", "/oparl/v1.1/agenda-item/" + itemId,
                    null);
            return oparl.status() == 200 && "Beschlossen".equals(oparl.json().path("result").asText())
                    && "Die Arbeitsgruppe empfiehlt die Strategie.".equals(oparl.json().path("resolutionText")
                            .asText());
        });
        WebDriver council = BrowserEndToEndTest.council;
        council.get(BrowserEndToEndTest.portal + "/workgroup?lang=de");
        assertThat(council.findElements(By.linkText("Sitzungen protokollieren"))).isEmpty();
        council.get(BrowserEndToEndTest.portal + "/workgroup/meetings?lang=de");
        assertThat(council.findElements(By.partialLinkText("Anwesenheit"))).isEmpty();
        assertThat(council.getPageSource()).doesNotContain(title);
        council.get(BrowserEndToEndTest.portal + "/entry/workgroup/meetings/" + approved.path("meetingId").asText()
                + "/attendance?lang=de");
        assertThat(council.findElements(By.cssSelector("form[method='post']"))).isEmpty();
        assertThat(BrowserEndToEndTest.main(council)).contains("vorbehalten");
    }
}
