package de.souveraen.reporting.entry.workgroup;

import de.souveraen.contracts.workgroup.AffiliationType;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
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

/** "Fraktion wechseln": whom a member represents from a day on; the history keeps the affiliation before. */
@ApplicationScoped
public class ChangeAffiliationForm extends MemberForm {

    public ChangeAffiliationForm() {
        super("workgroup/members/{id}/affiliation", new Words("Fraktion wechseln", "Change the affiliation", null,
                null, "Ändern", "Change", "Die Zugehörigkeit ist geändert.", "The affiliation is changed."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return member(call).map(member -> List.of(shown(member, lang),
                Form.Field.select("affiliation.type", lang.pick("Vertritt", "Represents"), null, true,
                        Options.of(AffiliationType.class, lang, true, v -> lang == Lang.DE ? WorkgroupLabels.de(v)
                                : WorkgroupLabels.en(v))).prefilled(current(member).path("affiliation").path("type")
                                        .asText()),
                Form.Field.text("affiliation.faction", lang.pick("Fraktion", "Faction"), lang.pick(
                        "Nur für Ratsmitglieder: der Name der Fraktion, wie der Rat ihn schreibt",
                        "Council members only: the faction's name as the council writes it"), false)
                        .prefilled(current(member).path("affiliation").path("faction").asText("")),
                dateOrToday("effectiveFrom", lang, "Gilt ab", "Effective from")));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> affiliation = new LinkedHashMap<>();
        affiliation.put("type", values.get("affiliation.type"));
        affiliation.put("faction", values.get("affiliation.faction"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("affiliation", affiliation);
        body.put("effectiveFrom", in.date("effectiveFrom"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/affiliation", body);
    }
}
