package de.souveraen.reporting.entry.report;

import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.publication.PublicationDecider;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * "Text zum Abschnitt schreiben": the administration's narrative of one report section for a quarter, filled with
 * what is written now and sent with the version it was read in ({@code If-Match}); refused once the quarter is
 * published.
 */
@ApplicationScoped
public class NarrativeForm extends BasicForm {
    static final String VERSION = "version";

    public NarrativeForm() {
        super("reports/{period}/narratives/{section}", "/", "administration", new Words(
                "Text zum Berichtsabschnitt schreiben", "Write the text of a report section",
                "Der Sachstand in Worten für den Rat, höchstens " + PublicationDecider.NARRATIVE_MAX + " Zeichen; "
                        + "Absätze durch eine Leerzeile trennen. Nach der Veröffentlichung ändert sich der Text nicht"
                        + " mehr.",
                "The state of affairs in words for the council, at most " + PublicationDecider.NARRATIVE_MAX
                        + " characters; separate paragraphs by a blank line. After publication the text no longer"
                        + " changes.", "Text speichern", "Save the text", "Der Text ist gespeichert.",
                "The text is saved."));
    }

    @Override
    public String back(Call call) {
        return "/?period=" + call.param("period") + "&lang=" + call.lang().name().toLowerCase();
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        String section = PublicationDecider.section(call.param("section"));
        return call.get("reporting", "/api/reports/" + period(call) + "/narratives").map(answer -> {
            if (!answer.ok()) {
                throw new Unavailable(answer.status(), call.lang().pick("Die Texte des Berichts sind gerade nicht"
                        + " lesbar.", "The report's texts cannot be read right now."));
            }
            if (answer.body().path("published").asBoolean()) {
                throw new Unavailable(409, call.lang().pick("Der Bericht ist veröffentlicht; seine Texte ändern sich"
                        + " nicht mehr.", "The report is published; its texts no longer change."));
            }
            return List.of(Form.Field.hidden(VERSION, answer.header("etag").orElse("")),
                    Form.Field.shown("section", call.lang().pick("Abschnitt", "Section"), heading(section,
                            call.lang())),
                    Form.Field.textarea("text", call.lang().pick("Text", "Text"), null, true)
                            .prefilled(answer.body().path("narratives").path(section).asText("")));
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        String section = PublicationDecider.section(call.param("section"));
        return Submission.send("reporting", "PUT", "/api/reports/" + period(call) + "/narratives/" + section,
                Map.of("text", values.getOrDefault("text", ""))).header("If-Match", values.get(VERSION));
    }

    private static String period(Call call) {
        return de.souveraen.reporting.report.Period.parse(call.param("period")).toString();
    }

    /** The German (or English) name of a section key. */
    static String heading(String section, Lang lang) {
        return switch (section) {
            case "progress" -> lang.pick("Sachstand und Fortschritt", "Status and progress");
            case "risks" -> lang.pick("Chancen und Risiken", "Opportunities and risks");
            case "decisions" -> lang.pick("Anstehende Entscheidungen", "Upcoming decisions");
            case "finances" -> lang.pick("Finanzen und Mittelverwendung", "Finances and budget usage");
            default -> lang.pick("Ergebnisse der Schulungen", "Results of trainings");
        };
    }
}
