package de.souveraen.reporting.entry.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Abhängigkeit bearbeiten": every field of the dependency's details, filled with what is recorded now, sent as a
 * whole ({@code PUT}) with the version the form was read in ({@code If-Match}). When someone changed the dependency
 * in the meantime the service refuses with 412 and nothing is written; the form says so and asks to reload.
 */
@ApplicationScoped
public class EditDependencyForm extends BasicForm {
    static final String VERSION = "version";

    public EditDependencyForm() {
        super("dependencies/{id}/edit", "/dependencies", "administration", new Words("Abhängigkeit bearbeiten",
                "Edit a dependency", "Die Angaben so, wie sie jetzt erfasst sind. Gespeichert werden alle Felder "
                        + "zusammen.", "The details as recorded now. All fields are saved together.",
                "Änderungen speichern", "Save changes", "Die Abhängigkeit ist geändert.",
                "The dependency is changed."));
    }

    @Override
    public String back(Call call) {
        return Dependencies.list(call);
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        return Dependencies.one(call).map(answer -> {
            JsonNode d = answer.body();
            List<Form.Field> fields = new ArrayList<>();
            fields.add(Form.Field.hidden(VERSION, answer.header("etag").orElse("")));
            for (Form.Field field : RegisterDependencyForm.detailFields(call.lang())) {
                fields.add(field.prefilled(current(d, field.name())));
            }
            return fields;
        });
    }

    /** The recorded value of a field in the form's formats: German amounts, ISO dates, standards with commas. */
    static String current(JsonNode dependency, String field) {
        JsonNode value = dependency;
        for (String part : field.split("\\.")) {
            value = value.path(part);
        }
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (field.equals("annualCost")) {
            return German.amount(value.decimalValue());
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(", ", items);
        }
        return value.asText();
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = RegisterDependencyForm.details(in, values);
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("inventory", "PUT", "/api/dependencies/" + call.param("id"), body)
                        .header("If-Match", values.get(VERSION));
    }
}
