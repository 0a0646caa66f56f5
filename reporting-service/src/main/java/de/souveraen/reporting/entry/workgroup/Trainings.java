package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;

/** A form of one training, reached from the list of trainings and leading back there. */
abstract class Trainings extends BasicForm {

    protected Trainings(String path, Words words) {
        super(path, "/workgroup", "workgroup", words);
    }

    @Override
    public String back(Call call) {
        return Records.TRAININGS + call.langQuery();
    }

    protected static String api(Call call) {
        return "/api/trainings/" + call.param("id");
    }

    /** The training of the call's {@code id} with its ETag in {@code etag}; 404 when there is none. */
    static Uni<JsonNode> training(Call call) {
        return Meetings.one(call, api(call), "Diese Schulung gibt es nicht.", "There is no such training.");
    }

    /** "Open-Source-Grundlagen · 12.03.2026". */
    static Form.Field shown(JsonNode training, Lang lang) {
        JsonNode details = training.path("details");
        return Form.Field.shown("training", lang.pick("Schulung", "Training"), details.path("title").asText() + " · "
                + German.date(LocalDate.parse(details.path("date").asText())));
    }
}
