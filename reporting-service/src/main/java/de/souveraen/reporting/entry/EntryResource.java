package de.souveraen.reporting.entry;

import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.portal.Chrome;
import de.souveraen.reporting.view.Lang;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine behind every form of the portal ({@code /entry/…}, one {@link EntryForm} each): shows a form to the
 * role it is meant for, and on submit checks the form's CSRF token, sends the request to the owning write service
 * with the person's token under the form's idempotency key, and answers with a redirect (Post/Redirect/Get) or with
 * the form again, the service's German refusal next to the fields it names.
 */
@Path("/entry")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class EntryResource {
    private static final Pattern SAFE_PARAM = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final Template template;
    private final Chrome chrome;
    private final ServiceClient client;
    private final WriteServices services;
    private final FormGuard guard;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final io.vertx.core.http.HttpServerRequest request;
    private final List<Route> routes = new ArrayList<>();

    /** A form with its path as a pattern and the names of its parameters. */
    private record Route(EntryForm form, Pattern pattern, List<String> names) {
    }

    EntryResource(@Location("entry/form.html") Template template, Chrome chrome, ServiceClient client,
            WriteServices services, FormGuard guard, SecurityIdentity identity, Clock clock, Instance<EntryForm> forms,
            io.vertx.core.http.HttpServerRequest request) {
        this.request = request;
        this.template = template;
        this.chrome = chrome;
        this.client = client;
        this.services = services;
        this.guard = guard;
        this.identity = identity;
        this.clock = clock;
        for (EntryForm form : forms) {
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([a-zA-Z]+)}").matcher(form.path());
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(form.path().substring(last, m.start()))).append("([^/]+)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(form.path().substring(last)));
            routes.add(new Route(form, Pattern.compile(regex.toString()), names));
        }
    }

    @GET
    @Path("{path: .+}")
    public Uni<Response> show(@PathParam("path") String path, @QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        Optional<Map.Entry<EntryForm, Map<String, String>>> found = route(path);
        if (found.isEmpty()) {
            return Uni.createFrom().item(notFound(lang, path));
        }
        EntryForm form = found.get().getKey();
        Call call = call(lang, found.get().getValue());
        if (!identity.hasRole(form.role())) {
            return Uni.createFrom().item(refused(form, call, path, forbidden(lang, form)));
        }
        FormGuard.Issued issued = guard.issue(chrome.subject());
        return form.fields(call)
                .map(fields -> page(form, call, path, 200, new Form(action(path, call), form.intro(lang),
                        form.submitLabel(lang), form.back(call), issued.key(), issued.token(), fields, List.of())))
                .onFailure().recoverWithItem(e -> unavailable(form, call, path, e));
    }

    @POST
    @Path("{path: .+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> submit(@PathParam("path") String path, @QueryParam("lang") String language,
            MultivaluedMap<String, String> input) {
        Lang lang = Lang.of(language);
        Optional<Map.Entry<EntryForm, Map<String, String>>> found = route(path);
        if (found.isEmpty()) {
            return Uni.createFrom().item(notFound(lang, path));
        }
        EntryForm form = found.get().getKey();
        Call call = call(lang, found.get().getValue());
        String key = input.getFirst("_key");
        String token = input.getFirst("_token");
        if (!guard.valid(chrome.subject(), key, token)) {
            return Uni.createFrom().item(refused(form, call, path, lang.pick(
                    "Dieses Formular stammt nicht aus Ihrer Sitzung im Portal oder ist abgelaufen. Es wurde nichts "
                            + "gespeichert. Bitte öffnen Sie das Formular neu.",
                    "This form does not come from your portal session or has expired. Nothing was saved. Please "
                            + "open the form again.")));
        }
        return form.fields(call).chain(fields -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (Form.Field field : fields) {
                String value = input.getFirst(field.name());
                values.put(field.name(), value == null || value.isBlank() ? null : value.strip());
            }
            Form blank = new Form(action(path, call), form.intro(lang), form.submitLabel(lang), form.back(call), key,
                    token, fields, List.of());
            EntryForm.Submission submission = form.submit(call, values);
            if (!submission.formatErrors().isEmpty()) {
                return Uni.createFrom().item(page(form, call, path, 422,
                        blank.with(values, submission.formatErrors(), List.of())));
            }
            Map<String, String> headers = new LinkedHashMap<>(submission.headers());
            headers.put("Idempotency-Key", key);
            return client.send(submission.method(), call.uri(submission.service(), submission.path()), call.token(),
                    headers, submission.body()).map(answer -> {
                        if (answer.ok()) {
                            return Response.seeOther(URI.create(form.done(call, answer))).build();
                        }
                        if (answer.status() == 401 || answer.status() == 403) {
                            return refused(form, call, path, forbidden(lang, form));
                        }
                        if (answer.status() >= 400 && answer.status() < 500) {
                            Refusal refusal = Refusal.of(answer.body(), field -> shown(form.fieldOf(field, values),
                                    fields));
                            return page(form, call, path, 422, blank.with(values, refusal.byField(),
                                    refusal.general()));
                        }
                        return serviceDown(form, call, path, blank, values);
                    }).onFailure().recoverWithItem(failure -> serviceDown(form, call, path, blank, values));
        }).onFailure().recoverWithItem(e -> unavailable(form, call, path, e));
    }

    /**
     * The form field a problem names: the same name ({@code contract.end}), or the list it is an entry of
     * ({@code openStandards[1]} → {@code openStandards}), or the first part of the object it names
     * ({@code factions[0].tally} → {@code factions[0].tally.yes}); null when the form has no such field.
     */
    static String fieldOf(String field, Map<String, String> values) {
        if (field == null) {
            return null;
        }
        if (values.containsKey(field)) {
            return field;
        }
        for (String name : values.keySet()) {
            if (name.startsWith(field + ".")) {
                return name; // a problem of a whole object ("factions[0].tally") at its first part
            }
        }
        int bracket = field.indexOf('[');
        return bracket > 0 && values.containsKey(field.substring(0, bracket)) ? field.substring(0, bracket) : null;
    }

    /**
     * The field a message is shown at: {@code name} itself, or for a hidden field (e.g. a faction's affiliation or a
     * member's id) the first visible field of the same object ({@code factions[0].affiliation} →
     * {@code factions[0].tally.yes}); null when there is none.
     */
    static String shown(String name, List<Form.Field> fields) {
        if (name == null) {
            return null;
        }
        Form.Field field = fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
        if (field == null || !field.type().equals("hidden") && !field.type().equals("static")) {
            return field == null ? null : name;
        }
        int dot = name.lastIndexOf('.');
        String object = dot > 0 ? name.substring(0, dot + 1) : null;
        return object == null ? null : fields.stream().filter(f -> f.name().startsWith(object)
                && !f.type().equals("hidden") && !f.type().equals("static")).map(Form.Field::name).findFirst()
                .orElse(null);
    }

    private Optional<Map.Entry<EntryForm, Map<String, String>>> route(String path) {
        for (Route route : routes) {
            Matcher m = route.pattern().matcher(path);
            if (m.matches()) {
                Map<String, String> params = new LinkedHashMap<>();
                for (int i = 0; i < route.names().size(); i++) {
                    String value = m.group(i + 1);
                    if (!SAFE_PARAM.matcher(value).matches()) {
                        return Optional.empty();
                    }
                    params.put(route.names().get(i), value);
                }
                return Optional.of(Map.entry(route.form(), params));
            }
        }
        return Optional.empty();
    }

    private Call call(Lang lang, Map<String, String> params) {
        return new Call(lang, params, ServiceClient.token(identity).orElse(""), German.day(clock.instant()), client,
                WriteServices.withOwn(services, request.localAddress().port()));
    }

    private static String action(String path, Call call) {
        return "/entry/" + path + call.langQuery();
    }

    private static String forbidden(Lang lang, EntryForm form) {
        return lang.pick("Dieses Formular ist der Rolle „" + roleDe(form.role()) + "“ vorbehalten. Es wurde nichts "
                + "gespeichert.", "This form is reserved for the role \"" + form.role() + "\". Nothing was saved.");
    }

    private static String roleDe(String role) {
        return switch (role) {
            case "administration" -> "Verwaltung";
            case "workgroup" -> "Arbeitsgruppe";
            case "council" -> "Rat";
            default -> role;
        };
    }

    private Response serviceDown(EntryForm form, Call call, String path, Form blank, Map<String, String> values) {
        return page(form, call, path, 503, blank.with(values, Map.of(), List.of(new Form.Message(null,
                call.lang().pick("Der zuständige Dienst ist gerade nicht erreichbar. Ihre Angaben sind erhalten; bitte "
                        + "senden Sie das Formular gleich noch einmal (es wird dabei höchstens einmal gespeichert).",
                        "The service in charge cannot be reached right now. Your entries are kept; please send the "
                                + "form again in a moment (it is saved at most once).")))));
    }

    /** No form to show: there is nothing to enter ({@link EntryForm.Unavailable}) or its service is away (503). */
    private Response unavailable(EntryForm form, Call call, String path, Throwable failure) {
        if (failure instanceof EntryForm.Unavailable e) {
            return page(form, call, path, e.status(), new Form(action(path, call), e.getMessage(), "",
                    form.back(call), "", "", List.of(), List.of()));
        }
        org.jboss.logging.Logger.getLogger(EntryResource.class).warnf("form %s: %s", path, failure.toString());
        return page(form, call, path, 503, new Form(action(path, call), null, "", form.back(call), "", "", List.of(),
                List.of(new Form.Message(null, call.lang().pick("Der zuständige Dienst ist gerade nicht erreichbar. "
                        + "Es wurde nichts gespeichert; bitte versuchen Sie es gleich noch einmal.",
                        "The service in charge cannot be reached right now. Nothing was saved; please try again in "
                                + "a moment.")))));
    }

    private Response refused(EntryForm form, Call call, String path, String message) {
        return page(form, call, path, 403, new Form(action(path, call), null, "", form.back(call), "", "", List.of(),
                List.of(new Form.Message(null, message))));
    }

    private Response notFound(Lang lang, String path) {
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(chrome.around(template.instance(), lang, "/entry/" + path, "", lang.pick("Nicht gefunden",
                        "Not found"), null).data("form", new Form("", lang.pick("Dieses Formular gibt es nicht.",
                                "There is no such form."), "", "/", "", "", List.of(), List.of()))
                        .data("hasErrors", false).render())
                .build();
    }

    private Response page(EntryForm form, Call call, String path, int status, Form content) {
        String html = chrome.around(template.instance(), call.lang(), "/entry/" + path, form.navPath(),
                form.heading(call.lang()), form.script()).data("form", content)
                .data("hasErrors", !content.summary().isEmpty()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
