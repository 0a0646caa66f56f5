package de.souveraen.reporting.entry.budget;

import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForms;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.ServiceClient;
import de.souveraen.reporting.entry.WriteServices;
import de.souveraen.reporting.portal.Chrome;
import de.souveraen.reporting.portal.PageModel;
import de.souveraen.reporting.view.Lang;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What the budget's list pages (journal, commitments) share: the person's {@link Call} and the page around a filter
 * form, a table with per-row links and the page links ({@code entry/list.html}).
 */
@RequestScoped
class BudgetPages {
    private final Template list;
    private final Chrome chrome;
    private final ServiceClient client;
    private final WriteServices services;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final EntryForms forms;

    BudgetPages(@Location("entry/list.html") Template list, Chrome chrome, ServiceClient client,
            WriteServices services, SecurityIdentity identity, Clock clock, EntryForms forms) {
        this.list = list;
        this.chrome = chrome;
        this.client = client;
        this.services = services;
        this.identity = identity;
        this.clock = clock;
        this.forms = forms;
    }

    Call call(Lang lang) {
        return new Call(lang, Map.of(), ServiceClient.token(identity).orElse(""), German.day(clock.instant()), client,
                services);
    }

    boolean has(String role) {
        return chrome.has(role);
    }

    Response page(Lang lang, String path, String heading, int status, List<Form.Field> filters,
            PageModel.Table table, List<PageModel.Link> pages, String problem) {
        String html = chrome.around(list.instance(), lang, path, "/budget", heading, null)
                .data("intro", null).data("notice", forms.notice(lang)).data("problem", problem).data("filters", filters).data("action", path)
                .data("table", table).data("pages", pages).data("hasErrors", problem != null).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    static String unreachable(Lang lang) {
        return lang.pick("Der Haushaltsdienst ist gerade nicht erreichbar.",
                "The budget service cannot be reached right now.");
    }

    static String text(com.fasterxml.jackson.databind.JsonNode node, String field) {
        com.fasterxml.jackson.databind.JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "–" : value.asText();
    }

    static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String code(Lang lang) {
        return lang.name().toLowerCase();
    }
}
