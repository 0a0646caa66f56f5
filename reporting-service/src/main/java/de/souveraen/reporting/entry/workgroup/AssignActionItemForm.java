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

/** "Aufgabe vergeben": an action item from a held meeting, for a member or someone else, with a due date. */
@ApplicationScoped
public class AssignActionItemForm extends MeetingForm {

    public AssignActionItemForm() {
        super("workgroup/meetings/{id}/action-items/new", new Words("Aufgabe vergeben", "Assign an action item", null,
                null, "Vergeben", "Assign", "Die Aufgabe ist vergeben.", "The action item is assigned."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).chain(meeting -> Meetings.members(call, Meetings.day(meeting)).map(members -> {
            List<Form.Option> items = new ArrayList<>();
            for (JsonNode item : meeting.path("agenda").path("items")) {
                items.add(new Form.Option(item.path("id").asText(), Meetings.itemTitle(meeting, item, lang), false));
            }
            List<Form.Option> people = new ArrayList<>();
            members.forEach(m -> people.add(new Form.Option(m.id(), m.name(), false)));
            return List.of(Meetings.shown(meeting, lang),
                    Form.Field.text("title", lang.pick("Aufgabe", "Action item"), null, true),
                    Form.Field.select("agendaItemId", lang.pick("Zu Tagesordnungspunkt", "For agenda item"), null,
                            false, Meetings.choose(lang, false, items)),
                    Form.Field.select("ownerMemberId", lang.pick("Zuständig (Mitglied)", "Owner (member)"), null,
                            false, Meetings.choose(lang, false, people)),
                    Form.Field.text("owner", lang.pick("Zuständig (sonst)", "Owner (otherwise)"), lang.pick(
                            "Wenn kein Mitglied, z. B. Hauptamt", "If no member, e.g. the central office"), false),
                    Form.Field.date("dueDate", lang.pick("Erledigen bis", "Due on"), null, false));
        }));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agendaItemId", values.get("agendaItemId"));
        body.put("title", values.get("title"));
        body.put("owner", values.get("owner"));
        body.put("ownerMemberId", values.get("ownerMemberId"));
        body.put("dueDate", in.date("dueDate"));
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/action-items", body);
    }
}
