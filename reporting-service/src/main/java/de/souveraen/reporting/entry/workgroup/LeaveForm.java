package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "Ausscheiden erfassen": a member leaves the working group (the history of the membership stays). */
@ApplicationScoped
public class LeaveForm extends MemberForm {

    public LeaveForm() {
        super("workgroup/members/{id}/leave", new Words("Ausscheiden erfassen",
                "Record a member leaving", "Die Mitgliedschaft endet mit dem angegebenen Tag; ihr Verlauf bleibt "
                        + "erhalten.", "The membership ends on the given day; its history is kept.",
                "Ausscheiden erfassen", "Record leaving", "Das Ausscheiden ist erfasst.",
                "The member's leaving is recorded."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return member(call).map(member -> List.of(shown(member, lang),
                dateOrToday("to", lang, "Letzter Tag der Mitgliedschaft", "Last day of the membership"),
                Form.Field.text("reason", lang.pick("Grund", "Reason"), lang.pick("Zum Beispiel Mandatsniederlegung",
                        "For example resignation of the mandate"), false)));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", in.date("to"));
        body.put("reason", values.get("reason"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", "/api/members/" + call.param("id") + "/leave", body);
    }
}
