package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
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

/** "Tagesordnungspunkt hinzufügen": an item on the meeting's agenda, optionally for an open proposal. */
@ApplicationScoped
public class AddAgendaItemForm extends MeetingForm {

    public AddAgendaItemForm() {
        super("workgroup/meetings/{id}/agenda-items/new", new Words("Tagesordnungspunkt hinzufügen",
                "Add an agenda item", null, null, "Hinzufügen", "Add", "Der Tagesordnungspunkt ist hinzugefügt.",
                "The agenda item is added."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).chain(meeting -> call.get("workgroup", "/api/proposals").map(proposals -> {
            List<Form.Option> open = new ArrayList<>();
            if (proposals.ok()) {
                for (JsonNode p : proposals.body()) {
                    if ("OPEN".equals(p.path("status").asText())) {
                        open.add(new Form.Option(p.path("proposalId").asText(), p.path("title").asText(), false));
                    }
                }
            }
            return List.of(Meetings.shown(meeting, lang),
                    Form.Field.text("title", lang.pick("Titel des Tagesordnungspunkts", "Title of the item"), null,
                            true),
                    Form.Field.select("publicItem", lang.pick("Öffentlichkeit", "Public"), lang.pick(
                            "In einer nichtöffentlichen Sitzung sind alle Punkte nichtöffentlich.",
                            "In a closed meeting every item is closed."), true, Meetings.choose(lang, true, List.of(
                                    new Form.Option("true", lang.pick("Öffentlicher Teil", "Public part"), false),
                                    new Form.Option("false", lang.pick("Nichtöffentlicher Teil", "Closed part"),
                                            false)))),
                    Form.Field.select("proposalId", lang.pick("Zu beratende Vorlage", "Proposal to consider"),
                            lang.pick("Nur offene Vorlagen", "Open proposals only"), false,
                            Meetings.choose(lang, false, open)),
                    Form.Field.text("position", lang.pick("Position in der Tagesordnung", "Position on the agenda"),
                            lang.pick("Eine Zahl; leer lassen für das Ende der Tagesordnung",
                                    "A number; leave empty for the end of the agenda"), false));
        }));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", values.get("title"));
        body.put("publicItem", values.get("publicItem") == null ? null : Boolean.valueOf(values.get("publicItem")));
        body.put("proposalId", values.get("proposalId"));
        body.put("position", in.integer("position"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/agenda-items", body);
    }
}
