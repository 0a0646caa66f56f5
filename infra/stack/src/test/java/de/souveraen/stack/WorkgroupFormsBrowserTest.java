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
 * council sees none of these forms. Another meeting loses an agenda item before it is held, takes a roll call with a
 * member excluded for bias (an empty roll call refused at the first member's field), gets its minutes' text (shown
 * on the meeting's page) and the lack of quorum, and its history and the item's read in German words.
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
        try {
            waiting().until(ExpectedConditions.urlContains("done="));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not accepted: " + BrowserEndToEndTest.main(group), e);
        }
        assertThat(BrowserEndToEndTest.main(group)).contains(notice);
    }

    static void type(String id, String text) {
        WebElement field = group.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Follows the overview's link {@code text}. The overview refreshes itself when something changed, which may
     * replace the link under a click; its target is read (again if need be) and opened.
     */
    static void follow(String text) {
        String href = waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.linkText(text)).getAttribute("href"));
        group.get(href);
    }

    /** From the list of meetings, the action link named {@code label}, then the form's field {@code fieldId}. */
    static void open(String label, String fieldId) {
        group.get(BrowserEndToEndTest.portal + "/workgroup/meetings?lang=de");
        group.findElement(By.cssSelector("a[aria-label='" + label + "']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(fieldId)));
    }

    /** From the list of meetings, the link named {@code label}, then the page whose address contains {@code part}. */
    static void visit(String label, String part) {
        group.get(BrowserEndToEndTest.portal + "/workgroup/meetings?lang=de");
        group.findElement(By.cssSelector("a[aria-label='" + label + "']")).click();
        waiting().until(ExpectedConditions.urlContains(part));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("inhalt")));
    }

    /** The texts of a select's options. */
    static List<String> options(WebElement select) {
        return new Select(select).getOptions().stream().map(WebElement::getText).toList();
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
        follow("Sitzung anberaumen");
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
        follow("Sitzungen protokollieren");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[aria-label='Einladung versenden: "
                + title + "']")));
        assertThat(BrowserEndToEndTest.main(group)).contains(title).contains("Geplant").doesNotContain("SCHEDULED");
        assertThat(BrowserEndToEndTest.axeHere(group, "/workgroup/meetings")).isEmpty();

        open("Einladung versenden: " + title, "feld-date");
        assertThat(BrowserEndToEndTest.axeHere(group, "/entry/workgroup/meetings/{id}/invitations")).isEmpty();
        submit();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("fehler")));
        assertThat(group.findElement(By.id("fehler")).getText()).as("the service's refusal, in German")
                .contains("Eine Einladung braucht eine Tagesordnung.");
        assertThat(BrowserEndToEndTest.axeHere(group, "/entry/workgroup/meetings/{id}/invitations (error)")).isEmpty();

        open("Tagesordnungspunkt hinzufügen: " + title, "feld-title");
        type("feld-title", item);
        new Select(group.findElement(By.id("feld-publicItem"))).selectByValue("true");
        assertThat(BrowserEndToEndTest.axeHere(group, "/entry/workgroup/meetings/{id}/agenda-items/new")).isEmpty();
        submitAndSee("Der Tagesordnungspunkt ist hinzugefügt.");

        open("Einladung versenden: " + title, "feld-date");
        submitAndSee("Der Versand der Einladung ist erfasst.");

        open("Sitzung als durchgeführt erfassen: " + title, "feld-actualStart");
        submitAndSee("Die Sitzung ist als durchgeführt erfasst.");
        assertThat(BrowserEndToEndTest.main(group)).contains("Durchgeführt");

        group.get(BrowserEndToEndTest.portal + "/workgroup/meetings?lang=de");
        group.findElement(By.cssSelector("a[aria-label='Anwesenheit erfassen: " + title + "']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("select[id^='feld-status-']")));
        List<WebElement> members = group.findElements(By.cssSelector("select[id^='feld-status-']"));
        assertThat(options(members.get(0))).contains("Anwesend", "Entschuldigt", "Unentschuldigt abwesend");
        assertThat(BrowserEndToEndTest.main(group)).doesNotContain("PRESENT", "EXCUSED");
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
        assertThat(options(group.findElement(By.id("feld-outcome")))).contains("Beschlossen", "Vertagt");
        assertThat(options(group.findElement(By.id("feld-voteId")))).anyMatch(o -> o.contains("Angenommen"));
        assertThat(BrowserEndToEndTest.main(group)).doesNotContain("ADOPTED", "DEFERRED");
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

    @Test
    void theSecretaryRemovesAnItemRecordsARollCallWithBiasWritesTheMinutesFindsQuorumLackingAndReadsTheHistory()
            throws IOException {
        String title = "Sondersitzung " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1);
        StackClient client = BrowserEndToEndTest.client;
        String id = client.post("workgroup", "/api/meetings", "ag", ("{\"title\":\"%s\",\"start\":\"%sT17:00:00Z\","
                + "\"end\":\"%sT19:00:00Z\",\"place\":\"Rathaus\",\"publicMeeting\":true}").formatted(title, day,
                        day), java.util.Map.of()).json().path("id").asText();
        for (String item : List.of("Haushalt 2027", "Entfällt")) {
            assertThat(client.post("workgroup", "/api/meetings/" + id + "/agenda-items", "ag", "{\"title\":\"" + item
                    + "\",\"publicItem\":true}", java.util.Map.of()).status()).isEqualTo(201);
        }
        assertThat(client.post("workgroup", "/api/meetings/" + id + "/invitations", "ag", "{}", java.util.Map.of())
                .status()).isEqualTo(200);

        visit("Tagesordnungspunkt streichen: " + title + ", TOP 2: Entfällt", "/removal");
        assertThat(BrowserEndToEndTest.main(group)).contains("TOP 2: Entfällt");
        assertThat(BrowserEndToEndTest.axeHere(group, "/entry/workgroup/meetings/{id}/agenda-items/{itemId}/removal"))
                .isEmpty();
        submitAndSee("Der Tagesordnungspunkt ist gestrichen.");
        assertThat(meeting(title).path("agenda").path("items")).hasSize(1);

        assertThat(client.post("workgroup", "/api/meetings/" + id + "/held", "ag", "{}", java.util.Map.of())
                .status()).isEqualTo(200);
        visit("Anwesenheit erfassen: " + title, "/attendance");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("select[id^='feld-status-']")));
        group.findElements(By.cssSelector("select[id^='feld-status-']"))
                .forEach(select -> new Select(select).selectByValue("PRESENT"));
        submitAndSee("Die Anwesenheit ist erfasst.");

        open("Abstimmung erfassen: " + title + ", TOP 1: Haushalt 2027", "feld-method");
        new Select(group.findElement(By.id("feld-method"))).selectByValue("ROLL_CALL");
        List<WebElement> choices = group.findElements(By.cssSelector("select[id^='feld-members['][id$='.choice']"));
        assertThat(choices).as("one line per member").hasSizeGreaterThan(1);
        assertThat(options(choices.get(0))).contains("Ja", "Nein", "Enthaltung",
                "Befangen, von der Abstimmung ausgeschlossen");
        assertThat(BrowserEndToEndTest.main(group)).doesNotContain("ROLL_CALL", "ABSTAIN", "BIAS");
        submit(); // a roll call without a single vote: the service's refusal at the first member's field
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("fehler-members[0].choice")));
        assertThat(group.findElement(By.id("fehler-members[0].choice")).getText())
                .contains("Die namentliche Abstimmung fehlt.");
        assertThat(BrowserEndToEndTest.axeHere(group, "/entry/workgroup/meetings/{id}/agenda-items/{itemId}/vote "
                + "(roll call, error)")).isEmpty();
        choices = group.findElements(By.cssSelector("select[id^='feld-members['][id$='.choice']"));
        new Select(choices.get(0)).selectByValue("BIAS");
        int voting = 0;
        for (WebElement choice : choices.subList(1, choices.size())) {
            String label = group.findElement(By.cssSelector("label[for='" + choice.getAttribute("id") + "']"))
                    .getText();
            if (!label.contains("beratend")) {
                new Select(choice).selectByValue("YES");
                voting++;
            }
        }
        submitAndSee("Die Abstimmung ist erfasst.");
        JsonNode vote = meeting(title).path("agenda").path("items").get(0).path("votes").get(0);
        assertThat(vote.path("method").asText()).isEqualTo("ROLL_CALL");
        assertThat(vote.path("excludedForBias")).hasSize(1);
        assertThat(vote.path("tally").path("yes").asInt()).isEqualTo(voting);

        open("Niederschrift schreiben: " + title, "feld-text");
        assertThat(BrowserEndToEndTest.axeHere(group, "/entry/workgroup/meetings/{id}/minutes")).isEmpty();
        type("feld-text", "TOP 1: Der Haushalt 2027 wird beraten.\nEnde der Sitzung: 18:40 Uhr.");
        submitAndSee("Die Niederschrift ist gespeichert.");
        assertThat(group.getCurrentUrl()).contains("/workgroup/meetings/" + id);
        assertThat(BrowserEndToEndTest.main(group)).contains("TOP 1: Der Haushalt 2027 wird beraten.")
                .contains("Ende der Sitzung: 18:40 Uhr.");
        assertThat(BrowserEndToEndTest.axeHere(group, "/workgroup/meetings/{id}")).isEmpty();

        // all but one leave early: recorded as absent, the meeting lacks quorum
        visit("Anwesenheit erfassen: " + title, "/attendance");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("select[id^='feld-status-']")));
        List<WebElement> statuses = group.findElements(By.cssSelector("select[id^='feld-status-']"));
        statuses.subList(1, statuses.size()).forEach(select -> new Select(select).selectByValue("ABSENT"));
        submitAndSee("Die Anwesenheit ist erfasst.");
        visit("Beschlussunfähigkeit feststellen: " + title, "/quorum-lack");
        assertThat(BrowserEndToEndTest.axeHere(group, "/entry/workgroup/meetings/{id}/quorum-lack")).isEmpty();
        submitAndSee("Die Beschlussunfähigkeit ist festgestellt.");
        assertThat(meeting(title).path("quorumLacking").asBoolean()).isTrue();

        visit("Verlauf der Sitzung: " + title, "/history");
        String history = BrowserEndToEndTest.main(group);
        assertThat(history).contains("Verlauf einer Sitzung", "Sitzung anberaumt", "Tagesordnungspunkt gestrichen",
                "Abstimmung erfasst", "Niederschrift geschrieben", "Beschlussunfähigkeit festgestellt")
                .doesNotContain("MinutesWritten", "ROLL_CALL", "workgroup.");
        assertThat(BrowserEndToEndTest.axeHere(group, "/workgroup/meetings/{id}/history")).isEmpty();
        visit("Verlauf: " + title + ", TOP 1: Haushalt 2027", "/agenda-items/");
        assertThat(BrowserEndToEndTest.main(group)).contains("Tagesordnungspunkt aufgenommen", "Abstimmung erfasst",
                "befangen: 1").doesNotContain("Niederschrift geschrieben");
        assertThat(BrowserEndToEndTest.axeHere(group, "/workgroup/meetings/{id}/agenda-items/{id}/history")).isEmpty();
    }

    @Test
    void theSecretaryRecordsATrainingFromPlanToOutcomesAndAMemberLeaving() throws IOException {
        String title = "LibreOffice-Workshop " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1);
        group.get(BrowserEndToEndTest.portal + "/workgroup?lang=de");
        follow("Schulung planen");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("feld-title")));
        assertThat(options(group.findElement(By.id("feld-audience[0]")))).contains("Arbeitsgruppe", "IT-Personal");
        assertThat(BrowserEndToEndTest.main(group)).doesNotContain("IT_STAFF", "WORKSHOP");
        type("feld-title", title);
        ((JavascriptExecutor) group).executeScript("document.getElementById('feld-date').value = arguments[0];",
                yesterday.toString());
        new Select(group.findElement(By.id("feld-format"))).selectByValue("WORKSHOP");
        new Select(group.findElement(By.id("feld-audience[0]"))).selectByValue("WORKGROUP");
        new Select(group.findElement(By.id("feld-audience[1]"))).selectByValue("COUNCIL");
        type("feld-hours", "3,5");
        type("feld-topics", "LibreOffice, Datenschutz");
        submitAndSee("Die Schulung ist geplant.");
        assertThat(BrowserEndToEndTest.main(group)).contains(title).contains("Geplant");
        assertThat(BrowserEndToEndTest.axeHere(group, "/workgroup/trainings")).isEmpty();

        group.findElement(By.cssSelector("a[aria-label='Schulung als durchgeführt erfassen: " + title + "']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("feld-participants")));
        type("feld-participants", "12");
        submitAndSee("Die Schulung ist als durchgeführt erfasst.");

        group.findElement(By.cssSelector("a[aria-label='Rückmeldungen erfassen: " + title + "']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("feld-scores")));
        type("feld-scores", "5, 4, gut");
        submit();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("fehler-scores")));
        assertThat(group.findElement(By.id("fehler-scores")).getText()).contains("ganze Zahlen");
        assertThat(BrowserEndToEndTest.axeHere(group, "/entry/workgroup/trainings/{id}/feedback (error)")).isEmpty();
        type("feld-scores", "5, 4, 4");
        submitAndSee("Die Rückmeldungen sind erfasst.");

        group.findElement(By.cssSelector("a[aria-label='Ergebnisse erfassen: " + title + "']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("feld-outcomes")));
        type("feld-outcomes", "Vorlagen in LibreOffice umgestellt\nDatenschutzhinweise überarbeitet");
        submitAndSee("Die Ergebnisse sind erfasst.");

        JsonNode training = null;
        for (JsonNode t : BrowserEndToEndTest.client.get("workgroup", "/api/trainings", "ag").json()) {
            if (title.equals(t.path("details").path("title").asText())) {
                training = t;
            }
        }
        assertThat(training).isNotNull();
        assertThat(training.path("status").asText()).isEqualTo("HELD");
        assertThat(training.path("participants").asInt()).isEqualTo(12);
        assertThat(training.path("details").path("audience")).hasSize(2);
        assertThat(training.path("details").path("hours").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(training.path("satisfaction").path("responses").asInt()).isEqualTo(3);
        assertThat(training.path("outcomes")).hasSize(2);
        group.get(BrowserEndToEndTest.portal + "/workgroup/trainings?lang=de");
        group.findElement(By.cssSelector("a[aria-label='Verlauf der Schulung: " + title + "']")).click();
        waiting().until(ExpectedConditions.urlContains("/history"));
        assertThat(BrowserEndToEndTest.main(group)).contains("Verlauf einer Schulung", "Schulung geplant",
                "Schulung durchgeführt", "12 Teilnehmende", "Rückmeldungen erfasst", "Ergebnisse erfasst")
                .doesNotContain("TrainingHeld", "WORKSHOP");
        assertThat(BrowserEndToEndTest.axeHere(group, "/workgroup/trainings/{id}/history")).isEmpty();

        String family = "Ausscheid" + UUID.randomUUID().toString().substring(0, 4);
        StackClient.Reply added = BrowserEndToEndTest.client.post("workgroup", "/api/members", "ag",
                "{\"person\":{\"givenName\":\"Jana\",\"familyName\":\"" + family + "\"},\"affiliation\":"
                        + "{\"type\":\"FACTION\",\"faction\":\"SPD\"},\"role\":\"MEMBER\",\"votingRight\":true,"
                        + "\"from\":\"" + yesterday.minusDays(30) + "\"}", java.util.Map.of("Idempotency-Key", family));
        assertThat(added.status()).isEqualTo(201);
        group.get(BrowserEndToEndTest.portal + "/workgroup?lang=de");
        follow("Mitglieder verwalten");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "a[aria-label='Ausscheiden erfassen: Jana " + family + "']")));
        assertThat(BrowserEndToEndTest.main(group)).contains("Mitglied").doesNotContain("MEMBER", "FACTION");
        assertThat(BrowserEndToEndTest.axeHere(group, "/workgroup/members")).isEmpty();
        group.findElement(By.cssSelector("a[aria-label='Ausscheiden erfassen: Jana " + family + "']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("feld-reason")));
        type("feld-reason", "Mandatsniederlegung");
        submitAndSee("Das Ausscheiden ist erfasst.");
        JsonNode member = BrowserEndToEndTest.client.get("workgroup", "/api/members/" + added.json().path("id")
                .asText(), "ag").json();
        assertThat(member.path("to").isTextual()).as("left").isTrue();
    }
}
