package de.souveraen.reporting.entry.budget;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.FormGuard;
import de.souveraen.reporting.entry.Refusal;
import de.souveraen.reporting.entry.ServiceClient;
import de.souveraen.reporting.entry.WriteServices;
import de.souveraen.reporting.portal.Chrome;
import de.souveraen.reporting.portal.PageModel;
import de.souveraen.reporting.view.Lang;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * "Ist-Buchungen aus der Finanzsoftware übernehmen": the administration uploads the bookings exported from the
 * finance software (CSV). A dry run by the budget service shows every row — what would be booked, what is already
 * booked (same Belegnummer), and every problem with its line and column; nothing is booked. Only a clean file can
 * then be booked, all rows or none. The file travels with the page (Base64 in the second form), so nothing is kept
 * on the server between the two steps.
 */
@Path("/budget/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("administration")
public class BookingsImportResource {
    private static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Template template;
    private final Chrome chrome;
    private final ServiceClient client;
    private final WriteServices services;
    private final FormGuard guard;
    private final SecurityIdentity identity;

    /** What the dry run found, as the page shows it. */
    public record Result(String heading, List<String> summary, PageModel.Table preview, boolean importable,
            String content, String importLabel, int year) {
    }

    /** A year to choose. */
    public record YearOption(String value, String label, boolean selected) {
    }

    BookingsImportResource(@Location("entry/budget-import.html") Template template, Chrome chrome,
            ServiceClient client, WriteServices services, FormGuard guard, SecurityIdentity identity) {
        this.template = template;
        this.chrome = chrome;
        this.client = client;
        this.services = services;
        this.guard = guard;
        this.identity = identity;
    }

    @GET
    public Response form(@QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        FormGuard.Issued issued = guard.issue(chrome.subject());
        return page(lang, 200, issued.key(), issued.token(), null, List.of(), thisYear());
    }

    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> upload(@QueryParam("lang") String language, @RestForm("_key") String key,
            @RestForm("_token") String token, @RestForm("step") String step, @RestForm("year") String yearText,
            @RestForm("file") FileUpload file, @RestForm("content") String content) throws IOException {
        Lang lang = Lang.of(language);
        int year = yearText != null && yearText.matches("\\d{4}") ? Integer.parseInt(yearText) : thisYear();
        if (!guard.valid(chrome.subject(), key, token)) {
            return Uni.createFrom().item(page(lang, 403, "", "", null, List.of(lang.pick("Dieses Formular stammt "
                    + "nicht aus Ihrer Sitzung im Portal oder ist abgelaufen. Es wurde nichts gebucht.",
                    "This form does not come from your portal session or has expired. Nothing was booked.")), year));
        }
        boolean importing = "import".equals(step);
        byte[] bytes;
        if (importing) {
            try {
                bytes = Base64.getDecoder().decode(content == null ? "" : content);
            } catch (IllegalArgumentException e) {
                bytes = new byte[0];
            }
        } else {
            bytes = file == null || file.uploadedFile() == null ? new byte[0]
                    : Files.readAllBytes(file.uploadedFile());
        }
        if (bytes.length == 0) {
            return Uni.createFrom().item(page(lang, 422, key, token, null, List.of(lang.pick(
                    "Bitte wählen Sie eine CSV-Datei aus.", "Please choose a CSV file.")), year));
        }
        if (bytes.length > MAX_BYTES) {
            return Uni.createFrom().item(page(lang, 413, key, token, null, List.of(lang.pick(
                    "Die Datei ist größer als 2 MB.", "The file is larger than 2 MB.")), year));
        }
        URI uri = services.budget().resolve("/api/budgets/" + year + "/imports?dryRun=" + !importing);
        String bearer = ServiceClient.token(identity).orElse("");
        byte[] sent = bytes;
        return client.sendBytes("POST", uri, bearer, "text/csv", bytes).map(answer -> {
            if (answer.status() == 401 || answer.status() == 403) {
                return page(lang, 403, key, token, null, List.of(lang.pick("Nur die Verwaltung darf Buchungen "
                        + "übernehmen. Es wurde nichts gebucht.", "Only the administration may import bookings. "
                                + "Nothing was booked.")), year);
            }
            if (importing && answer.ok()) {
                return Response.seeOther(URI.create("/budget/journal?lang=" + BudgetPages.code(lang)
                        + "&done=budget.import")).build();
            }
            if (importing || !answer.ok()) {
                return page(lang, answer.status() >= 500 ? 503 : 422, key, token, null,
                        List.of(Refusal.german(answer.body())), year);
            }
            return page(lang, 200, key, token, result(answer.body(), sent, lang, year), List.of(), year);
        }).onFailure().recoverWithItem(e -> page(lang, 503, key, token, null, List.of(lang.pick(
                "Der Haushaltsdienst ist gerade nicht erreichbar. Es wurde nichts gebucht.",
                "The budget service cannot be reached right now. Nothing was booked.")), year));
    }

    static Result result(JsonNode dryRun, byte[] bytes, Lang lang, int year) {
        List<String> summary = new ArrayList<>();
        summary.add(lang.pick("Zeichensatz der Datei: ", "Character set of the file: ")
                + dryRun.path("encoding").asText());
        summary.add(lang.pick("Buchungen in der Datei: ", "Bookings in the file: ") + dryRun.path("rows").asInt()
                + lang.pick(", davon zu buchen: ", ", to book: ") + dryRun.path("booked").asLong()
                + lang.pick(" über ", " totalling ") + German.money(decimal(dryRun.path("total")))
                + lang.pick(", schon gebucht (werden übersprungen): ", ", already booked (skipped): ")
                + dryRun.path("alreadyBooked").asLong());
        boolean clean = dryRun.path("importable").asBoolean();
        summary.add(clean ? lang.pick("Die Datei ist fehlerfrei und kann gebucht werden.",
                "The file has no errors and can be booked.")
                : lang.pick("Die Datei hat " + dryRun.path("errors").asLong() + " fehlerhafte Zeilen: Es wird "
                        + "nichts gebucht, bis sie korrigiert ist.", "The file has " + dryRun.path("errors").asLong()
                                + " bad rows: nothing is booked until it is corrected."));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : dryRun.path("results")) {
            String outcome = switch (row.path("status").asText()) {
                case "BOOK" -> lang.pick("wird gebucht", "will be booked");
                case "ALREADY_BOOKED" -> lang.pick("schon gebucht", "already booked");
                default -> problems(row, lang);
            };
            rows.add(List.of(row.path("line").asText(), date(row.path("bookedOn")), text(row.path("lineCode")),
                    row.path("amount").isNumber() ? German.money(row.path("amount").decimalValue()) : "–",
                    text(row.path("vendor")), text(row.path("voucher")), outcome));
        }
        PageModel.Table preview = new PageModel.Table(lang.pick("Vorschau je Zeile", "Preview per row"),
                List.of(lang.pick("Zeile", "Line"), lang.pick("Buchungsdatum", "Booking date"),
                        lang.pick("Haushaltsposition", "Budget line"), lang.pick("Betrag", "Amount"),
                        lang.pick("Lieferant", "Vendor"), lang.pick("Belegnummer", "Voucher"),
                        lang.pick("Ergebnis", "Outcome")),
                List.of(true, false, false, true, false, false, false), rows);
        boolean worthBooking = clean && dryRun.path("booked").asLong() > 0;
        return new Result(lang.pick("Probelauf: nichts ist gebucht", "Dry run: nothing is booked"), summary, preview,
                worthBooking, worthBooking ? Base64.getEncoder().encodeToString(bytes) : null,
                lang.pick("Alle Zeilen buchen", "Book all rows"), year);
    }

    private static String problems(JsonNode row, Lang lang) {
        List<String> texts = new ArrayList<>();
        for (JsonNode p : row.path("problems")) {
            texts.add(p.path("column").asText() + ": " + (lang == Lang.DE ? p.path("messageDe").asText()
                    : p.path("messageEn").asText()));
        }
        return String.join(" ", texts);
    }

    private static String date(JsonNode node) {
        return node.isTextual() ? German.date(LocalDate.parse(node.asText())) : "–";
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asText().isBlank() ? "–" : node.asText();
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : BigDecimal.ZERO;
    }

    private static int thisYear() {
        return LocalDate.now(German.ZONE).getYear();
    }

    private Response page(Lang lang, int status, String key, String token, Result result, List<String> problems,
            int year) {
        int current = thisYear();
        List<YearOption> years = new ArrayList<>();
        for (int y : new int[] {current, current - 1, current + 1}) {
            years.add(new YearOption(String.valueOf(y), String.valueOf(y), y == year));
        }
        String html = chrome.around(template.instance(), lang, "/budget/import", "/budget",
                lang.pick("Ist-Buchungen aus der Finanzsoftware übernehmen", "Import actual bookings"),
                "/forms.js")
                .data("intro", lang.pick("Der Export der Finanzsoftware als CSV-Datei (Semikolon, Beträge wie "
                        + "1.234,56, Daten wie 29.01.2026) mit den Spalten Buchungsdatum, Sachkonto oder "
                        + "Haushaltsposition, Betrag, Lieferant, Belegnummer und Verwendungszweck. Ein Probelauf "
                        + "zeigt jede Zeile; gebucht wird nur eine fehlerfreie Datei, ganz oder gar nicht. Eine "
                        + "Belegnummer wird nur einmal gebucht, dieselbe Datei ein zweites Mal bucht also nichts.",
                        "The finance software's export as a CSV file (semicolons, amounts like 1.234,56, dates like "
                                + "29.01.2026) with the columns Buchungsdatum, Sachkonto or Haushaltsposition, "
                                + "Betrag, Lieferant, Belegnummer and Verwendungszweck. A dry run shows every row; "
                                + "only a file without errors is booked, all of it or nothing. A voucher number is "
                                + "booked once, so the same file a second time books nothing."))
                .data("problems", problems).data("result", result)
                .data("action", "/budget/import?lang=" + BudgetPages.code(lang)).data("key", key)
                .data("token", token).data("years", years)
                .data("yearLabel", lang.pick("Haushaltsjahr", "Fiscal year"))
                .data("fileLabel", lang.pick("CSV-Datei", "CSV file"))
                .data("fileHint", lang.pick("Höchstens 2 MB, UTF-8 oder Windows-1252.",
                        "At most 2 MB, UTF-8 or Windows-1252."))
                .data("checkLabel", lang.pick("Datei prüfen", "Check the file"))
                .data("back", "/budget?lang=" + BudgetPages.code(lang)).data("hasErrors", !problems.isEmpty())
                .render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
