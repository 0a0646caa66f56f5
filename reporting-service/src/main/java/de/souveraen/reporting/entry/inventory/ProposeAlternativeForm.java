package de.souveraen.reporting.entry.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Alternative vorschlagen": an open-source alternative for a dependency, from the inventory's catalogue (the
 * entries of the dependency's category) or by name. It starts as a candidate; its evaluation follows.
 */
@ApplicationScoped
public class ProposeAlternativeForm extends DependencyForm {

    public ProposeAlternativeForm() {
        super("dependencies/{id}/alternatives/new", new Words(
                "Alternative vorschlagen", "Propose an alternative", "Aus dem Katalog quelloffener Alternativen "
                        + "oder mit eigenem Namen. Die Alternative beginnt als Kandidat.", "From the catalogue of "
                                + "open-source alternatives or by name. The alternative starts as a candidate.",
                "Vorschlagen", "Propose", "Die Alternative ist vorgeschlagen.", "The alternative is proposed."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Dependencies.one(call).chain(answer -> {
            JsonNode d = answer.body();
            String category = d.path("category").asText();
            return call.get("inventory", "/api/dependencies/alternatives/catalogue?category=" + category)
                    .map(catalogue -> {
                        List<Form.Option> entries = new ArrayList<>();
                        entries.add(new Form.Option("", lang.pick("– keine, eigener Name –", "– none, own name –"),
                                true));
                        for (JsonNode e : catalogue.body()) {
                            entries.add(new Form.Option(e.path("id").asText(), e.path("name").asText() + " – "
                                    + e.path("licence").asText() + ", " + e.path("maintainer").asText(), false));
                        }
                        return List.of(
                                Form.Field.shown("dependency", lang.pick("Abhängigkeit", "Dependency"),
                                        Dependencies.title(d)),
                                Form.Field.select("catalogueId", lang.pick("Aus dem Katalog", "From the catalogue"),
                                        lang.pick("Einträge, die zur Kategorie der Abhängigkeit passen",
                                                "Entries matching the dependency's category"), false, entries),
                                Form.Field.text("name", lang.pick("Name", "Name"), lang.pick(
                                        "Nötig, wenn nichts aus dem Katalog gewählt ist",
                                        "Needed when nothing is chosen from the catalogue"), false),
                                Form.Field.textarea("note", lang.pick("Notiz", "Note"), null, false));
                    });
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("catalogueId", values.get("catalogueId"));
        body.put("name", values.get("name"));
        body.put("note", values.get("note"));
        return Submission.send("inventory", "POST", "/api/dependencies/" + call.param("id") + "/alternatives", body);
    }
}
