package de.souveraen.reporting.entry.budget;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.CsvImportPage;
import de.souveraen.reporting.entry.WriteServices;
import de.souveraen.reporting.portal.PageModel;
import de.souveraen.reporting.view.Lang;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * "Ist-Buchungen aus der Finanzsoftware übernehmen": the administration chooses the fiscal year and uploads the
 * bookings exported from the finance software (CSV); the budget service's dry run shows every row — what would be
 * booked, what is already booked (same Belegnummer), every problem with its line and column — and only a clean file
 * is booked, all rows or none ({@link CsvImportPage}).
 */
@Path("/budget/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("administration")
public class BookingsImportResource {
    private final CsvImportPage page;
    private final CsvImportPage.Kind kind;

    BookingsImportResource(CsvImportPage page, WriteServices services) {
        this.page = page;
        this.kind = new CsvImportPage.Kind("/budget/import", "/budget",
                new CsvImportPage.Words("Ist-Buchungen aus der Finanzsoftware übernehmen", "Import actual bookings"),
                new CsvImportPage.Words("Der Export der Finanzsoftware als CSV-Datei (Semikolon, Beträge wie "
                        + "1.234,56, Daten wie 29.01.2026) mit den Spalten Buchungsdatum, Sachkonto oder "
                        + "Haushaltsposition, Betrag, Lieferant, Belegnummer und Verwendungszweck. Ein Probelauf zeigt "
                        + "jede Zeile; gebucht wird nur eine fehlerfreie Datei, ganz oder gar nicht. Eine Belegnummer "
                        + "wird nur einmal gebucht, dieselbe Datei ein zweites Mal bucht also nichts.",
                        "The finance software's export as a CSV file (semicolons, amounts like 1.234,56, dates like "
                                + "29.01.2026) with the columns Buchungsdatum, Sachkonto or Haushaltsposition, Betrag, "
                                + "Lieferant, Belegnummer and Verwendungszweck. A dry run shows every row; only a file "
                                + "without errors is booked, all of it or nothing. A voucher number is booked once, so "
                                + "the same file a second time books nothing."),
                new CsvImportPage.Words("Höchstens 2 MB, UTF-8 oder Windows-1252.",
                        "At most 2 MB, UTF-8 or Windows-1252."),
                new CsvImportPage.Words("Es wurde nichts gebucht.", "Nothing was booked."),
                new CsvImportPage.Words("Nur die Verwaltung darf Buchungen übernehmen.",
                        "Only the administration may import bookings."),
                new CsvImportPage.Words("Der Haushaltsdienst ist gerade nicht erreichbar.",
                        "The budget service cannot be reached right now."),
                BookingsImportResource::years,
                (year, dryRun) -> services.budget().resolve("/api/budgets/" + year + "/imports?dryRun=" + dryRun),
                "/budget/journal", "budget.import", BookingsImportResource::preview);
    }

    @GET
    public Response form(@QueryParam("lang") String language) {
        return page.form(kind, Lang.of(language));
    }

    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> upload(@QueryParam("lang") String language, @RestForm("_key") String key,
            @RestForm("_token") String token, @RestForm("step") String step, @RestForm("year") String year,
            @RestForm("file") FileUpload file, @RestForm("content") String content) throws IOException {
        return page.submit(kind, Lang.of(language), key, token, step, year, file, content);
    }

    /** The fiscal year: this year (chosen first), the last or the next. */
    static CsvImportPage.Choice years(Lang lang) {
        int current = LocalDate.now(German.ZONE).getYear();
        List<CsvImportPage.Option> years = new ArrayList<>();
        for (int y : new int[] {current, current - 1, current + 1}) {
            years.add(new CsvImportPage.Option(String.valueOf(y), String.valueOf(y), y == current));
        }
        return new CsvImportPage.Choice("year", lang.pick("Haushaltsjahr", "Fiscal year"), years);
    }

    /** The dry run's rows as the page shows them: a German row per booking, amounts and dates German. */
    static CsvImportPage.Result preview(JsonNode dryRun, String content, Lang lang) {
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
        return new CsvImportPage.Result(lang.pick("Probelauf: nichts ist gebucht", "Dry run: nothing is booked"),
                summary, preview, worthBooking, worthBooking ? content : null,
                lang.pick("Alle Zeilen buchen", "Book all rows"));
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
}
