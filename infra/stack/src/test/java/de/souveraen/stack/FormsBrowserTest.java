package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The portal's data-entry forms in a real browser, signed in through the real Keycloak page: the Kämmerei books an
 * expense through the form (and a double submit books once), wrong input is shown in German next to its field with
 * nothing booked, the pages pass axe-core also in their error state, and a council member gets no form and cannot
 * post one.
 */
@ExtendWith(SharedStack.class)
class FormsBrowserTest {
    static final String YEAR = "2026";
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

    static List<JsonNode> bookingsWithInvoice(String invoiceRef) {
        StackClient.Reply reply = BrowserEndToEndTest.client.get("budget",
                "/api/budgets/" + YEAR + "/bookings?size=500", "verwaltung");
        assertThat(reply.status()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        reply.json().path("items").forEach(b -> {
            if (invoiceRef.equals(b.path("invoiceRef").asText())) {
                found.add(b);
            }
        });
        return found;
    }

    static void openForm(WebDriver driver) {
        driver.get(BrowserEndToEndTest.portal + "/budget?lang=de");
        driver.findElement(By.linkText("Ausgabe buchen")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("feld-amount")));
    }

    static void fill(WebDriver driver, String line, String amount, String invoiceRef) {
        new Select(driver.findElement(By.id("feld-lineCode"))).selectByValue(line);
        type(driver, "feld-amount", amount);
        type(driver, "feld-vendor", "Stadtwerke Test GmbH");
        type(driver, "feld-invoiceRef", invoiceRef);
        type(driver, "feld-description", "Schulungsraum <Miete> & Technik");
    }

