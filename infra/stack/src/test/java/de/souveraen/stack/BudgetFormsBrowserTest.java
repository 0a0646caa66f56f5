package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Kämmerei's budget forms beyond booking, in a real browser: a commitment is changed and released from the
 * commitments page (a change on a stale page is refused as changed in the meantime), and funds move between two
 * lines after they were declared to cover each other. Every page passes axe-core, also with its errors shown.
 */
@ExtendWith(SharedStack.class)
class BudgetFormsBrowserTest {
    static final String YEAR = FormsBrowserTest.YEAR;
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

    static JsonNode commitment(String id) {
        return find("/commitments?size=500", "items", "id", id);
    }

    static JsonNode line(String code) {
        return find("", "lines", "code", code);
    }

    /** The element of the budget year's {@code array} (read from {@code /api/budgets/2026{path}}) with that member. */
    static JsonNode find(String path, String array, String member, String value) {
        StackClient.Reply reply = BrowserEndToEndTest.client.get("budget", "/api/budgets/" + YEAR + path,
                "verwaltung");
        assertThat(reply.status()).isEqualTo(200);
        for (JsonNode element : reply.json().path(array)) {
            if (element.path(member).asText().equals(value)) {
                return element;
            }
        }
        throw new AssertionError("no " + member + " " + value + " in " + path);
    }

    static void submit(WebDriver driver) {
        driver.findElement(By.cssSelector("form[method='post'] button[type='submit']")).click();
    }

