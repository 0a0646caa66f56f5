package de.souveraen.reporting.entry;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.portal.Chrome;
import de.souveraen.reporting.portal.PageModel;
import de.souveraen.reporting.view.Lang;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What every list and record page of the forms' areas shares: the person's {@link Call} (their token, today in
 * Germany), their roles, a read from a write service whose refusal or absence becomes the page's problem, the page
 * around a table ({@code entry/list.html}) or around one record's facts, text and tables ({@code entry/record.html}),
 * and the history of a record (who changed what and when, from its events) as a table.
 */
@RequestScoped
public class ListPages {
    private final Template list;
    private final Template record;
    private final Chrome chrome;
    private final ServiceClient client;
    private final WriteServices services;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final EntryForms forms;

    /** One record's page: facts (label, value), a longer text under its heading, tables and the actions. */
    public record Record(List<List<String>> facts, String textHeading, String text, List<PageModel.Table> tables,
            List<PageModel.Link> actions, String actionsHeading) {

        public static Record of(List<PageModel.Table> tables, List<PageModel.Link> actions, String actionsHeading) {
            return new Record(List.of(), null, null, tables, actions, actionsHeading);
        }

        static Record empty() {
            return of(List.of(), List.of(), null);
        }
    }

    ListPages(@Location("entry/list.html") Template list, @Location("entry/record.html") Template record,
            Chrome chrome, ServiceClient client, WriteServices services, SecurityIdentity identity, Clock clock,
            EntryForms forms) {
        this.list = list;
        this.record = record;
        this.chrome = chrome;
        this.client = client;
        this.services = services;
        this.identity = identity;
        this.clock = clock;
        this.forms = forms;
    }

    /** Reads on the person's behalf, with their own token. */
    public Call call(Lang lang) {
        return new Call(lang, Map.of(), ServiceClient.token(identity).orElse(""), German.day(clock.instant()), client,
                services);
    }

    public boolean has(String role) {
        return chrome.has(role);
    }

    /**
     * Reads {@code api} of {@code service} and renders it with {@code shown}; a refusal becomes {@code failed} with
     * the service's status and German text, an unreachable service (or a read's {@link EntryForm.Unavailable}) 503.
     */
    public Uni<Response> read(Call call, String service, String api, Function<JsonNode, Response> shown,
            BiFunction<Integer, String, Response> failed) {
        return call.get(service, api).map(answer -> answer.ok() ? shown.apply(answer.body())
                : failed.apply(answer.status(), Refusal.german(answer.body())))
                .onFailure().recoverWithItem(e -> failed.apply(503, unreachable(service, e, call.lang())));
    }

    /** "The … service cannot be reached right now", or the reason a read gave ({@link EntryForm.Unavailable}). */
    public static String unreachable(String service, Throwable e, Lang lang) {
        if (e instanceof EntryForm.Unavailable u) {
            return u.getMessage();
        }
        return switch (service) {
            case "budget" -> lang.pick("Der Haushaltsdienst ist gerade nicht erreichbar.",
                    "The budget service cannot be reached right now.");
            case "inventory" -> lang.pick("Der Inventardienst ist gerade nicht erreichbar.",
                    "The inventory service cannot be reached right now.");
            default -> lang.pick("Der Dienst der Arbeitsgruppe ist gerade nicht erreichbar.",
                    "The working group's service cannot be reached right now.");
        };
    }

    /** A list page without an introduction. */
    public Response list(Lang lang, String navPath, String path, String heading, int status, List<Form.Field> filters,
            PageModel.Table table, List<PageModel.Link> pages, String problem) {
        return list(lang, navPath, path, heading, null, status, filters, table, pages, problem);
    }

    /** A list page below navigation entry {@code navPath}: the table (or the problem), filters and page links. */
    public Response list(Lang lang, String navPath, String path, String heading, String intro, int status,
            List<Form.Field> filters, PageModel.Table table, List<PageModel.Link> pages, String problem) {
        TemplateInstance page = chrome.around(list.instance(), lang, path, navPath, heading, null).data("intro", intro)
                .data("notice", forms.notice(lang)).data("problem", problem).data("filters", filters)
                .data("action", path).data("table", table).data("pages", pages == null ? List.of() : pages)
                .data("hasErrors", problem != null);
        return html(status, page);
    }

    /** One record's page below navigation entry {@code navPath} (or the problem instead of the record). */
    public Response record(Lang lang, String navPath, String path, String heading, int status, Record content,
            String problem) {
        Record shown = content == null ? Record.empty() : content;
        TemplateInstance page = chrome.around(record.instance(), lang, path, navPath, heading, null)
                .data("notice", forms.notice(lang)).data("problem", problem).data("facts", shown.facts())
                .data("textHeading", shown.textHeading()).data("text", shown.text()).data("tables", shown.tables())
                .data("actions", shown.actions()).data("actionsHeading", shown.actionsHeading() == null
                        ? lang.pick("Aktionen", "Actions") : shown.actionsHeading())
                .data("hasErrors", problem != null);
        return html(status, page);
    }

    /** A history as a table: when, what, who, details. */
    public static PageModel.Table historyTable(String caption, List<List<String>> rows, Lang lang) {
        return new PageModel.Table(caption, List.of(lang.pick("Zeitpunkt", "When"), lang.pick("Vorgang", "What"),
                lang.pick("Wer", "Who"), lang.pick("Angaben", "Details")), List.of(false, false, false, false), rows);
    }

    /** One row of a history: when the event was recorded, {@code what} happened, who did it, {@code details}. */
    public static List<String> historyRow(JsonNode entry, String what, String details) {
        return List.of(German.dateTime(Instant.parse(entry.path("recordedAt").asText())), what,
                entry.path("actorName").asText(entry.path("actorSubject").asText("–")), details);
    }

    /** The event's name without its context and version: {@code DependencyUpdated}. */
    public static String eventName(JsonNode entry) {
        return entry.path("type").asText().replaceAll("^[a-z]+\\.|\\.v\\d+$", "");
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .build();
    }
}
