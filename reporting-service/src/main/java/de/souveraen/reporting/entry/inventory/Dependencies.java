package de.souveraen.reporting.entry.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.entry.Refusal;
import de.souveraen.reporting.entry.ServiceClient;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the forms of one dependency share: reading it from the inventory service, its list page, German labels. */
final class Dependencies {
    /** The list of dependencies with their actions ({@link DependencyListResource}). */
    static final String LIST = "/dependencies/register";

    private Dependencies() {
    }

    /** {@code GET /api/dependencies/{id}} of the form's {@code {id}}; a refusal (e.g. 404) leaves the form away. */
    static Uni<ServiceClient.Answer> one(Call call) {
        return call.get("inventory", "/api/dependencies/" + call.param("id")).map(answer -> {
            if (!answer.ok()) {
                throw new EntryForm.Unavailable(answer.status(), Refusal.german(answer.body()));
            }
            return answer;
        });
    }

    /** The list page in the person's language. */
    static String list(Call call) {
        return LIST + call.langQuery();
    }

    static String label(Enum<?> value, Lang lang) {
        return lang == Lang.DE ? InventoryLabels.de(value) : InventoryLabels.en(value);
    }

    /** The German (or English) label of an enum value the API sent as text, "–" when there is none. */
    static <E extends Enum<E>> String label(Class<E> type, JsonNode value, Lang lang) {
        return value == null || value.isNull() || value.isMissingNode() ? "–"
                : label(Enum.valueOf(type, value.asText()), lang);
    }

    /**
     * The field {@code dependencyIds} of a risk or an opportunity: "– keine –", then every dependency of the register,
     * as the inventory service has it now; {@code labelDe}/{@code labelEn} say how the record concerns it.
     */
    static Uni<Form.Field> concerned(Call call, String labelDe, String labelEn) {
        Lang lang = call.lang();
        return call.get("inventory", "/api/dependencies?size=500").map(answer -> {
            List<Form.Option> dependencies = new ArrayList<>();
            dependencies.add(new Form.Option("", lang.pick("– keine –", "– none –"), true));
            for (JsonNode d : answer.body().path("items")) {
                dependencies.add(new Form.Option(d.path("id").asText(), title(d), false));
            }
            return Form.Field.select("dependencyIds", lang.pick(labelDe, labelEn), null, false, dependencies);
        });
    }

    /** The chosen dependency of {@link #concerned} as the API's list {@code dependencyIds} (empty for none). */
    static List<String> concerned(Map<String, String> values) {
        String dependency = values.get("dependencyIds");
        return dependency == null ? List.of() : List.of(dependency);
    }

    /**
     * The body of a move to another state (migration step, evaluation, status): the chosen state, the reason and
     * the day (empty for today), all named as the API names them; format errors go to {@code in}.
     */
    static Map<String, Object> move(Inputs in, Map<String, String> values, String state, String reason,
            String day) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(state, values.get(state));
        body.put(reason, values.get(reason));
        body.put(day, in.date(day));
        return body;
    }

    /**
     * The alternative of the call's {@code {alternativeId}} among the dependency's; 404 in German when the dependency
     * has no such alternative.
     */
    static JsonNode alternative(Call call, JsonNode dependency) {
        for (JsonNode a : dependency.path("alternatives")) {
            if (a.path("id").asText().equals(call.param("alternativeId"))) {
                return a;
            }
        }
        throw new EntryForm.Unavailable(404, call.lang().pick("Diese Alternative ist für „" + title(dependency)
                + "“ nicht vorgeschlagen.", "This alternative is not proposed for \"" + title(dependency) + "\"."));
    }

    /** "Microsoft 365 E3 (Microsoft)": how the forms name the dependency they are about. */
    static String title(JsonNode dependency) {
        return dependency.path("name").asText() + " (" + dependency.path("vendor").asText() + ")";
    }
}
