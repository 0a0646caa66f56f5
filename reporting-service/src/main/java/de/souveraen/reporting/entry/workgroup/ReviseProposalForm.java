package de.souveraen.reporting.entry.workgroup;

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

/**
 * "Vorlage überarbeiten": a new version of the proposal's title and text, starting from the recorded one and sent
 * only while nobody changed it in the meantime (ETag as {@code If-Match}); the dependencies it names stay.
 */
@ApplicationScoped
public class ReviseProposalForm extends ProposalForm {

    public ReviseProposalForm() {
        super("workgroup/proposals/{id}/revision", new Words("Vorlage überarbeiten", "Revise a proposal", null, null,
                "Speichern", "Save", "Die Vorlage ist überarbeitet.", "The proposal is revised."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return proposal(call).map(proposal -> {
            List<String> dependencies = new ArrayList<>();
            proposal.path("dependencyIds").forEach(d -> dependencies.add(d.asText()));
            return List.of(Form.Field.hidden("etag", proposal.path("etag").asText()),
                    Form.Field.hidden("dependencyIds", String.join(",", dependencies)),
                    Form.Field.text("title", lang.pick("Titel", "Title"), null, true)
                            .prefilled(proposal.path("title").asText()),
                    Form.Field.textarea("text", lang.pick("Text der Vorlage", "Text of the proposal"), null, true)
                            .prefilled(proposal.path("text").asText()),
                    dateOrToday("revisedOn", lang, "Überarbeitet am", "Revised on"));
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", values.get("title"));
        body.put("text", values.get("text"));
        body.put("dependencyIds", values.get("dependencyIds") == null ? List.of()
                : List.of(values.get("dependencyIds").split(",")));
        body.put("revisedOn", in.date("revisedOn"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "PUT", api(call), body).header("If-Match", values.get("etag"));
    }
}
