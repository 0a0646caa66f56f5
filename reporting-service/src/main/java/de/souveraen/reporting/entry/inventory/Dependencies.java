package de.souveraen.reporting.entry.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm;
import de.souveraen.reporting.entry.Refusal;
import de.souveraen.reporting.entry.ServiceClient;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;

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

    /** "Microsoft 365 E3 (Microsoft)": how the forms name the dependency they are about. */
    static String title(JsonNode dependency) {
        return dependency.path("name").asText() + " (" + dependency.path("vendor").asText() + ")";
    }
}
