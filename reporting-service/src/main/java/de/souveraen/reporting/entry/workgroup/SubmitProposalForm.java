package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Vorlage einreichen": a proposal for the working group to consider, by a member or from outside. */
@ApplicationScoped
public class SubmitProposalForm extends BasicForm {

    public SubmitProposalForm() {
        super("workgroup/proposals/new", "/workgroup", "workgroup", new Words("Vorlage einreichen",
                "Submit a proposal", null, null, "Einreichen", "Submit", "Die Vorlage ist eingereicht.",
                "The proposal is submitted."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.members(call, call.today()).map(members -> {
            List<Form.Option> options = new ArrayList<>();
            members.forEach(m -> options.add(new Form.Option(m.id(), m.name() + " (" + m.affiliation(lang) + ")",
                    false)));
            return List.of(
                    Form.Field.text("reference", lang.pick("Aktenzeichen oder Nummer", "Reference"),
                            lang.pick("Zum Beispiel V-2026/014", "For example V-2026/014"), false),
                    Form.Field.text("title", lang.pick("Titel", "Title"), null, true),
                    Form.Field.textarea("text", lang.pick("Text der Vorlage", "Text of the proposal"), null, true),
                    Form.Field.select("submitterMemberId", lang.pick("Eingereicht von (Mitglied)",
                            "Submitted by (member)"), null, false, Meetings.choose(lang, false, options)),
                    Form.Field.text("submitter", lang.pick("Eingereicht von (sonst)", "Submitted by (otherwise)"),
                            lang.pick("Wenn nicht von einem Mitglied, z. B. eine Fraktion oder ein Fachamt",
                                    "If not by a member, e.g. a faction or a department"), false),
                    dateOrToday("submittedOn", lang, "Eingereicht am", "Submitted on"));
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", values.get("reference"));
        body.put("title", values.get("title"));
        body.put("text", values.get("text"));
        body.put("submitter", values.get("submitter"));
        body.put("submitterMemberId", values.get("submitterMemberId"));
        body.put("submittedOn", in.date("submittedOn"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", "/api/proposals", body);
    }
}
