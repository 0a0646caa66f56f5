package de.souveraen.reporting.entry;

import de.souveraen.reporting.portal.Chrome;
import de.souveraen.reporting.portal.PageModel;
import de.souveraen.reporting.view.Lang;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;

/** The forms a portal page offers: by the page they belong to and the signed-in person's roles. */
@RequestScoped
public class EntryForms {
    private final List<EntryForm> forms;
    private final Chrome chrome;
    private final io.vertx.core.http.HttpServerRequest request;

    EntryForms(Instance<EntryForm> forms, Chrome chrome, io.vertx.core.http.HttpServerRequest request) {
        this.forms = forms.stream().toList();
        this.chrome = chrome;
        this.request = request;
    }

    /** The notice after a form was accepted, when this request came from one ({@code ?done=}), or null. */
    public String notice(Lang lang) {
        return notice(request.getParam("done"), lang);
    }

    /** Links to the forms of page {@code navPath} the person may use (forms of a single record appear with it). */
    public List<PageModel.Link> actions(String navPath, Lang lang) {
        List<PageModel.Link> links = new java.util.ArrayList<>();
        if (navPath.equals("/budget")) {
            links.add(new PageModel.Link("/budget/journal?lang=" + lang.name().toLowerCase(),
                    lang.pick("Buchungen und Verlauf", "Bookings and history"), null));
            links.add(new PageModel.Link("/budget/commitments?lang=" + lang.name().toLowerCase(),
                    lang.pick("Mittelbindungen", "Commitments"), null));
            if (chrome.has("administration")) {
                links.add(new PageModel.Link("/budget/import?lang=" + lang.name().toLowerCase(),
                        lang.pick("Ist-Buchungen aus der Finanzsoftware übernehmen", "Import actual bookings"), null));
            }
        }
        if (navPath.equals("/dependencies") && chrome.has("administration")) {
            links.add(new PageModel.Link("/dependencies/import?lang=" + lang.name().toLowerCase(),
                    lang.pick("Aus CSV-Datei übernehmen", "Import from a CSV file"), null));
            links.add(new PageModel.Link("/dependencies/register?lang=" + lang.name().toLowerCase(),
                    lang.pick("Abhängigkeiten bearbeiten und bewerten", "Edit and assess dependencies"), null));
            links.add(new PageModel.Link("/dependencies/tracked?lang=" + lang.name().toLowerCase(),
                    lang.pick("Risiken und Chancen", "Risks and opportunities"), null));
        }
        if (navPath.equals("/workgroup") && chrome.has("workgroup")) {
            links.add(new PageModel.Link("/workgroup/meetings?lang=" + lang.name().toLowerCase(),
                    lang.pick("Sitzungen protokollieren", "Record meetings"), null));
            links.add(new PageModel.Link("/workgroup/members?lang=" + lang.name().toLowerCase(),
                    lang.pick("Mitglieder verwalten", "Manage members"), null));
            links.add(new PageModel.Link("/workgroup/trainings?lang=" + lang.name().toLowerCase(),
                    lang.pick("Schulungen erfassen", "Record trainings"), null));
            links.add(new PageModel.Link("/workgroup/proposals?lang=" + lang.name().toLowerCase(),
                    lang.pick("Vorlagen bearbeiten", "Edit proposals"), null));
            links.add(new PageModel.Link("/workgroup/measures?lang=" + lang.name().toLowerCase(),
                    lang.pick("Maßnahmen und Meilensteine", "Measures and milestones"), null));
        }
        forms.stream().filter(f -> f.navPath().equals(navPath) && !f.path().contains("{"))
                .filter(f -> chrome.has(f.role()))
                .map(f -> new PageModel.Link("/entry/" + f.path() + "?lang=" + lang.name().toLowerCase(),
                        f.heading(lang), null))
                .forEach(links::add);
        return links;
    }

    /** The notice after a form was accepted ({@code ?done=} names the form), or null. */
    public String notice(String done, Lang lang) {
        if (done == null) {
            return null;
        }
        if (done.equals("budget.import")) {
            return lang.pick("Die Buchungen sind übernommen.", "The bookings are imported.");
        }
        if (done.equals("dependencies.import")) {
            return lang.pick("Die Datei ist übernommen.", "The file is imported.") + " " + lang.pick("Die Übersicht "
                    + "zeigt es, sobald es verarbeitet ist (meist nach wenigen Sekunden; die Seite aktualisiert sich "
                    + "selbst).", "The overview shows it as soon as it is processed (usually within seconds; the page "
                            + "updates itself).");
        }
        return forms.stream().filter(f -> f.key().equals(done))
                .findFirst().map(f -> f.doneNotice(lang) + " " + lang.pick("Die Übersicht zeigt es, sobald es "
                        + "verarbeitet ist (meist nach wenigen Sekunden; die Seite aktualisiert sich selbst).",
                        "The overview shows it as soon as it is processed (usually within seconds; the page updates "
                                + "itself)."))
                .orElse(null);
    }
}
