package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The inventory's forms of one dependency in a real browser, signed in as the administration: the list leads to
 * editing (filled with the recorded values, saved with its version; a stale version is refused in German and writes
 * nothing), to the sovereignty questionnaire (score, SEAL level and SDS label live while answering and after
 * saving), to the next migration step (only allowed steps offered) and to its history in words. Every page passes
 * axe-core and shows no enum code.
 */
@ExtendWith(SharedStack.class)
class InventoryFormsBrowserTest {
    static final List<String> CODES = List.of("IDENTIFIED", "ASSESSED", "ALTERNATIVE_SELECTED", "KEPT",
            "NON_EU_CLOUD", "PERSONAL", "TACIT", "SOV1", "SOV5");
    static WebDriver administration;

    @BeforeAll
    static void browsers() throws IOException {
        BrowserEndToEndTest.browser();
        administration = BrowserEndToEndTest.signIn("verwaltung");
    }

    @AfterAll
    static void close() {
        if (administration != null) {
            administration.quit();
        }
        BrowserEndToEndTest.closeBrowser();
    }

    static JsonNode dependency(String id) {
        StackClient.Reply reply = BrowserEndToEndTest.client.get("inventory", "/api/dependencies/" + id, "verwaltung");
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    static String main() {
        String text = BrowserEndToEndTest.main(administration);
        assertThat(text).as("no enum code on the page").doesNotContain(CODES);
        return text;
    }

    static void type(String id, String text) {
        WebElement field = administration.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    static void submit() {
        administration.findElement(By.cssSelector("form[method='post'] button[type='submit']")).click();
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(administration, Duration.ofSeconds(30));
    }

    @Test
    void theAdministrationEditsAssessesAndMovesADependencyOnAndAStaleEditWritesNothing() throws IOException {
        String name = "Fachverfahren Friedhof " + UUID.randomUUID().toString().substring(0, 6);
        String vendor = "Friedhofsoft Inc.";
        StackClient.Reply registered = BrowserEndToEndTest.client.post("inventory", "/api/dependencies",
                "verwaltung", "{\"name\":\"" + name + "\",\"vendor\":\"" + vendor + "\",\"vendorCountry\":\"US\","
                        + "\"category\":\"OFFICE\",\"hosting\":\"NON_EU_CLOUD\",\"dataClassification\":\"PERSONAL\","
                        + "\"users\":25,\"annualCost\":1234.50,\"criticality\":\"HIGH\",\"openStandards\":[\"ODF\","
                        + "\"CalDAV\"],\"contract\":{\"start\":\"2024-01-01\",\"end\":\"2027-12-31\","
                        + "\"noticePeriodMonths\":3,\"renewal\":\"TACIT\",\"renewalPeriodMonths\":12}}", Map.of());
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.json().path("id").asText();
        String title = name + " (" + vendor + ")";
        WebDriverWait wait = waiting();

        // the list, reached from the dependencies page
        administration.get(BrowserEndToEndTest.portal + "/dependencies?lang=de");
        // the overview refreshes itself when the registration arrives: click the link of the page as it is then
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(By.linkText("Abhängigkeiten bearbeiten und bewerten")).click();
            return true;
        });
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[aria-label='Bearbeiten: " + title
                + "']")));
        assertThat(main()).contains(name, "Erfasst", "nicht bewertet");
        assertThat(BrowserEndToEndTest.axeHere(administration, "/dependencies/register")).isEmpty();

        // edit: the recorded values, changed and saved
        administration.findElement(By.cssSelector("a[aria-label='Bearbeiten: " + title + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-name")));
        assertThat(administration.findElement(By.id("feld-name")).getAttribute("value")).isEqualTo(name);
        assertThat(administration.findElement(By.id("feld-annualCost")).getAttribute("value")).isEqualTo("1.234,50");
        assertThat(administration.findElement(By.id("feld-openStandards")).getAttribute("value"))
                .isEqualTo("ODF, CalDAV");
        assertThat(new Select(administration.findElement(By.id("feld-hosting"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("NON_EU_CLOUD");
        assertThat(administration.findElement(By.id("feld-contract.end")).getAttribute("value"))
                .isEqualTo("2027-12-31");
        main();
        assertThat(BrowserEndToEndTest.axeHere(administration, "/entry/dependencies/{id}/edit")).isEmpty();
        type("feld-users", "40");
        type("feld-note", "Vertrag liegt im Fachamt");
        submit();
        wait.until(ExpectedConditions.urlContains("done="));
        assertThat(main()).contains("Die Abhängigkeit ist geändert.");
        JsonNode edited = dependency(id);
        assertThat(edited.path("users").asInt()).isEqualTo(40);
        assertThat(edited.path("note").asText()).isEqualTo("Vertrag liegt im Fachamt");
        assertThat(edited.path("name").asText()).as("unchanged fields stay").isEqualTo(name);
        assertThat(edited.path("annualCost").decimalValue()).isEqualByComparingTo("1234.50");

        // a stale edit: someone else changes the dependency after the form was read
        administration.get(BrowserEndToEndTest.portal + "/entry/dependencies/" + id + "/edit?lang=de");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-users")));
        String other = BrowserEndToEndTest.client.post("inventory", "/api/dependencies", "verwaltung",
                "{\"name\":\"Rechenzentrum " + UUID.randomUUID().toString().substring(0, 6) + "\",\"vendor\":"
                        + "\"KDN\",\"vendorCountry\":\"DE\",\"category\":\"OFFICE\",\"hosting\":\"NON_EU_CLOUD\","
                        + "\"dataClassification\":\"PERSONAL\",\"users\":1,\"annualCost\":1.00}", Map.of())
                .json().path("id").asText();
        StackClient.Reply meanwhile = BrowserEndToEndTest.client.post("inventory", "/api/dependencies/" + id
                + "/relations", "verwaltung", "{\"relation\":\"RUNS_ON\",\"targetId\":\"" + other + "\"}",
                Map.of());
        assertThat(meanwhile.status()).as("the change in the meantime").isEqualTo(200);
        type("feld-users", "99");
        submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fehler")));
        assertThat(administration.findElement(By.id("fehler")).getText()).contains("inzwischen geändert")
                .contains("laden Sie");
        main();
        assertThat(BrowserEndToEndTest.axeHere(administration, "/entry/dependencies/{id}/edit (stale)")).isEmpty();
        assertThat(dependency(id).path("users").asInt()).as("a stale edit writes nothing").isEqualTo(40);

        // the questionnaire: first without answers, then answered
        administration.get(BrowserEndToEndTest.portal + "/dependencies/register?lang=de");
        administration.findElement(By.cssSelector("a[aria-label='Bewerten: " + title + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-rationale")));
        assertThat(main()).contains("SOV-1 Strategische Souveränität", "SOV-8 Ökologische Nachhaltigkeit",
                "Stufe 4:");
        assertThat(BrowserEndToEndTest.axeHere(administration, "/entry/dependencies/{id}/assessment")).isEmpty();
        submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fehler")));
        main();
        assertThat(BrowserEndToEndTest.axeHere(administration, "/entry/dependencies/{id}/assessment (error)"))
                .isEmpty();
        assertThat(BrowserEndToEndTest.client.get("inventory", "/api/dependencies/" + id + "/assessments",
                "verwaltung").json()).as("nothing assessed yet").isEmpty();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("vorschau"), "Fragen offen"));
        for (int objective = 1; objective <= 8; objective++) {
            administration.findElement(By.id("feld-scores.SOV" + objective + "-3")).click();
        }
        // while answering, the inventory's result of the answers so far (nothing stored)
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("vorschau"),
                "75,00 von 100 Punkten · SEAL-3 · SDS 2 – Überwiegend souverän"));
        type("feld-rationale", "Vertrag und Testat geprüft");
        administration.findElement(By.id("feld-exit.canExit-0")).click();
        type("feld-exit.estimatedMonths", "12");
        type("feld-exit.estimatedCost", "25.000,00");
        submit();
        wait.until(ExpectedConditions.urlContains("done="));
        String assessed = main();
        assertThat(assessed).contains("Die Bewertung ist gespeichert.", "75,00", "SEAL-3",
                "SDS 2 – Überwiegend souverän", "Vertrag und Testat geprüft");
        assertThat(BrowserEndToEndTest.axeHere(administration, "/dependencies/register/{id}")).isEmpty();
        JsonNode view = dependency(id);
        assertThat(view.path("sovereigntyScore").decimalValue()).isEqualByComparingTo("75.00");
        assertThat(view.path("sealLevel").asInt()).isEqualTo(3);

        // the next migration step: only the allowed ones
        administration.findElement(By.linkText("Nächster Migrationsschritt")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-status")));
        assertThat(new Select(administration.findElement(By.id("feld-status"))).getOptions())
                .extracting(WebElement::getText).containsExactly("– bitte wählen –", "Bewertet", "Beibehalten");
        assertThat(main()).contains("Jetziger Stand", "Erfasst");
        assertThat(BrowserEndToEndTest.axeHere(administration, "/entry/dependencies/{id}/status")).isEmpty();
        new Select(administration.findElement(By.id("feld-status"))).selectByVisibleText("Bewertet");
        submit();
        wait.until(ExpectedConditions.urlContains("done="));
        assertThat(main()).contains("Der Migrationsstand ist geändert.", "Bewertet", "Alternative ausgewählt");
        assertThat(dependency(id).path("status").asText()).isEqualTo("ASSESSED");

        // the history: who changed what when, in words
        administration.findElement(By.linkText("Verlauf")).click();
        wait.until(ExpectedConditions.urlContains("/history"));
        assertThat(main()).contains("Erfasst", "Angaben geändert", "Zahl der Nutzerinnen und Nutzer", "Notiz",
                "Beziehung erfasst", "Läuft auf", "Souveränität bewertet", "SEAL-3", "Migrationsstand geändert",
                "Erfasst → Bewertet").doesNotContain("inventory.", "changedFields", "users");
        assertThat(BrowserEndToEndTest.axeHere(administration, "/dependencies/register/{id}/history")).isEmpty();
    }
}
