package de.souveraen.reporting.entry.inventory;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * "Abhängigkeiten aus Excel übernehmen": the administration uploads the register as a CSV file from Excel. First a
 * dry run by the inventory service shows every error with its line and column and how many rows are new or known;
 * nothing is stored. Only a clean file can then be imported, all rows or none. The file travels with the page
 * (Base64 in the second form), so nothing is kept on the server between the two steps.
 */
@Path("/dependencies/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("administration")
public class ImportResource {
    private static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Template template;
    private final Chrome chrome;
    private final ServiceClient client;
    private final WriteServices services;
    private final FormGuard guard;
    private final SecurityIdentity identity;

    /** What the dry run found, as the page shows it. */
    public record Result(String heading, List<String> summary, PageModel.Table errors, boolean importable,
            String content, String importLabel) {
    }

    ImportResource(@Location("entry/import.html") Template template, Chrome chrome, ServiceClient client,
            WriteServices services, FormGuard guard, SecurityIdentity identity) {
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
        return page(lang, 200, issued.key(), issued.token(), null, List.of(), null);
    }

    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> upload(@QueryParam("lang") String language, @RestForm("_key") String key,
            @RestForm("_token") String token, @RestForm("step") String step, @RestForm("file") FileUpload file,
            @RestForm("content") String content) throws IOException {
        Lang lang = Lang.of(language);
        if (!guard.valid(chrome.subject(), key, token)) {
            return Uni.createFrom().item(page(lang, 403, "", "", null, List.of(lang.pick("Dieses Formular stammt "
                    + "nicht aus Ihrer Sitzung im Portal oder ist abgelaufen. Es wurde nichts gespeichert.",
                    "This form does not come from your portal session or has expired. Nothing was saved.")), null));
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
                    "Bitte wählen Sie eine CSV-Datei aus.", "Please choose a CSV file.")), null));
        }
        if (bytes.length > MAX_BYTES) {
            return Uni.createFrom().item(page(lang, 413, key, token, null, List.of(lang.pick(
                    "Die Datei ist größer als 2 MB.", "The file is larger than 2 MB.")), null));
        }
        URI uri = services.inventory().resolve("/api/dependencies/import?dryRun=" + !importing);
        String bearer = ServiceClient.token(identity).orElse("");
        byte[] sent = bytes;
        return client.sendBytes("POST", uri, bearer, "text/csv", bytes).map(answer -> {
            if (answer.status() == 401 || answer.status() == 403) {
                return page(lang, 403, key, token, null, List.of(lang.pick("Nur die Verwaltung darf Abhängigkeiten "
                        + "übernehmen. Es wurde nichts gespeichert.", "Only the administration may import "
                                + "dependencies. Nothing was saved.")), null);
            }
            if (importing && answer.ok()) {
                return Response.seeOther(URI.create("/dependencies?lang=" + code(lang) + "&done=dependencies.import"))
                        .build();
            }
            if (importing || !answer.ok()) {
                List<String> problems = new ArrayList<>(List.of(Refusal.german(answer.body())));
                return page(lang, answer.status() >= 500 ? 503 : 422, key, token, null, problems, null);
            }
            return page(lang, 200, key, token, result(answer.body(), sent, lang), List.of(), null);
        }).onFailure().recoverWithItem(e -> page(lang, 503, key, token, null, List.of(lang.pick(
                "Der Inventardienst ist gerade nicht erreichbar. Es wurde nichts gespeichert.",
                "The inventory service cannot be reached right now. Nothing was saved.")), null));
    }

    private static Result result(JsonNode dryRun, byte[] bytes, Lang lang) {
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
        return new Result(lang.pick("Probelauf: nichts ist gespeichert", "Dry run: nothing is stored"), summary,
                errors, clean, clean ? Base64.getEncoder().encodeToString(bytes) : null,
                lang.pick("Alle Zeilen übernehmen", "Import all rows"));
    }

    private Response page(Lang lang, int status, String key, String token, Result result, List<String> problems,
            String notice) {
        String html = chrome.around(template.instance(), lang, "/dependencies/import", "/dependencies",
                lang.pick("Abhängigkeiten aus einer CSV-Datei übernehmen", "Import dependencies from a CSV file"),
                "/forms.js")
                .data("intro", lang.pick("Eine Tabelle aus Excel (CSV, mit Semikolon getrennt) mit einer Zeile je "
                        + "Abhängigkeit. Erst prüft ein Probelauf jede Zeile; übernommen wird nur eine fehlerfreie "
                        + "Datei, und zwar ganz oder gar nicht.", "A table from Excel (CSV, separated by semicolons) "
                                + "with one row per dependency. A dry run checks every row first; only a file without "
                                + "errors is imported, all of it or nothing."))
                .data("notice", notice).data("problems", problems).data("result", result)
                .data("action", "/dependencies/import?lang=" + code(lang)).data("key", key).data("token", token)
                .data("fileLabel", lang.pick("CSV-Datei", "CSV file"))
                .data("fileHint", lang.pick("Höchstens 2 MB; die Spalten wie beim Export dieser Liste.",
                        "At most 2 MB; the columns as in this list's export."))
                .data("checkLabel", lang.pick("Datei prüfen", "Check the file"))
                .data("back", "/dependencies?lang=" + code(lang)).data("hasErrors", !problems.isEmpty()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static String code(Lang lang) {
        return lang.name().toLowerCase();
    }
}