    static void openCommitments(WebDriverWait wait, String reference) {
        administration.get(BrowserEndToEndTest.portal + "/budget?lang=de");
        administration.findElement(By.linkText("Mittelbindungen")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-status")));
        new Select(administration.findElement(By.id("feld-status"))).selectByValue("OPEN");
        administration.findElement(By.cssSelector("form.filter button[type='submit']")).click();
        wait.until(ExpectedConditions.urlContains("status=OPEN"));
        assertThat(BrowserEndToEndTest.main(administration)).contains(reference);
    }

    @Test
    void theAdministrationChangesAndReleasesACommitmentFromTheCommitmentsPage() throws IOException {
        String reference = "B-FORM-" + UUID.randomUUID().toString().substring(0, 8);
        StackClient.Reply committed = BrowserEndToEndTest.client.post("budget", "/api/budgets/" + YEAR
                + "/commitments", "verwaltung", "{\"lineCode\":\"KONZEPT\",\"amount\":12.00,\"vendor\":"
                        + "\"Bindung Test KG\",\"reference\":\"" + reference + "\"}", Map.of());
        assertThat(committed.status()).as(committed.body()).isEqualTo(201);
        String id = committed.json().path("id").asText();
        WebDriverWait wait = new WebDriverWait(administration, Duration.ofSeconds(30));

        openCommitments(wait, reference);
        assertThat(BrowserEndToEndTest.main(administration)).contains("12,00 €").contains("offen");
        assertThat(BrowserEndToEndTest.axeHere(administration, "/budget/commitments")).isEmpty();

        administration.findElement(By.cssSelector("a[aria-label='Mittelbindung ändern " + reference + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-amount")));
        assertThat(administration.findElement(By.id("feld-amount")).getAttribute("value"))
                .as("the current amount").isEqualTo("12,00");
        assertThat(BrowserEndToEndTest.main(administration)).contains(reference).contains("Bindung Test KG");
        assertThat(BrowserEndToEndTest.axeHere(administration, "/entry/budget/{year}/commitments/{id}/adjustment"))
                .isEmpty();
        String adjustment = administration.getCurrentUrl();

        FormsBrowserTest.type(administration, "feld-amount", "10,005");
        FormsBrowserTest.type(administration, "feld-reason", "Nachverhandelt");
        submit(administration);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fehler-amount")));
        assertThat(administration.findElement(By.id("fehler-amount")).getText()).contains("zwei Nachkommastellen");
        assertThat(BrowserEndToEndTest.axeHere(administration,
                "/entry/budget/{year}/commitments/{id}/adjustment (error)")).isEmpty();

        FormsBrowserTest.type(administration, "feld-amount", "10,00");
        submit(administration);
        wait.until(ExpectedConditions.urlContains("done="));
        assertThat(BrowserEndToEndTest.main(administration)).contains("Die Mittelbindung ist geändert.");
        assertThat(commitment(id).path("amount").decimalValue()).isEqualByComparingTo("10.00");

        // the same form opened before another change of the year: refused, nothing changed
        administration.get(adjustment);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-amount")));
        StackClient.Reply other = BrowserEndToEndTest.client.post("budget", "/api/budgets/" + YEAR + "/commitments",
                "verwaltung", "{\"lineCode\":\"KONZEPT\",\"amount\":1.00,\"vendor\":\"Dazwischen GmbH\","
                        + "\"reference\":\"" + reference + "-2\"}", Map.of());
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        FormsBrowserTest.type(administration, "feld-amount", "9,00");
        FormsBrowserTest.type(administration, "feld-reason", "Zweite Änderung");
        submit(administration);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fehler")));
        assertThat(administration.findElement(By.id("fehler")).getText()).contains("inzwischen geändert");
        assertThat(commitment(id).path("amount").decimalValue()).isEqualByComparingTo("10.00");

        openCommitments(wait, reference);
        administration.findElement(By.cssSelector("a[aria-label='Mittelbindung freigeben " + reference + "']"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-reason")));
        assertThat(BrowserEndToEndTest.main(administration)).contains(reference).contains("10,00 €");
        assertThat(BrowserEndToEndTest.axeHere(administration, "/entry/budget/{year}/commitments/{id}/release"))
                .isEmpty();
        FormsBrowserTest.type(administration, "feld-reason", "Auftrag abgeschlossen");
        submit(administration);
        wait.until(ExpectedConditions.urlContains("done="));
        assertThat(BrowserEndToEndTest.main(administration)).contains("Die Mittelbindung ist freigegeben.");
        assertThat(commitment(id).path("status").asText()).isEqualTo("RELEASED");

        administration.get(BrowserEndToEndTest.portal + "/budget/journal/" + id + "?lang=de");
        assertThat(BrowserEndToEndTest.main(administration)).contains("Mittel gebunden", "Mittelbindung geändert",
                "Mittelbindung freigegeben", "Grund: Auftrag abgeschlossen");
    }

    @Test
    void theAdministrationDeclaresTwoLinesCoveringEachOtherAndTransfersFundsBetweenThem() throws IOException {
        String reference = "Umschichtung " + UUID.randomUUID().toString().substring(0, 8);
        WebDriverWait wait = new WebDriverWait(administration, Duration.ofSeconds(30));
        administration.get(BrowserEndToEndTest.portal + "/budget?lang=de");
        administration.findElement(By.linkText("Deckungsfähigkeit erklären")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-mutual")));
        assertThat(BrowserEndToEndTest.axeHere(administration, "/entry/budget/coverage/new")).isEmpty();
        new Select(administration.findElement(By.id("feld-mutual"))).selectByValue("true");
        new Select(administration.findElement(By.id("feld-lineCodes"))).selectByValue("ANALYSE");
        new Select(administration.findElement(By.id("feld-secondLine"))).selectByValue("KONZEPT");
        FormsBrowserTest.type(administration, "feld-reference", "Haushaltsvermerk " + reference);
        submit(administration);
        wait.until(ExpectedConditions.urlContains("done="));
        assertThat(BrowserEndToEndTest.main(administration)).contains("Die Deckungsfähigkeit ist erklärt.");

        BigDecimal givingBefore = line("KONZEPT").path("adjusted").decimalValue();
        BigDecimal receivingBefore = line("ANALYSE").path("adjusted").decimalValue();
        administration.findElement(By.linkText("Mittel umschichten (Deckungsfähigkeit)")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-fromLine")));
        assertThat(BrowserEndToEndTest.axeHere(administration, "/entry/budget/transfers/new")).isEmpty();
        new Select(administration.findElement(By.id("feld-fromLine"))).selectByValue("KONZEPT");
        new Select(administration.findElement(By.id("feld-toLine"))).selectByValue("ANALYSE");
        FormsBrowserTest.type(administration, "feld-amount", "999.999,00");
        FormsBrowserTest.type(administration, "feld-reference", reference);
        submit(administration);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fehler-amount")));
        assertThat(BrowserEndToEndTest.main(administration)).doesNotContain("insufficient-funds", "INSUFFICIENT");
        assertThat(BrowserEndToEndTest.axeHere(administration, "/entry/budget/transfers/new (error)")).isEmpty();

        FormsBrowserTest.type(administration, "feld-amount", "1,00");
        submit(administration);
        wait.until(ExpectedConditions.urlContains("done="));
        assertThat(BrowserEndToEndTest.main(administration)).contains("Die Mittel sind umgeschichtet.");
        assertThat(line("KONZEPT").path("adjusted").decimalValue())
                .isEqualByComparingTo(givingBefore.subtract(BigDecimal.ONE));
        assertThat(line("ANALYSE").path("adjusted").decimalValue())
                .isEqualByComparingTo(receivingBefore.add(BigDecimal.ONE));
    }

    @Test
    void theAdministrationImportsActualBookingsAfterADryRunAndTheSameFileAgainBooksNothing() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("ist-", ".csv");
        java.nio.file.Files.write(file, ("Buchungsdatum;Sachkonto;Haushaltsposition;Betrag;Lieferant;Belegnummer;"
                + "Verwendungszweck\r\n03.11." + YEAR + ";543100;;1,23;Müller & Söhne GmbH;IST-" + run
                + "-1;Konzeptworkshop\r\n04.11." + YEAR + ";;SCHULUNG;2,34;VHS Kreis Euskirchen;IST-" + run
                + "-2;\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        BigDecimal spentBefore = line("KONZEPT").path("spent").decimalValue();
        WebDriverWait wait = new WebDriverWait(administration, Duration.ofSeconds(30));
        administration.get(BrowserEndToEndTest.portal + "/budget?lang=de");
        administration.findElement(By.linkText("Ist-Buchungen aus der Finanzsoftware übernehmen")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-file")));
        assertThat(BrowserEndToEndTest.axeHere(administration, "/budget/import")).isEmpty();
        administration.findElement(By.id("feld-file")).sendKeys(file.toAbsolutePath().toString());
        submit(administration);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("probelauf")));
        String preview = BrowserEndToEndTest.main(administration);
        assertThat(preview).contains("Windows-1252", "wird gebucht", "03.11." + YEAR, "KONZEPT", "1,23",
                "Müller & Söhne GmbH");
        assertThat(BrowserEndToEndTest.axeHere(administration, "/budget/import (dry run)")).isEmpty();
        assertThat(line("KONZEPT").path("spent").decimalValue()).as("a dry run books nothing")
                .isEqualByComparingTo(spentBefore);

        administration.findElement(By.xpath("//button[text()='Alle Zeilen buchen']")).click();
        wait.until(ExpectedConditions.urlContains("done=budget.import"));
        assertThat(BrowserEndToEndTest.main(administration)).contains("Die Buchungen sind übernommen.");
        assertThat(line("KONZEPT").path("spent").decimalValue())
                .isEqualByComparingTo(spentBefore.add(new BigDecimal("1.23")));

        administration.get(BrowserEndToEndTest.portal + "/budget/import?lang=de");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-file")));
        administration.findElement(By.id("feld-file")).sendKeys(file.toAbsolutePath().toString());
        submit(administration);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("probelauf")));
        assertThat(BrowserEndToEndTest.main(administration)).contains("schon gebucht")
                .doesNotContain("wird gebucht");
        assertThat(administration.findElements(By.xpath("//button[text()='Alle Zeilen buchen']"))).isEmpty();
    }

    @Test
    void theAdministrationClassifiesALineWithProduktAndSachkonto() throws IOException {
        WebDriverWait wait = new WebDriverWait(administration, Duration.ofSeconds(30));
        administration.get(BrowserEndToEndTest.portal + "/budget?lang=de");
        administration.findElement(By.linkText("Haushaltsposition zuordnen (Produkt und Sachkonto)")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("feld-sachkonto")));
        new Select(administration.findElement(By.id("feld-lineCode"))).selectByValue("SCHULUNG");
        FormsBrowserTest.type(administration, "feld-produkt", "01.11.01");
        FormsBrowserTest.type(administration, "feld-sachkonto", "442900");
        submit(administration);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fehler-sachkonto")));
        assertThat(BrowserEndToEndTest.main(administration)).contains("Kontenklasse 4");
        assertThat(BrowserEndToEndTest.axeHere(administration, "/entry/budget/lines/classification (error)"))
                .isEmpty();
        FormsBrowserTest.type(administration, "feld-sachkonto", "544200");
        submit(administration);
        wait.until(ExpectedConditions.urlContains("done="));
        assertThat(BrowserEndToEndTest.main(administration)).contains("Die Zuordnung ist gespeichert.");
        assertThat(line("SCHULUNG").path("sachkonto").asText()).isEqualTo("544200");
    }
}
