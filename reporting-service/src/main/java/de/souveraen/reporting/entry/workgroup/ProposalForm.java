package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;

/** A form of one proposal, reached from the list of proposals and leading back there. */
abstract class ProposalForm extends BasicForm {

    protected ProposalForm(String path, Words words) {
        super(path, "/workgroup", "workgroup", words);
    }

    @Override
    public String back(Call call) {
        return Records.PROPOSALS + call.langQuery();
    }

    protected static String api(Call call) {
        return "/api/proposals/" + call.param("id");
    }

    /** The proposal with its ETag in {@code etag}; 404 as the form's reason when there is none. */
    static Uni<JsonNode> proposal(Call call) {
        return Meetings.one(call, api(call), "Diese Vorlage gibt es nicht.", "There is no such proposal.");
    }

    static Form.Field shown(JsonNode proposal, Lang lang) {
        return Form.Field.shown("proposal", lang.pick("Vorlage", "Proposal"), proposal.path("title").asText());
    }
}
