package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * "Tagesordnungspunkt streichen": removes an agenda item before the meeting is held, under the meeting's ETag (an
 * agenda changed in between is refused, not cut blindly).
 */
@ApplicationScoped
public class RemoveAgendaItemForm extends MeetingForm {

    public RemoveAgendaItemForm() {
        super("workgroup/meetings/{id}/agenda-items/{itemId}/removal", new Words("Tagesordnungspunkt streichen",
                "Remove an agenda item", "Die übrigen Punkte rücken nach. Nach der Sitzung lässt sich die "
                        + "Tagesordnung nicht mehr ändern.", "The other items move up. After the meeting the agenda "
                                + "can no longer be changed.", "Streichen", "Remove",
                "Der Tagesordnungspunkt ist gestrichen.", "The agenda item is removed."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).map(meeting -> List.of(Meetings.shown(meeting, lang),
                Form.Field.shown("item", lang.pick("Tagesordnungspunkt", "Agenda item"),
                        Meetings.itemTitle(meeting, Meetings.item(call, meeting), lang)),
                Form.Field.hidden("etag", meeting.path("etag").asText())));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        return Submission.send("workgroup", "DELETE", api(call) + "/agenda-items/" + call.param("itemId"), Map.of())
                .header("If-Match", values.get("etag"));
    }
}
