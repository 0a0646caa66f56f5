package de.souveraen.reporting.entry.inventory;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * "Abhängigkeiten aus Excel übernehmen": the administration uploads the register as a CSV file from Excel; the
 * inventory service's dry run shows every error with its line and column and how many rows are new or known, and only
 * a clean file is imported, all rows or none ({@link CsvImportPage}).
 */
@Path("/dependencies/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("administration")
public class ImportResource {
    private final CsvImportPage page;
    private final CsvImportPage.Kind kind;

    ImportResource(CsvImportPage page, WriteServices services) {
        this.page = page;
        this.kind = new CsvImportPage.Kind("/dependencies/import", "/dependencies",
                new CsvImportPage.Words("Abhängigkeiten aus einer CSV-Datei übernehmen",
                        "Import dependencies from a CSV file"),
                new CsvImportPage.Words("Eine Tabelle aus Excel (CSV, mit Semikolon getrennt) mit einer Zeile je "
                        + "Abhängigkeit. Erst prüft ein Probelauf jede Zeile; übernommen wird nur eine fehlerfreie "
                        + "Datei, und zwar ganz oder gar nicht.", "A table from Excel (CSV, separated by semicolons) "
                                + "with one row per dependency. A dry run checks every row first; only a file without "
                                + "errors is imported, all of it or nothing."),
                new CsvImportPage.Words("Höchstens 2 MB; die Spalten wie beim Export dieser Liste.",
                        "At most 2 MB; the columns as in this list's export."),
                new CsvImportPage.Words("Es wurde nichts gespeichert.", "Nothing was saved."),
                new CsvImportPage.Words("Nur die Verwaltung darf Abhängigkeiten übernehmen.",
                        "Only the administration may import dependencies."),
                new CsvImportPage.Words("Der Inventardienst ist gerade nicht erreichbar.",
                        "The inventory service cannot be reached right now."),
                lang -> null,
                (chosen, dryRun) -> services.inventory().resolve("/api/dependencies/import?dryRun=" + dryRun),
                "/dependencies", "dependencies.import", ImportResource::result);
    }

    @GET
    public Response form(@QueryParam("lang") String language) {
        return page.form(kind, Lang.of(language));
    }

    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> upload(@QueryParam("lang") String language, @RestForm("_key") String key,
            @RestForm("_token") String token, @RestForm("step") String step, @RestForm("file") FileUpload file,
            @RestForm("content") String content) throws IOException {
        return page.submit(kind, Lang.of(language), key, token, step, null, file, content);
    }

    /** The dry run's errors and counts as the page shows them. */
    static CsvImportPage.Result result(JsonNode dryRun, String content, Lang lang) {
        List<String> summary = new ArrayList<>();
        summary.add(lang.pick("Zeichensatz der Datei: ", "Character set of the file: ") + dryRun.path("encoding")
                .asText());
        summary.add(lang.pick("Zeilen mit Abhängigkeiten: ", "Rows with dependencies: ") + dryRun.path("rows").asInt());
        summary.add(lang.pick("davon neu: ", "new: ") + dryRun.path("wouldRegister").asLong()
                + lang.pick(", schon erfasst (werden aktualisiert): ", ", already registered (updated): ")
                + dryRun.path("wouldUpdate").asLong());
        for (JsonNode warning : dryRun.path("warnings")) {
            summary.add(lang.pick("Hinweis: ", "Note: ") + warning.asText());
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode e : dryRun.path("errors")) {
            rows.add(List.of(e.path("line").asText(), e.path("column").asText("–"), e.path("value").asText("–"),
                    lang == Lang.DE ? e.path("messageDe").asText() : e.path("messageEn").asText()));
        }
        boolean clean = dryRun.path("importable").asBoolean() && rows.isEmpty();
        summary.add(clean ? lang.pick("Die Datei ist fehlerfrei und kann übernommen werden.",
                "The file has no errors and can be imported.")
                : lang.pick("Die Datei hat Fehler: Es wird nichts übernommen, bis sie korrigiert ist.",
                        "The file has errors: nothing is imported until it is corrected."));
        PageModel.Table errors = new PageModel.Table(lang.pick("Fehler in der Datei", "Errors in the file"),
                List.of(lang.pick("Zeile", "Line"), lang.pick("Spalte", "Column"), lang.pick("Wert", "Value"),
                        lang.pick("Fehler", "Error")), List.of(true, false, false, false), rows);
        return new CsvImportPage.Result(lang.pick("Probelauf: nichts ist gespeichert", "Dry run: nothing is stored"),
                summary, errors, clean, clean ? content : null, lang.pick("Alle Zeilen übernehmen", "Import all rows"));
    }
}
