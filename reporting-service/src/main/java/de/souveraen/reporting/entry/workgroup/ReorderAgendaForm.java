package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Tagesordnung umstellen": a new number for every agenda item; the items are sent in the order of their numbers
 * (equal numbers keep their old order), and only while nobody changed the meeting in the meantime.
 */
@ApplicationScoped
public class ReorderAgendaForm extends MeetingForm {
    private static final String PREFIX = "position-";

    public ReorderAgendaForm() {
        super("workgroup/meetings/{id}/agenda-order", new Words("Tagesordnung umstellen", "Reorder the agenda",
                "Geben Sie jedem Punkt seine neue Nummer.", "Give every item its new number.", "Umstellen", "Reorder",
                "Die Tagesordnung ist umgestellt.", "The agenda is reordered."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).map(meeting -> {
            List<Form.Field> fields = new ArrayList<>();
            fields.add(Meetings.shown(meeting, lang));
            fields.add(Form.Field.hidden("etag", meeting.path("etag").asText()));
            int number = 1;
            for (JsonNode item : meeting.path("agenda").path("items")) {
                fields.add(Form.Field.text(PREFIX + item.path("id").asText(), lang.pick("Nummer für: ", "Number for: ")
                        + item.path("title").asText(), null, true).prefilled(String.valueOf(number++)));
            }
            if (number == 1) {
                throw new EntryForm.Unavailable(409, lang.pick("Die Sitzung hat noch keine Tagesordnung.",
                        "The meeting has no agenda yet."));
            }
            return fields;
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        List<Map.Entry<String, Integer>> items = new ArrayList<>();
        for (String name : values.keySet()) {
            if (name.startsWith(PREFIX)) {
                Integer position = in.integer(name);
                if (position == null && !in.errors().containsKey(name)) {
                    in.errors().put(name, call.lang().pick("Bitte geben Sie eine Nummer ein.",
                            "Please enter a number."));
                }
                items.add(Map.entry(name.substring(PREFIX.length()), position == null ? 0 : position));
            }
        }
        items.sort(Comparator.comparing(Map.Entry::getValue)); // stable: equal numbers keep their order
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agendaItemIds", items.stream().map(Map.Entry::getKey).toList());
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "PUT", api(call) + "/agenda-order", body)
                        .header("If-Match", values.get("etag"));
    }
}
