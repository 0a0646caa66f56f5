package de.souveraen.reporting.entry;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.reporting.portal.Chrome;
import de.souveraen.reporting.portal.PageModel;
import de.souveraen.reporting.view.Lang;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The portal's two-step CSV import, one shape for every register a file can fill: the page offers a file (and, where
 * the import needs one, a choice such as the fiscal year); the upload is sent to the write service as a dry run, whose
 * answer the page shows as a summary and a table — nothing is stored; only a clean file can then be imported, all
 * rows or none. The file travels with the page (Base64 in the second form), so nothing is kept on the server between
 * the two steps. A form not issued in the user's session, an empty or oversized file, a refusal and an unreachable
 * service each answer the page again with the reason, and nothing is stored.
 */
@ApplicationScoped
public class CsvImportPage {
    static final int MAX_BYTES = 2 * 1024 * 1024;

    /** A select field of the first step, e.g. the fiscal year; its value is carried into the second step. */
    public record Choice(String name, String label, List<Option> options) {
        /** The chosen value, or the selected option's when none (or an unknown one) came with the form. */
        public String value(String submitted) {
            for (Option o : options) {
                if (o.value().equals(submitted)) {
                    return submitted;
                }
            }
            return options.stream().filter(Option::selected).findFirst().map(Option::value).orElse("");
        }

        Choice select(String value) {
            return new Choice(name, label, options.stream().map(o -> new Option(o.value(), o.label(),
                    o.value().equals(value))).toList());
        }
    }

    /** One option of a {@link Choice}. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A value of the first step carried as a hidden field into the second. */
    public record Carried(String name, String value) {
    }

    /** What the dry run found, as the page shows it. */
    public record Result(String heading, List<String> summary, PageModel.Table table, boolean importable,
            String content, String importLabel) {
    }

    /** A text in German and English. */
    public record Words(String de, String en) {
        String in(Lang lang) {
            return lang.pick(de, en);
        }
    }

    /** How an import reads its dry run's answer ({@code content}: the file for the second step). */
    @FunctionalInterface
    public interface DryRun {
        Result read(JsonNode dryRun, String content, Lang lang);
    }

    /**
     * What an import page is about: its path and navigation section, its texts (title, introduction, file hint; what
     * every refusal ends with, e.g. „Es wurde nichts gebucht.“; who may import; the service is away), the first step's
     * choice (or null), the write service's import URL for the chosen value and the dry-run flag, where the browser
     * goes after the import ({@code donePath?lang=…&done=doneKey}), and how the dry run is read.
     */
    public record Kind(String path, String section, Words title, Words intro, Words fileHint, Words nothingStored,
            Words forbidden, Words unreachable, java.util.function.Function<Lang, Choice> choice,
            java.util.function.BiFunction<String, Boolean, URI> target, String donePath, String doneKey,
            DryRun dryRun) {
        String done(Lang lang) {
            return donePath + "?lang=" + lang.name().toLowerCase() + "&done=" + doneKey;
        }

        String back(Lang lang) {
            return section + "?lang=" + lang.name().toLowerCase();
        }
    }

    private final Template template;
    private final Chrome chrome;
    private final ServiceClient client;
    private final FormGuard guard;
    private final SecurityIdentity identity;

    CsvImportPage(@Location("entry/csv-import.html") Template template, Chrome chrome, ServiceClient client,
            FormGuard guard, SecurityIdentity identity) {
        this.template = template;
        this.chrome = chrome;
        this.client = client;
        this.guard = guard;
        this.identity = identity;
    }

    /** The empty page with a fresh form key. */
    public Response form(Kind kind, Lang lang) {
        FormGuard.Issued issued = guard.issue(chrome.subject());
        Choice choice = kind.choice().apply(lang);
        return page(kind, lang, 200, issued.key(), issued.token(), null, List.of(), choice == null ? null
                : choice.value(null));
    }

    /** The dry run ({@code step} „check“, the uploaded {@code file}) or the import ({@code step} „import“, {@code content}). */
    public Uni<Response> submit(Kind kind, Lang lang, String key, String token, String step, String chosenText,
            FileUpload file, String content) throws IOException {
        Choice choice = kind.choice().apply(lang);
        String chosen = choice == null ? null : choice.value(chosenText);
        if (!guard.valid(chrome.subject(), key, token)) {
            return Uni.createFrom().item(page(kind, lang, 403, "", "", null, List.of(lang.pick("Dieses Formular "
                    + "stammt nicht aus Ihrer Sitzung im Portal oder ist abgelaufen.", "This form does not come from "
                            + "your portal session or has expired.") + " " + kind.nothingStored().in(lang)), chosen));
        }
        boolean importing = "import".equals(step);
        byte[] bytes = importing ? decoded(content) : file == null || file.uploadedFile() == null ? new byte[0]
                : Files.readAllBytes(file.uploadedFile());
        if (bytes.length == 0) {
            return Uni.createFrom().item(page(kind, lang, 422, key, token, null, List.of(lang.pick(
                    "Bitte wählen Sie eine CSV-Datei aus.", "Please choose a CSV file.")), chosen));
        }
        if (bytes.length > MAX_BYTES) {
            return Uni.createFrom().item(page(kind, lang, 413, key, token, null, List.of(lang.pick(
                    "Die Datei ist größer als 2 MB.", "The file is larger than 2 MB.")), chosen));
        }
        String bearer = ServiceClient.token(identity).orElse("");
        String encoded = Base64.getEncoder().encodeToString(bytes);
        return client.sendBytes("POST", kind.target().apply(chosen, !importing), bearer, "text/csv", bytes).map(answer -> {
            if (answer.status() == 401 || answer.status() == 403) {
                return page(kind, lang, 403, key, token, null, List.of(kind.forbidden().in(lang) + " "
                        + kind.nothingStored().in(lang)), chosen);
            }
            if (importing && answer.ok()) {
                return Response.seeOther(URI.create(kind.done(lang))).build();
            }
            if (importing || !answer.ok()) {
                return page(kind, lang, answer.status() >= 500 ? 503 : 422, key, token, null,
                        List.of(Refusal.german(answer.body())), chosen);
            }
            return page(kind, lang, 200, key, token, kind.dryRun().read(answer.body(), encoded, lang), List.of(), chosen);
        }).onFailure().recoverWithItem(e -> page(kind, lang, 503, key, token, null,
                List.of(kind.unreachable().in(lang) + " " + kind.nothingStored().in(lang)), chosen));
    }

    private static byte[] decoded(String content) {
        try {
            return Base64.getDecoder().decode(content == null ? "" : content);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private Response page(Kind kind, Lang lang, int status, String key, String token, Result result,
            List<String> problems, String chosen) {
        Choice choice = kind.choice().apply(lang);
        String action = kind.path() + "?lang=" + lang.name().toLowerCase();
        List<Carried> carried = choice == null ? List.of() : List.of(new Carried(choice.name(), chosen));
        String html = chrome.around(template.instance(), lang, kind.path(), kind.section(), kind.title().in(lang),
                "/forms.js")
                .data("intro", kind.intro().in(lang)).data("problems", problems).data("result", result)
                .data("action", action).data("key", key).data("token", token)
                .data("choice", choice == null ? null : choice.select(chosen)).data("carried", carried)
                .data("fileLabel", lang.pick("CSV-Datei", "CSV file")).data("fileHint", kind.fileHint().in(lang))
                .data("checkLabel", lang.pick("Datei prüfen", "Check the file")).data("back", kind.back(lang))
                .data("hasErrors", !problems.isEmpty()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
