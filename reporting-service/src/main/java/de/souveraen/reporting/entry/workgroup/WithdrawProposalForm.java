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

/** "Vorlage zurückziehen": the submitter withdraws a proposal that is not decided yet, with the reason. */
@ApplicationScoped
public class WithdrawProposalForm extends ProposalForm {

    public WithdrawProposalForm() {
        super("workgroup/proposals/{id}/withdrawal", new Words("Vorlage zurückziehen", "Withdraw a proposal", null,
                null, "Zurückziehen", "Withdraw", "Die Vorlage ist zurückgezogen.", "The proposal is withdrawn."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return proposal(call).map(proposal -> List.of(shown(proposal, lang),
                Form.Field.textarea("reason", lang.pick("Grund", "Reason"), null, false),
                dateOrToday("withdrawnOn", lang, "Zurückgezogen am", "Withdrawn on")));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", values.get("reason"));
        body.put("withdrawnOn", in.date("withdrawnOn"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/withdrawal", body);
    }
}
