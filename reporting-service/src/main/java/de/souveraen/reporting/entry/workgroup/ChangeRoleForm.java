package de.souveraen.reporting.entry.workgroup;

import de.souveraen.contracts.workgroup.MemberRole;
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

/** "Rolle ändern": a member's role and voting right from a day on; the history keeps the role before. */
@ApplicationScoped
public class ChangeRoleForm extends MemberForm {

    public ChangeRoleForm() {
        super("workgroup/members/{id}/role", new Words("Rolle ändern", "Change the role", null, null, "Ändern",
                "Change", "Die Rolle ist geändert.", "The role is changed."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return member(call).map(member -> List.of(shown(member, lang),
                Form.Field.select("role", lang.pick("Rolle in der Arbeitsgruppe", "Role in the working group"), null,
                        true, Options.of(MemberRole.class, lang, true, v -> lang == Lang.DE ? WorkgroupLabels.de(v)
                                : WorkgroupLabels.en(v))).prefilled(current(member).path("role").asText()),
                Form.Field.select("votingRight", lang.pick("Stimmrecht", "Voting right"), null, true,
                        Meetings.choose(lang, true, List.of(
                                new Form.Option("true", lang.pick("Ja, stimmberechtigt", "Yes, may vote"), false),
                                new Form.Option("false", lang.pick("Nein, beratend", "No, advisory"), false))))
                        .prefilled(current(member).path("votingRight").asText()),
                dateOrToday("effectiveFrom", lang, "Gilt ab", "Effective from")));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("role", values.get("role"));
        body.put("votingRight", values.get("votingRight") == null ? null : Boolean.valueOf(values.get("votingRight")));
        body.put("effectiveFrom", in.date("effectiveFrom"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/role", body);
    }
}
