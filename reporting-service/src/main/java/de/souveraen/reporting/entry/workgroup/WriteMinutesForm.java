package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.ServiceClient;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * "Niederschrift schreiben": the whole text of a held meeting's minutes, shown with what was written so far and sent
 * as a replacement under the meeting's ETag (a second secretary's change in between is refused, not overwritten).
 * After saving, the meeting's page shows the text.
 */
@ApplicationScoped
public class WriteMinutesForm extends MeetingForm {

    public WriteMinutesForm() {
        super("workgroup/meetings/{id}/minutes", new Words("Niederschrift schreiben", "Write the minutes",
                "Der Text ersetzt die bisherige Fassung. Nach der Genehmigung lässt er sich nicht mehr ändern.",
                "The text replaces the previous version. Once approved it can no longer be changed.", "Speichern",
                "Save", "Die Niederschrift ist gespeichert.", "The minutes are saved."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).map(meeting -> List.of(Meetings.shown(meeting, lang),
                Form.Field.hidden("etag", meeting.path("etag").asText()),
                Form.Field.textarea("text", lang.pick("Text der Niederschrift", "Text of the minutes"),
                        lang.pick("Verlauf der Sitzung und Beschlüsse je Tagesordnungspunkt; Absätze bleiben erhalten.",
                                "The meeting's course and decisions by agenda item; paragraphs are kept."), true)
                        .prefilled(meeting.path("minutes").asText(""))));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        return Submission.send("workgroup", "PUT", api(call) + "/minutes", Map.of("text",
                values.get("text") == null ? "" : values.get("text"))).header("If-Match", values.get("etag"));
    }

    /** To the meeting's page, which shows the text. */
    @Override
    public String done(Call call, ServiceClient.Answer answer) {
        return Meetings.page(call) + "&done=" + key();
    }
}
