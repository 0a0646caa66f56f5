package de.souveraen.reporting.entry.inventory;

import de.souveraen.contracts.inventory.OpportunityCategory;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.entry.Options;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Chance erfassen": an opportunity of the programme (savings, skills, cooperation …) with its figures. */
@ApplicationScoped
public class RecordOpportunityForm extends BasicForm {

    public RecordOpportunityForm() {
        super("dependencies/opportunities/new", "/dependencies", "administration", new Words("Chance erfassen",
                "Record an opportunity", null, null, "Erfassen", "Record", "Die Chance ist erfasst.",
                "The opportunity is recorded."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Dependencies.concerned(call, "Betroffene Abhängigkeit", "Dependency concerned")
                .map(dependency -> List.of(
                    Form.Field.text("title", lang.pick("Titel", "Title"), null, true),
                    Form.Field.textarea("description", lang.pick("Beschreibung", "Description"), null, false),
                    Form.Field.select("category", lang.pick("Art der Chance", "Kind of opportunity"), null, true,
                            Options.of(OpportunityCategory.class, lang, true, v -> Dependencies.label(v, lang))),
                    Form.Field.amount("yearlySavings", lang.pick("Einsparung pro Jahr in Euro",
                            "Savings per year in euros"), lang.pick("Zum Beispiel 12.000,00", "For example "
                                    + "12.000,00"), false),
                    Form.Field.amount("oneOffCost", lang.pick("Einmalige Kosten in Euro", "One-off cost in euros"),
                            null, false),
                    Form.Field.text("owner", lang.pick("Verantwortlich", "Owner"), null, false),
                    dependency));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", values.get("title"));
        body.put("description", values.get("description"));
        body.put("category", values.get("category"));
        body.put("yearlySavings", in.amount("yearlySavings"));
        body.put("oneOffCost", in.amount("oneOffCost"));
        body.put("owner", values.get("owner"));
        body.put("dependencyIds", Dependencies.concerned(values));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("inventory", "POST", "/api/opportunities", body);
    }
}
