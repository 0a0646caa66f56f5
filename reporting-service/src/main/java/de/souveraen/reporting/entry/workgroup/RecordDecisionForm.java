package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.VoteResult;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.entry.Options;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Beschluss erfassen": what the working group decided on an agenda item, on which vote, and (for an adopted or
 * referred item) its recommendation to the council with the date of the council session it is meant for.
 */
@ApplicationScoped
public class RecordDecisionForm extends MeetingForm {

    public RecordDecisionForm() {
        super("workgroup/meetings/{id}/agenda-items/{itemId}/decision", new Words("Beschluss erfassen",
                "Record a decision", "Beschlossen oder abgelehnt wird nur auf eine erfasste Abstimmung hin. Eine "
                        + "Empfehlung an den Rat erscheint im Quartalsbericht unter den anstehenden Entscheidungen.",
                "Only a recorded vote adopts or rejects. A recommendation to the council appears in the quarterly "
                        + "report among the upcoming decisions.", "Beschluss speichern", "Save the decision",
                "Der Beschluss ist erfasst.", "The decision is recorded."));
    }

    private static String label(Enum<?> value, Lang lang) {
        return lang == Lang.DE ? WorkgroupLabels.de(value) : WorkgroupLabels.en(value);
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).map(meeting -> {
            JsonNode item = Meetings.item(call, meeting);
            List<Form.Option> votes = new ArrayList<>();
            for (JsonNode vote : item.path("votes")) {
                JsonNode tally = vote.path("tally");
                String subject = vote.path("subject").isTextual() ? vote.path("subject").asText() + ": " : "";
                votes.add(new Form.Option(vote.path("voteId").asText(), subject
                        + label(VoteResult.valueOf(vote.path("result").asText()), lang) + " (" + tally.path("yes")
                                .asInt() + " " + lang.pick("Ja", "yes") + ", " + tally.path("no").asInt() + " "
                        + lang.pick("Nein", "no") + ", " + tally.path("abstain").asInt() + " "
                        + lang.pick("Enthaltungen", "abstentions") + ")", false));
            }
            return List.of(Meetings.shown(meeting, lang),
                    Form.Field.shown("item", lang.pick("Tagesordnungspunkt", "Agenda item"),
                            Meetings.itemTitle(meeting, item, lang)),
                    Form.Field.select("outcome", lang.pick("Ergebnis", "Outcome"), null, true,
                            Options.of(DecisionOutcome.class, lang, true, v -> label(v, lang))),
                    Form.Field.textarea("resolution", lang.pick("Beschlusstext", "Resolution"), null, true),
                    Form.Field.select("voteId", lang.pick("Zugrunde liegende Abstimmung", "Vote it rests on"),
                            lang.pick("Ohne Angabe gilt die letzte Abstimmung zu diesem Punkt",
                                    "Without a choice the latest vote on this item counts"), false,
                            Meetings.choose(lang, false, votes)),
                    Form.Field.textarea("recommendation.text", lang.pick("Empfehlung an den Rat",
                            "Recommendation to the council"), lang.pick("Nur bei beschlossenem oder verwiesenem "
                                    + "Punkt", "Only for an adopted or referred item"), false),
                    Form.Field.date("recommendation.councilSessionDate", lang.pick("Für die Ratssitzung am",
                            "For the council session on"), lang.pick("Nur mit einer Empfehlung",
                                    "Only with a recommendation"), false));
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", values.get("outcome"));
        body.put("resolution", values.get("resolution"));
        body.put("voteId", values.get("voteId"));
        String sessionDate = in.date("recommendation.councilSessionDate");
        if (values.get("recommendation.text") != null || sessionDate != null) {
            Map<String, Object> recommendation = new LinkedHashMap<>();
            recommendation.put("text", values.get("recommendation.text"));
            recommendation.put("councilSessionDate", sessionDate);
            body.put("recommendation", recommendation);
        }
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/agenda-items/" + call.param("itemId")
                        + "/decision", body);
    }
}
