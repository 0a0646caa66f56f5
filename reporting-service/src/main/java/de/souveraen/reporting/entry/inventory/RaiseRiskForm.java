package de.souveraen.reporting.entry.inventory;

import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.contracts.inventory.RiskCategory;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.entry.Options;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Risiko erfassen": a risk of the programme with likelihood, impact, owner and mitigation. */
@ApplicationScoped
public class RaiseRiskForm extends BasicForm {
    private static final String[][] LIKELIHOOD = {{"sehr unwahrscheinlich", "very unlikely"},
        {"unwahrscheinlich", "unlikely"}, {"möglich", "possible"}, {"wahrscheinlich", "likely"},
        {"sehr wahrscheinlich", "very likely"}};
    private static final String[][] IMPACT = {{"sehr gering", "very low"}, {"gering", "low"}, {"mittel", "medium"},
        {"hoch", "high"}, {"sehr hoch", "very high"}};

    public RaiseRiskForm() {
        super("dependencies/risks/new", "/dependencies", "administration", new Words("Risiko erfassen",
                "Record a risk", null, null, "Erfassen", "Record", "Das Risiko ist erfasst.", "The risk is recorded."));
    }

    private static List<Form.Option> scale(String[][] words, Lang lang) {
        List<Form.Option> options = new ArrayList<>();
        options.add(new Form.Option("", lang.pick("– bitte wählen –", "– please choose –"), true));
        for (int i = 0; i < words.length; i++) {
            options.add(new Form.Option(String.valueOf(i + 1), (i + 1) + " – " + lang.pick(words[i][0], words[i][1]),
                    false));
        }
        return options;
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Dependencies.concerned(call, "Betroffene Abhängigkeit", "Dependency affected")
                .map(dependency -> List.of(
                    Form.Field.text("title", lang.pick("Titel", "Title"), null, true),
                    Form.Field.textarea("description", lang.pick("Beschreibung", "Description"), null, false),
                    Form.Field.select("category", lang.pick("Art des Risikos", "Kind of risk"), null, true,
                            Options.of(RiskCategory.class, lang, true,
                                    v -> lang == Lang.DE ? InventoryLabels.de(v) : InventoryLabels.en(v))),
                    Form.Field.select("likelihood", lang.pick("Eintrittswahrscheinlichkeit", "Likelihood"), null,
                            true, scale(LIKELIHOOD, lang)),
                    Form.Field.select("impact", lang.pick("Auswirkung", "Impact"), null, true, scale(IMPACT, lang)),
                    Form.Field.text("owner", lang.pick("Verantwortlich", "Owner"), null, true),
                    Form.Field.textarea("mitigation", lang.pick("Gegenmaßnahme", "Mitigation"), null, false),
                    dependency));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", values.get("title"));
        body.put("description", values.get("description"));
        body.put("category", values.get("category"));
        body.put("likelihood", in.integer("likelihood"));
        body.put("impact", in.integer("impact"));
        body.put("owner", values.get("owner"));
        body.put("mitigation", values.get("mitigation"));
        body.put("dependencyIds", Dependencies.concerned(values));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("inventory", "POST", "/api/risks", body);
    }
}
