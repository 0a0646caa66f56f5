package de.souveraen.reporting.entry.workgroup;

import de.souveraen.contracts.workgroup.AffiliationType;
import de.souveraen.contracts.workgroup.MemberRole;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.entry.Options;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Mitglied aufnehmen": a person joins the working group for a faction or for the administration. */
@ApplicationScoped
public class AddMemberForm extends BasicForm {

    public AddMemberForm() {
        super("workgroup/members/new", "/workgroup", "workgroup", new Words("Mitglied aufnehmen", "Add a member", null, null, "Aufnehmen", "Add",
                "Das Mitglied ist aufgenommen.", "The member is added."));
    }

    private static String label(Enum<?> value, Lang lang) {
        return lang == Lang.DE ? WorkgroupLabels.de(value) : WorkgroupLabels.en(value);
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Uni.createFrom().item(List.of(
                Form.Field.text("givenName", lang.pick("Vorname", "Given name"), null, true),
                Form.Field.text("familyName", lang.pick("Nachname", "Family name"), null, true),
                Form.Field.email("email", lang.pick("E-Mail-Adresse", "E-mail address"), null, false),
                Form.Field.select("affiliationType", lang.pick("Vertritt", "Represents"), null, true,
                        Options.of(AffiliationType.class, lang, true, v -> label(v, lang))),
                Form.Field.text("faction", lang.pick("Fraktion", "Faction"), lang.pick(
                        "Nur für Ratsmitglieder: der Name der Fraktion, wie der Rat ihn schreibt, z. B. SPD",
                        "Council members only: the faction's name as the council writes it, e.g. SPD"), false),
                Form.Field.select("role", lang.pick("Rolle in der Arbeitsgruppe", "Role in the working group"),
                        null, true, Options.of(MemberRole.class, lang, true, v -> label(v, lang))),
                Form.Field.select("votingRight", lang.pick("Stimmrecht", "Voting right"), null, true, List.of(
                        new Form.Option("", lang.pick("– bitte wählen –", "– please choose –"), true),
                        new Form.Option("true", lang.pick("Ja, stimmberechtigt", "Yes, may vote"), false),
                        new Form.Option("false", lang.pick("Nein, beratend", "No, advisory"), false))),
                dateOrToday("from", lang, "Mitglied seit", "Member from")));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("givenName", values.get("givenName"));
        person.put("familyName", values.get("familyName"));
        person.put("email", values.get("email"));
        Map<String, Object> affiliation = new LinkedHashMap<>();
        affiliation.put("type", values.get("affiliationType"));
        affiliation.put("faction", values.get("faction"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person", person);
        body.put("affiliation", values.get("affiliationType") == null ? null : affiliation);
        body.put("role", values.get("role"));
        body.put("votingRight", values.get("votingRight") == null ? null : Boolean.valueOf(values.get("votingRight")));
        body.put("from", in.date("from"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", "/api/members", body);
    }
}
