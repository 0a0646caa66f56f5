package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.PublishedLanguage;
import de.souveraen.contracts.budget.AdjustmentKind;
import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * No person ever reads an enumeration code. Signed in as the Kämmerei, the working group and a council member, in
 * German and in English, the scan follows every link of the navigation and every link each page offers (forms,
 * journal, per-row actions, the report list) and reads the visible text of each page, of each form and of each form
 * in its error state; the quarterly report's PDF and ODT are read as text. None may show a constant of the published
 * language's enumerations (or a code of the budget's API) as a word. Every form page found passes axe-core, empty
 * and with its errors shown, and so do the record and history pages of {@link #RECORD_PAGES}.
 */
@ExtendWith(SharedStack.class)
class PortalScanBrowserTest {
    /** Codes the budget service and the report use as text (not enums of the published language). */
    static final List<String> OTHER_CODES = List.of("EXPENSE", "REVERSAL", "OPEN", "SETTLED", "RELEASED",
            "CANCEL_BY", "END_OF_LIFE", "RENEW_OR_LAPSE");
    /** A bound on the pages of one person in one language (the scan visits each kind of page once). */
    static final int MAX_PAGES = 100;
    /** Pages without a form that axe-core checks as well: a meeting with its minutes, and the histories. */
    static final List<String> RECORD_PAGES = List.of("/workgroup/meetings/{id}", "/workgroup/meetings/{id}/history",
            "/workgroup/meetings/{id}/agenda-items/{id}/history", "/workgroup/trainings/{id}/history",
            "/dependencies/register/{id}/history", "/dependencies/tracked/risks/{id}/history");
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    static Set<String> codes;
    static WebDriver administration;
    static WebDriver group;

    @BeforeAll
    static void browsers() throws IOException {
        BrowserEndToEndTest.browser();
        administration = BrowserEndToEndTest.signIn("verwaltung");
        group = BrowserEndToEndTest.signIn("ag");
        codes = enumerationCodes();
        // the budget's line codes are what the Kämmerei typed (PILOT is a line and a migration status)
        codes.removeAll(lineCodes());
    }

    @AfterAll
    static void close() {
        if (administration != null) {
            administration.quit();
        }
        if (group != null) {
            group.quit();
        }
        BrowserEndToEndTest.closeBrowser();
    }

    /** Every constant of every enumeration the published language's events carry, and of the labelled ones. */
    static Set<String> enumerationCodes() {
        Set<Class<?>> enums = new LinkedHashSet<>();
        Set<Class<?>> seen = new HashSet<>();
        PublishedLanguage.CONTEXTS.forEach(context -> collect(context, enums, seen));
        enums.addAll(InventoryLabels.ENUMS);
        enums.addAll(WorkgroupLabels.ENUMS);
        enums.add(AdjustmentKind.class);
        Set<String> names = new TreeSet<>(OTHER_CODES);
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
        }
        assertThat(names).as("the published language's enumerations").contains("PRICE_INCREASE", "ON_PREMISES",
                "FACTION", "OVER_PLAN", "MIGRATED");
        return names;
    }

    private static void collect(Type type, Set<Class<?>> enums, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), enums, seen);
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, enums, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || !c.getName().startsWith("de.souveraen.contracts") || !seen.add(c)) {
            return;
        }
        if (c.isEnum()) {
            enums.add(c);
        }
        if (c.isSealed()) {
            for (Class<?> permitted : c.getPermittedSubclasses()) {
                collect(permitted, enums, seen);
            }
        }
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                collect(component.getGenericType(), enums, seen);
            }
        }
    }

    static Set<String> lineCodes() {
        Set<String> lines = new HashSet<>();
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).getYear();
        Set<String> years = new TreeSet<>(List.of(FormsBrowserTest.YEAR, String.valueOf(year - 1),
                String.valueOf(year), String.valueOf(year + 1)));
        for (String y : years) {
            StackClient.Reply budget = BrowserEndToEndTest.client.get("budget", "/api/budgets/" + y, "verwaltung");
            if (budget.status() == 200) {
                budget.json().path("lines").forEach(line -> lines.add(line.path("code").asText()));
            }
        }
        assertThat(lines).as("the demo budget's lines").contains("ANALYSE", "PILOT");
        return lines;
    }

    /** The codes that appear as a word of {@code text}, with where: "verwaltung de /budget: PRICE_INCREASE". */
    static List<String> codesIn(String where, String text) {
        List<String> found = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (codes.contains(word.group())) {
                int from = Math.max(0, word.start() - 40);
                int to = Math.min(text.length(), word.end() + 40);
                found.add(where + ": " + word.group() + " in »" + text.substring(from, to).replace('\n', ' ') + "«");
            }
        }
        return found;
    }

    /** What the scan found for one person in one language. */
    record Scan(Set<String> pages, Set<String> forms, List<String> codes, List<String> axe) {
    }

    @Test
    void noPageNoFormAndNoErrorShowsAnEnumerationCodeAndEveryFormPassesAxe() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        Set<String> formsOfTheAdministration = new TreeSet<>();
        Set<String> formsOfTheGroup = new TreeSet<>();
        Set<String> pagesOfTheCouncil = new TreeSet<>();
        Set<String> pagesOfTheGroup = new TreeSet<>();
        for (String lang : List.of("de", "en")) {
            Scan kammerei = crawl(administration, "verwaltung", lang);
            Scan ag = crawl(group, "ag", lang);
            Scan rat = crawl(BrowserEndToEndTest.council, "rat", lang);
            for (Scan scan : List.of(kammerei, ag, rat)) {
                found.addAll(scan.codes());
                violations.addAll(scan.axe());
            }
            formsOfTheAdministration.addAll(kammerei.forms());
            formsOfTheGroup.addAll(ag.forms());
            pagesOfTheCouncil.addAll(rat.pages());
            pagesOfTheGroup.addAll(ag.pages());
            assertThat(rat.forms()).as("a council member reaches no form").isEmpty();
        }
        System.out.println("scan: forms of the administration " + formsOfTheAdministration);
        System.out.println("scan: forms of the working group " + formsOfTheGroup);
        assertThat(formsOfTheAdministration).as("the scan reached the Kämmerei's forms")
                .contains("/entry/budget/expenses/new", "/entry/budget/{year}/expenses/{id}/reversal");
        assertThat(formsOfTheGroup).as("the scan reached the working group's forms").isNotEmpty();
        assertThat(pagesOfTheCouncil).as("the scan read the council's pages").contains("/", "/budget",
                "/dependencies", "/workgroup", "/trainings", "/reports", "/budget/journal");
        assertThat(pagesOfTheGroup).as("the scan read the meetings' and trainings' records and histories")
                .contains("/workgroup/meetings/{id}", "/workgroup/meetings/{id}/history",
                        "/workgroup/meetings/{id}/agenda-items/{id}/history", "/workgroup/trainings/{id}/history");
        assertThat(found).as("enumeration codes in visible text").isEmpty();
        assertThat(violations).as("axe-core violations on form pages").isEmpty();
    }

    /** Every page {@code user} reaches from the navigation in {@code lang}, each kind of page once. */
    static Scan crawl(WebDriver driver, String user, String lang) throws IOException {
        String portal = BrowserEndToEndTest.portal;
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/budget/journal", "/reports",
                "/admin/dead-letters"));
        Set<String> shapes = new LinkedHashSet<>();
        Set<String> forms = new TreeSet<>();
        List<String> found = new ArrayList<>();
        List<String> axe = new ArrayList<>();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        while (!queue.isEmpty() && shapes.size() < MAX_PAGES) {
            String target = queue.poll();
            String shape = shape(target);
            if (!shapes.add(shape)) {
                continue;
            }
            driver.get(portal + withLang(target, lang));
            wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
            String where = user + " " + lang + " " + target;
            found.addAll(codesIn(where, visibleText(driver)));
            for (WebElement link : driver.findElements(By.cssSelector("a[href]"))) {
                String next = followable(link.getAttribute("href"), portal);
                if (next != null && !shapes.contains(shape(next))) {
                    queue.add(next);
                }
            }
            if (RECORD_PAGES.contains(shape)) {
                axe.addAll(BrowserEndToEndTest.axeHere(driver, where));
            }
            if (!driver.findElements(By.cssSelector("form[method='post']")).isEmpty()) {
                forms.add(shape);
                axe.addAll(BrowserEndToEndTest.axeHere(driver, where));
                if (shape.startsWith("/entry/") && lang.equals("de") && hasRequiredField(driver)) {
                    sendEmpty(driver, wait);
                    if (!driver.findElements(By.id("fehler")).isEmpty()) {
                        found.addAll(codesIn(where + " (errors)", visibleText(driver)));
                        axe.addAll(BrowserEndToEndTest.axeHere(driver, where + " (errors)"));
                    } else {
                        found.add(where + ": an empty form was not refused (now at " + driver.getCurrentUrl() + ")");
                    }
                }
            }
        }
        System.out.println("scan " + user + " " + lang + ": " + shapes.size() + " pages " + shapes);
        assertThat(shapes.size()).as("the scan of %s in %s ended by itself", user, lang).isLessThan(MAX_PAGES);
        return new Scan(shapes, forms, found, axe);
    }

    static String visibleText(WebDriver driver) {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * The path and query of a link to follow, or null: within the portal, not a download, not the sign-out, not the
     * language switch (both languages are scanned), not an anchor of the same page.
     */
    static String followable(String href, String portal) {
        if (href == null || !href.startsWith(portal + "/")) {
            return null;
        }
        URI uri = URI.create(href);
        String path = uri.getPath();
        if (path.equals("/logout") || path.startsWith("/api/") || path.startsWith("/q/")
                || path.matches(".*\\.(pdf|odt|csv|json|css|js|svg|png)$")) {
            return null;
        }
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** A link with the scan's language (replacing the one it names). */
    static String withLang(String target, String lang) {
        String without = target.replaceAll("([?&])lang=[a-z]+&?", "$1").replaceAll("[?&]$", "");
        return without + (without.contains("?") ? "&" : "?") + "lang=" + lang;
    }

    /** The kind of page: the path without query, ids and years named ({@code /budget/journal/{id}}). */
    static String shape(String target) {
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        return ID.matcher(path).replaceAll("{id}").replaceAll("/20\\d\\d/", "/{year}/");
    }

    /**
     * Whether {@code element}'s page was replaced: stale, or (chromium while the next page loads) "does not belong to
     * the document".
     */
    static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    static boolean hasRequiredField(WebDriver driver) {
        return driver.findElements(By.cssSelector("form[method='post'] [aria-required='true']")).stream()
                .anyMatch(WebElement::isDisplayed);
    }

    /**
     * The form sent with every field emptied (what was prefilled too), so that a required one is missing: the
     * portal or the service refuses it and the form comes back with its errors; nothing is recorded.
     */
    static void sendEmpty(WebDriver driver, WebDriverWait wait) {
        WebElement form = driver.findElement(By.cssSelector("form[method='post']"));
        ((JavascriptExecutor) driver).executeScript("""
                var form = arguments[0];
                form.querySelectorAll('input, textarea, select').forEach(function (f) {
                  if (f.type === 'hidden' || f.type === 'file') { return; }
                  f.value = '';
                });""", form);
        form.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(d -> replaced(form));
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
    }

    @Test
    void theQuarterlyReportAsPdfAndOdtShowsNoEnumerationCode() throws IOException {
        WebDriver council = BrowserEndToEndTest.council;
        council.get(BrowserEndToEndTest.portal + "/reports?lang=de");
        List<String> found = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            String period = BrowserEndToEndTest.PERIOD;
            byte[] pdf = download(council, "/reports/" + period + ".pdf?lang=" + lang);
            String pdfText;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                pdfText = new PDFTextStripper().getText(document);
            }
            assertThat(pdfText).as("the PDF's text").contains(period).contains(lang.equals("de")
                    ? "Finanzen und Mittelverwendung" : "Finances and budget usage");
            found.addAll(codesIn("PDF " + period + " " + lang, pdfText));
            String odtText = odtText(download(council, "/reports/" + period + ".odt?lang=" + lang));
            assertThat(odtText).as("the ODT's text").contains(period);
            found.addAll(codesIn("ODT " + period + " " + lang, odtText));
        }
        assertThat(found).as("enumeration codes in the report documents").isEmpty();
    }

    /** A document fetched in the signed-in browser (its session), as bytes. */
    static byte[] download(WebDriver driver, String path) {
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' }).then(function (r) {
                  if (!r.ok) { throw new Error('HTTP ' + r.status); }
                  return r.arrayBuffer();
                }).then(function (buffer) {
                  var bytes = new Uint8Array(buffer), text = '';
                  for (var i = 0; i < bytes.length; i += 32768) {
                    text += String.fromCharCode.apply(null, bytes.subarray(i, i + 32768));
                  }
                  done(btoa(text));
                }).catch(function (e) { done('error: ' + e); });""", path);
        assertThat((String) result).as("download of %s", path).doesNotStartWith("error:");
        return Base64.getDecoder().decode((String) result);
    }

    /** The text of an ODT's {@code content.xml}: elements become spaces, entities are resolved. */
    static String odtText(byte[] odt) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return xml.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">")
                            .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
                }
            }
        }
        throw new AssertionError("no content.xml in the ODT");
    }
}
