package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Maßnahme ändern": the measure's details anew, starting from the recorded ones and sent only while nobody changed
 * them in the meantime (ETag as {@code If-Match}).
 */
@ApplicationScoped
public class ReviseMeasureForm extends Measures {

    public ReviseMeasureForm() {
        super("workgroup/measures/{id}/revision", new Words("Maßnahme ändern", "Revise a measure", null, null,
                "Speichern", "Save", "Die Maßnahme ist geändert.", "The measure is revised."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        return measure(call).chain(measure -> detailFields(call).map(fields -> {
            JsonNode d = measure.path("details");
            List<Form.Field> prefilled = new ArrayList<>();
            prefilled.add(Form.Field.hidden("etag", measure.path("etag").asText()));
            for (Form.Field f : fields) {
                String value = f.name().startsWith("dependencies[")
                        ? d.path("dependencies").path(Integer.parseInt(f.name().replaceAll("\\D", ""))).asText("")
                        : d.path(f.name()).isNull() ? "" : d.path(f.name()).asText("");
                prefilled.add(f.prefilled(value));
            }
            return prefilled;
        }));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        return Submission.send("workgroup", "PUT", api(call), details(values)).header("If-Match", values.get("etag"));
    }
}
