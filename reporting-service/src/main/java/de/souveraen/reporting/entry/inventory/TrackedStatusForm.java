package de.souveraen.reporting.entry.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Status ändern" of a risk or an opportunity: the new status with a note, sent with the version the form was read
 * in; the inventory service decides which changes are allowed.
 */
public abstract class TrackedStatusForm<E extends Enum<E>> extends BasicForm {
    private final String collection;
    private final Class<E> statuses;

    TrackedStatusForm(String collection, Class<E> statuses, Words words) {
        super("dependencies/" + collection + "/{id}/status", "/dependencies", "administration", words);
        this.collection = collection;
        this.statuses = statuses;
    }

    @Override
    public String back(Call call) {
        return TrackedListResource.PATH + call.langQuery();
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return call.get("inventory", "/api/" + collection + "/" + call.param("id")).map(answer -> {
            if (!answer.ok()) {
                throw new Unavailable(answer.status(), de.souveraen.reporting.entry.Refusal.german(answer.body()));
            }
            JsonNode item = answer.body();
            List<Form.Option> options = new ArrayList<>();
            options.add(new Form.Option("", lang.pick("– bitte wählen –", "– please choose –"), true));
            for (E status : statuses.getEnumConstants()) {
                if (!status.name().equals(item.path("status").asText())) {
                    options.add(new Form.Option(status.name(), Dependencies.label(status, lang), false));
                }
            }
            return List.of(
                    Form.Field.hidden(EditDependencyForm.VERSION, answer.header("etag").orElse("")),
                    Form.Field.shown("title", lang.pick("Titel", "Title"), item.path("details").path("title").asText()),
                    Form.Field.shown("current", lang.pick("Jetziger Status", "Current status"),
                            Dependencies.label(statuses, item.path("status"), lang)),
                    Form.Field.select("status", lang.pick("Neuer Status", "New status"), null, true, options),
                    Form.Field.textarea("note", lang.pick("Begründung", "Reason"), null, false),
                    dateOrToday("changedOn", lang, "Datum", "Date"));
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = Dependencies.move(in, values, "status", "note", "changedOn");
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("inventory", "POST", "/api/" + collection + "/" + call.param("id") + "/status", body)
                        .header("If-Match", values.get(EditDependencyForm.VERSION));
    }

    /** The status of a risk. */
    @ApplicationScoped
    public static class OfRisk extends TrackedStatusForm<RiskStatus> {
        public OfRisk() {
            super("risks", RiskStatus.class, new Words("Status eines Risikos ändern", "Change a risk's status", null,
                    null, "Status speichern", "Save the status", "Der Status des Risikos ist geändert.",
                    "The risk's status is changed."));
        }
    }

    /** The status of an opportunity. */
    @ApplicationScoped
    public static class OfOpportunity extends TrackedStatusForm<OpportunityStatus> {
        public OfOpportunity() {
            super("opportunities", OpportunityStatus.class, new Words("Status einer Chance ändern",
                    "Change an opportunity's status", null, null, "Status speichern", "Save the status",
                    "Der Status der Chance ist geändert.", "The opportunity's status is changed."));
        }
    }
}