    static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void theAdministrationBooksAnExpenseThroughTheFormAndASecondSubmitBooksOnce() {
        String invoice = "RE-FORM-" + UUID.randomUUID().toString().substring(0, 8);
        BigDecimal before = BrowserEndToEndTest.spent();
        openForm(administration);
        fill(administration, "EMPFEHLUNG", "12,34", invoice);
        // the same rendered form sent twice at once (a double click without the page's script, or a resubmit)
        Object statuses = ((JavascriptExecutor) administration).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var form = document.querySelector('form[method="post"]');
                var body = new URLSearchParams(new FormData(form));
                var send = function () {
                  return fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin' })
                    .then(function (r) { return r.status; });
                };
                Promise.all([send(), send()]).then(done, function (e) { done(String(e)); });
                """);
        assertThat(statuses).as("both posts answered after the redirect").isEqualTo(List.of(200L, 200L));
        // and the ordinary way: the button, which redirects to the budget page with a notice
        administration.findElement(By.cssSelector("form[method='post'] button[type='submit']")).click();
        new WebDriverWait(administration, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("done="));
        assertThat(BrowserEndToEndTest.main(administration)).contains("Die Ausgabe ist gebucht.");

        List<JsonNode> booked = bookingsWithInvoice(invoice);
        assertThat(booked).as("three submits of one form, one booking").hasSize(1);
        assertThat(booked.get(0).path("amount").decimalValue()).isEqualByComparingTo("12.34");
        assertThat(booked.get(0).path("description").asText()).isEqualTo("Schulungsraum <Miete> & Technik");
        assertThat(booked.get(0).path("recordedBy").asText()).as("the person, not the portal, is the actor")
                .isNotBlank().isNotEqualTo("portal");
        SharedStack.within(Duration.ofSeconds(60), () -> {
            BigDecimal now = BrowserEndToEndTest.spent();
            return now != null && before != null && now.subtract(before).compareTo(new BigDecimal("12.34")) == 0;
        });
    }

    @Test
    void theAdministrationReversesABookingFromTheJournalAndReadsItsHistoryInGerman() throws IOException {
        String invoice = "RE-STORNO-" + UUID.randomUUID().toString().substring(0, 8);
        StackClient.Reply booked = BrowserEndToEndTest.client.post("budget", "/api/budgets/" + YEAR + "/expenses",
                "verwaltung", "{\"lineCode\":\"EMPFEHLUNG\",\"amount\":7.50,\"vendor\":\"Storno Test KG\","
                        + "\"description\":\"Fehlbuchung\",\"invoiceRef\":\"" + invoice + "\"}",
                Map.of("Idempotency-Key", invoice));
        assertThat(booked.status()).isEqualTo(201);

        administration.get(BrowserEndToEndTest.portal + "/budget?lang=de");
        administration.findElement(By.linkText("Buchungen und Verlauf")).click();
        WebDriverWait wait = new WebDriverWait(administration, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-vendor")));
        type(administration, "feld-vendor", "Storno Test");
        administration.findElement(By.cssSelector("form.filter button[type='submit']")).click();
        wait.until(ExpectedConditions.urlContains("vendor=Storno"));
        assertThat(BrowserEndToEndTest.main(administration)).contains(invoice).contains("7,50 €");
        assertThat(BrowserEndToEndTest.axeHere(administration, "/budget/journal")).isEmpty();

        administration.findElement(By.cssSelector("a[aria-label='Buchung stornieren " + invoice + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-reason")));
        assertThat(BrowserEndToEndTest.main(administration)).contains(invoice).contains("7,50 €");
        type(administration, "feld-reason", "Doppelt erfasst");
        administration.findElement(By.cssSelector("form[method='post'] button[type='submit']")).click();
        wait.until(ExpectedConditions.urlContains("done="));
        assertThat(BrowserEndToEndTest.main(administration)).contains("Die Ausgabe ist storniert.");
        List<JsonNode> bookings = bookingsWithInvoice(invoice);
        assertThat(bookings).extracting(b -> b.path("kind").asText()).containsExactlyInAnyOrder("EXPENSE", "REVERSAL");

        administration.get(BrowserEndToEndTest.portal + "/budget/journal/" + booked.json().path("id").asText()
                + "?lang=de");
        String history = BrowserEndToEndTest.main(administration);
        assertThat(history).contains("Ausgabe gebucht", "Ausgabe storniert", "Grund: Doppelt erfasst", "7,50 €")
                .doesNotContain("budget.Expense", "lineCode");
        assertThat(BrowserEndToEndTest.axeHere(administration, "/budget/journal/{id}")).isEmpty();
    }

    @Test
    void aMessyExcelFileIsCheckedFirstRefusedWithItsErrorsAndAGoodOneImported() throws IOException {
        String name = "Ratsinformationssystem " + UUID.randomUUID().toString().substring(0, 6);
        String header = "Anwendung;Anbieter;Land;Kategorie;Betrieb;Daten;Anzahl Nutzer;Kosten pro Jahr\r\n";
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("inventar-fehler-", ".csv");
        java.nio.file.Files.write(bad, (header + name + ";Sitzungsdienst GmbH;Atlantis;Fachverfahren;"
                + "Rechenzentrum;personenbezogen;40;zwölf Euro\r\n").getBytes(java.nio.charset.Charset
                        .forName("windows-1252")));
        java.nio.file.Path good = java.nio.file.Files.createTempFile("inventar-gut-", ".csv");
        java.nio.file.Files.write(good, (header + name + ";Sitzungsdienst GmbH;Deutschland;Fachverfahren;"
                + "Kommunales Rechenzentrum;personenbezogen;40;1.980,00\r\n").getBytes(java.nio.charset.Charset
                        .forName("windows-1252")));
        try {
            administration.get(BrowserEndToEndTest.portal + "/dependencies?lang=de");
            administration.findElement(By.linkText("Aus CSV-Datei übernehmen")).click();
            WebDriverWait wait = new WebDriverWait(administration, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-file")));
            administration.findElement(By.id("feld-file")).sendKeys(bad.toString());
            administration.findElement(By.xpath("//button[text()='Datei prüfen']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("probelauf")));
            String dryRun = BrowserEndToEndTest.main(administration);
            assertThat(dryRun).contains("Zeichensatz der Datei: Windows-1252")
                    .contains("Die Datei hat Fehler").contains("Atlantis").contains("zwölf Euro");
            assertThat(administration.findElements(By.xpath("//button[text()='Alle Zeilen übernehmen']")))
                    .as("a file with errors cannot be imported").isEmpty();
            assertThat(BrowserEndToEndTest.axeHere(administration, "/dependencies/import (dry run)")).isEmpty();

            administration.findElement(By.id("feld-file")).sendKeys(good.toString());
            administration.findElement(By.xpath("//button[text()='Datei prüfen']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//button[text()='Alle Zeilen übernehmen']")));
            assertThat(BrowserEndToEndTest.main(administration)).contains("fehlerfrei").contains("davon neu: 1");
            assertThat(dependenciesNamed(name)).as("a dry run stores nothing").isEmpty();
            administration.findElement(By.xpath("//button[text()='Alle Zeilen übernehmen']")).click();
            wait.until(ExpectedConditions.urlContains("done="));
            assertThat(BrowserEndToEndTest.main(administration)).contains("Die Datei ist übernommen.");
            assertThat(dependenciesNamed(name)).hasSize(1);
        } finally {
            java.nio.file.Files.deleteIfExists(bad);
            java.nio.file.Files.deleteIfExists(good);
        }
    }

    static List<JsonNode> dependenciesNamed(String name) {
        StackClient.Reply list = BrowserEndToEndTest.client.get("inventory", "/api/dependencies?size=500",
                "verwaltung");
        List<JsonNode> found = new ArrayList<>();
        list.json().path("items").forEach(d -> {
            if (name.equals(d.path("name").asText())) {
                found.add(d);
            }
        });
        return found;
    }

    @Test
    void theAdministrationRecordsARiskWithGermanChoicesOnly() {
        String title = "Preiserhöhung " + UUID.randomUUID().toString().substring(0, 6);
        administration.get(BrowserEndToEndTest.portal + "/dependencies?lang=de");
        administration.findElement(By.linkText("Risiko erfassen")).click();
        new WebDriverWait(administration, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("feld-title")));
        assertThat(BrowserEndToEndTest.main(administration)).doesNotContain("PRICE_INCREASE",
                "JURISDICTION_FOREIGN_ACCESS");
        type(administration, "feld-title", title);
        new Select(administration.findElement(By.id("feld-category"))).selectByValue("PRICE_INCREASE");
        new Select(administration.findElement(By.id("feld-likelihood"))).selectByValue("4");
        new Select(administration.findElement(By.id("feld-impact"))).selectByValue("3");
        type(administration, "feld-owner", "Kämmerei");
        administration.findElement(By.cssSelector("form[method='post'] button[type='submit']")).click();
        new WebDriverWait(administration, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("done="));
        StackClient.Reply risks = BrowserEndToEndTest.client.get("inventory", "/api/risks", "verwaltung");
        List<JsonNode> mine = new ArrayList<>();
        risks.json().forEach(r -> {
            if (title.equals(r.path("details").path("title").asText())) {
                mine.add(r);
            }
        });
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("details").path("likelihood").asInt()).isEqualTo(4);
    }

    @Test
    void wrongAmountsAreShownInGermanAtTheFieldAndNothingIsBooked() throws IOException {
        String invoice = "RE-FEHLER-" + UUID.randomUUID().toString().substring(0, 8);
        openForm(administration);
        assertThat(BrowserEndToEndTest.axe(administration, "/entry/budget/expenses/new")).as("the empty form").isEmpty();

        fill(administration, "EMPFEHLUNG", "12,345", invoice);
        administration.findElement(By.cssSelector("form[method='post'] button[type='submit']")).click();
        WebDriverWait wait = new WebDriverWait(administration, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fehler-amount")));
        assertThat(administration.findElement(By.id("fehler-amount")).getText())
                .contains("Der Betrag darf höchstens zwei Nachkommastellen haben.");
        assertThat(administration.findElement(By.id("fehler")).getText()).contains("Bitte korrigieren Sie");
        assertThat(administration.switchTo().activeElement().getAttribute("id")).as("focus on the error summary")
                .isEqualTo("fehler");
        assertThat(administration.findElement(By.id("feld-amount")).getAttribute("value")).isEqualTo("12,345");
        assertThat(administration.findElement(By.id("feld-amount")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(administration.getTitle()).startsWith("Fehler:");
        assertThat(BrowserEndToEndTest.axeHere(administration, "/entry/budget/expenses/new (error)")).isEmpty();

        type(administration, "feld-amount", "999.999,00");
        administration.findElement(By.cssSelector("form[method='post'] button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fehler-amount"), "verfügbar"));
        assertThat(administration.findElement(By.id("fehler-amount")).getText())
                .contains("Auf der Haushaltsposition EMPFEHLUNG sind nur");
        assertThat(BrowserEndToEndTest.main(administration)).doesNotContain("insufficient-funds", "INSUFFICIENT");
        assertThat(bookingsWithInvoice(invoice)).as("nothing booked").isEmpty();
    }

    @Test
    void theAdministrationRegistersADependencyWithItsContractThroughTheForm() throws IOException {
        String name = "Fachverfahren Test " + UUID.randomUUID().toString().substring(0, 6);
        administration.get(BrowserEndToEndTest.portal + "/dependencies?lang=de");
        administration.findElement(By.linkText("Abhängigkeit erfassen")).click();
        new WebDriverWait(administration, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("feld-name")));
        assertThat(BrowserEndToEndTest.main(administration)).as("labels, never codes")
                .contains("Betrieb", "Kategorie").doesNotContain("ON_PREMISES", "NON_EU_CLOUD", "SPECIAL_CATEGORY");
        assertThat(BrowserEndToEndTest.axeHere(administration, "/entry/dependencies/new")).isEmpty();
        type(administration, "feld-name", name);
        type(administration, "feld-vendor", "Beispiel Software GmbH");
        type(administration, "feld-vendorCountry", "de");
        new Select(administration.findElement(By.id("feld-category"))).selectByValue("SPECIALISED_PROCEDURE");
        new Select(administration.findElement(By.id("feld-hosting"))).selectByValue("MUNICIPAL_PROVIDER");
        new Select(administration.findElement(By.id("feld-dataClassification"))).selectByValue("PERSONAL");
        type(administration, "feld-users", "35");
        type(administration, "feld-annualCost", "-5,00");
        administration.findElement(By.cssSelector("form[method='post'] button[type='submit']")).click();
        WebDriverWait wait = new WebDriverWait(administration, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fehler-annualCost")));
        assertThat(administration.findElement(By.id("fehler-annualCost")).getText()).contains("nicht negativ");

        type(administration, "feld-annualCost", "12.480,00");
        administration.findElement(By.cssSelector("form[method='post'] button[type='submit']")).click();
        wait.until(ExpectedConditions.urlContains("done="));
        assertThat(BrowserEndToEndTest.main(administration)).contains("Die Abhängigkeit ist erfasst.");
        StackClient.Reply list = BrowserEndToEndTest.client.get("inventory", "/api/dependencies?size=500",
                "verwaltung");
        List<JsonNode> mine = new ArrayList<>();
        list.json().path("items").forEach(d -> {
            if (name.equals(d.path("name").asText())) {
                mine.add(d);
            }
        });
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("annualCost").decimalValue()).isEqualByComparingTo("12480.00");
        assertThat(mine.get(0).path("vendorCountry").asText()).isEqualTo("DE");
    }

    @Test
    void theWorkingGroupSchedulesAMeetingThroughTheFormAndTheCouncilNeverSeesIt() throws IOException {
        WebDriver group = BrowserEndToEndTest.signIn("ag");
        try {
            String title = "Sondersitzung " + UUID.randomUUID().toString().substring(0, 6);
            group.get(BrowserEndToEndTest.portal + "/workgroup?lang=de");
            group.findElement(By.linkText("Sitzung anberaumen")).click();
            new WebDriverWait(group, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("feld-title")));
            type(group, "feld-title", title);
            ((JavascriptExecutor) group).executeScript(
                    "document.getElementById('feld-day').value = '2027-02-11';"
                            + "document.getElementById('feld-startTime').value = '18:00';"
                            + "document.getElementById('feld-endTime').value = '20:00';");
            type(group, "feld-place", "Rathaus Blankenheim, Sitzungssaal");
            new Select(group.findElement(By.id("feld-publicMeeting"))).selectByValue("true");
            group.findElement(By.cssSelector("form[method='post'] button[type='submit']")).click();
            new WebDriverWait(group, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("done="));
            assertThat(BrowserEndToEndTest.main(group)).contains("Die Sitzung ist anberaumt.");
            StackClient.Reply meetings = BrowserEndToEndTest.client.get("workgroup", "/api/meetings", "ag");
            List<JsonNode> mine = new ArrayList<>();
            meetings.json().forEach(m -> {
                if (title.equals(m.path("title").asText())) {
                    mine.add(m);
                }
            });
            assertThat(mine).hasSize(1);
            assertThat(java.time.OffsetDateTime.parse(mine.get(0).path("start").asText()).toInstant())
                    .as("18:00 in Blankenheim in winter").isEqualTo(java.time.Instant.parse("2027-02-11T17:00:00Z"));
        } finally {
            group.quit();
        }
        BrowserEndToEndTest.council.get(BrowserEndToEndTest.portal + "/workgroup?lang=de");
        assertThat(BrowserEndToEndTest.council.findElements(By.linkText("Sitzung anberaumen"))).isEmpty();
    }

    @Test
    void theSignInPageSpeaksGermanFirstEvenToAnEnglishBrowserAndLooksLikeThePortal() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        java.net.http.HttpResponse<String> toLogin = http.send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(BrowserEndToEndTest.portal + "/budget")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(toLogin.statusCode()).isEqualTo(302);
        String login = toLogin.headers().firstValue("Location").orElseThrow();
        assertThat(login).startsWith(SharedStack.stack.ports().issuer()).contains("ui_locales=de");
        java.net.http.HttpResponse<String> page = http.send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(login)).header("Accept-Language", "en-US,en;q=0.9").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"de\"").contains("Anmelden").doesNotContain("Sign in to your account")
                .as("the portal's look").contains("css/souveraen.css");
    }

    @Test
    void theCouncilSeesNoFormAndAForgedPostIsRefused() {
        WebDriver council = BrowserEndToEndTest.council;
        council.get(BrowserEndToEndTest.portal + "/budget?lang=de");
        assertThat(council.findElements(By.linkText("Ausgabe buchen"))).isEmpty();
        council.get(BrowserEndToEndTest.portal + "/entry/budget/expenses/new?lang=de");
        assertThat(council.findElements(By.id("feld-amount"))).isEmpty();

        String invoice = "RE-RAT-" + UUID.randomUUID().toString().substring(0, 8);
        council.get(BrowserEndToEndTest.portal + "/budget?lang=de");
        Object status = ((JavascriptExecutor) council).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var body = new URLSearchParams({ _key: 'form-forged', _token: 'forged', year: '2026',
                  lineCode: 'EMPFEHLUNG', amount: '1,00', vendor: 'X', description: 'X', invoiceRef: arguments[0] });
                fetch('/entry/budget/expenses/new', { method: 'POST', body: body, credentials: 'same-origin' })
                  .then(function (r) { return r.text().then(function (t) { done([r.status, t]); }); },
                        function (e) { done(String(e)); });
                """, invoice);
        assertThat(status).asList().first().isEqualTo(403L);
        assertThat(((List<?>) status).get(1).toString()).contains("Es wurde nichts gespeichert");
        assertThat(bookingsWithInvoice(invoice)).isEmpty();
    }
}
