package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm;
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
public class LeaveForm extends BasicForm {

    public LeaveForm() {
        super("workgroup/members/{id}/leave", "/workgroup", "workgroup", new Words("Ausscheiden erfassen",
                "Record a member leaving", "Die Mitgliedschaft endet mit dem angegebenen Tag; ihr Verlauf bleibt "
                        + "erhalten.", "The membership ends on the given day; its history is kept.",
                "Ausscheiden erfassen", "Record leaving", "Das Ausscheiden ist erfasst.",
                "The member's leaving is recorded."));
    }

    @Override
    public String back(Call call) {
        return Records.MEMBERS + call.langQuery();
    }

    /** The member of the call's {@code id}, shown at the top of its forms; 404 when there is none. */
    static Uni<JsonNode> member(Call call) {
        return call.get("workgroup", "/api/members/" + call.param("id")).map(answer -> {
            if (!answer.ok()) {
                throw new EntryForm.Unavailable(404, call.lang().pick("Dieses Mitglied gibt es nicht.",
                        "There is no such member."));
            }
            return answer.body();
        });
    }

    static Form.Field shown(JsonNode member, Lang lang) {
        return Form.Field.shown("member", lang.pick("Mitglied", "Member"), member.path("person").path("givenName")
                .asText() + " " + member.path("person").path("familyName").asText());
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
