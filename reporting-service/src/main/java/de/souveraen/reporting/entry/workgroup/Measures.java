package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.workgroup.Mandate;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Options;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form of the programme of measures ("Maßnahmen"), reached from the list of measures and leading back there; what
 * the measure forms share: the measure's fields, reading one measure, naming it and its milestone.
 */
abstract class Measures extends BasicForm {
    static final String LIST = "/workgroup/measures";
    static final int DEPENDENCIES = 3;

    protected Measures(String path, Words words) {
        super(path, "/workgroup", "workgroup", words);
    }

    @Override
    public String back(Call call) {
        return LIST + call.langQuery();
    }

    protected static String api(Call call) {
        return "/api/measures/" + call.param("id");
    }

    /** The measure of the call's {@code id} with its ETag in {@code etag}; 404 when there is none. */
    static Uni<JsonNode> measure(Call call) {
        return Meetings.one(call, api(call), "Diese Maßnahme gibt es nicht.", "There is no such measure.");
    }

    /** "Abhängigkeiten analysieren (Analyse der Abhängigkeiten)". */
    static Form.Field shown(JsonNode measure, Lang lang) {
        JsonNode d = measure.path("details");
        return Form.Field.shown("measure", lang.pick("Maßnahme", "Measure"), d.path("title").asText() + " ("
                + label(Mandate.valueOf(d.path("mandate").asText()), lang) + ")");
    }

    /** The milestone {@code milestoneId} of the measure; 404 as the form's reason when there is none. */
    static JsonNode milestone(Call call, JsonNode measure) {
        for (JsonNode m : measure.path("milestones")) {
            if (m.path("milestoneId").asText().equals(call.param("milestoneId"))) {
                return m;
            }
        }
        throw new EntryForm.Unavailable(404, call.lang().pick("Diesen Meilenstein gibt es nicht.",
                "There is no such milestone."));
    }

    /** "Pilot abgeschlossen · fällig am 30.09.2026". */
    static Form.Field shownMilestone(JsonNode milestone, Lang lang) {
        return Form.Field.shown("milestone", lang.pick("Meilenstein", "Milestone"), milestone.path("title").asText()
                + " · " + lang.pick("fällig am ", "due on ") + German.date(LocalDate.parse(
                        milestone.path("due").asText())));
    }

    static String label(Enum<?> value, Lang lang) {
        return lang == Lang.DE ? WorkgroupLabels.de(value) : WorkgroupLabels.en(value);
    }

    /** The fields of a measure's details (shared by defining and revising), the dependencies offered from the register. */
    static Uni<List<Form.Field>> detailFields(Call call) {
        Lang lang = call.lang();
        return call.get("inventory", "/api/dependencies?size=500").map(answer -> {
            List<Form.Field> fields = new ArrayList<>();
            fields.add(Form.Field.text("title", lang.pick("Titel", "Title"), null, true));
            fields.add(Form.Field.select("mandate", lang.pick("Auftrag aus dem Ratsbeschluss", "Mandate of the motion"),
                    null, true, Options.of(Mandate.class, lang, true, v -> label(v, lang))));
            fields.add(Form.Field.textarea("description", lang.pick("Beschreibung", "Description"), null, false));
            fields.add(Form.Field.text("responsible", lang.pick("Verantwortlich", "Responsible"), lang.pick(
                    "Person oder Stelle, z. B. Hauptamt", "Person or unit, e.g. central office"), true));
            fields.add(Form.Field.text("budgetLine", lang.pick("Haushaltsposition", "Budget line"), lang.pick(
                    "Schlüssel der Position, die die Maßnahme bezahlt, z. B. IT-02; leer lassen, wenn keine",
                    "Code of the line that pays for it, e.g. IT-02; leave empty for none"), false));
            for (int i = 0; i < DEPENDENCIES; i++) {
                List<Form.Option> options = new ArrayList<>();
                options.add(new Form.Option("", lang.pick("– keine –", "– none –"), true));
                if (answer.ok()) {
                    for (JsonNode d : answer.body().path("items")) {
                        options.add(new Form.Option(d.path("id").asText(), d.path("name").asText() + " ("
                                + d.path("vendor").asText() + ")", false));
                    }
                }
                fields.add(Form.Field.select("dependencies[" + i + "]", lang.pick("Betroffene Abhängigkeit " + (i + 1),
                        "Dependency concerned " + (i + 1)), i == 0 ? null : lang.pick("Falls weitere", "If more"),
                        false, options));
            }
            return fields;
        });
    }

    /** The measure's details as the API takes them (shared by defining and revising). */
    static Map<String, Object> details(Map<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", values.get("title"));
        body.put("mandate", values.get("mandate"));
        body.put("description", values.get("description"));
        body.put("responsible", values.get("responsible"));
        String line = values.get("budgetLine");
        body.put("budgetLine", line == null || line.isBlank() ? null : line.strip());
        List<String> dependencies = new ArrayList<>();
        for (int i = 0; i < DEPENDENCIES; i++) {
            String value = values.get("dependencies[" + i + "]");
            if (value != null && !value.isBlank() && !dependencies.contains(value)) {
                dependencies.add(value);
            }
        }
        body.put("dependencies", dependencies);
        return body;
    }
}
