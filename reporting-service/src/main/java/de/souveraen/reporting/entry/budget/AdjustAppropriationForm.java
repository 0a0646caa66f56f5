package de.souveraen.reporting.entry.budget;

import de.souveraen.contracts.budget.AdjustmentKind;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Ansatz ändern": a supplementary budget (Nachtrag), or an over-plan or unplanned amount approved under § 83 GO NRW
 * (an unplanned one may open a new line).
 */
@ApplicationScoped
public class AdjustAppropriationForm extends BasicForm {

    public AdjustAppropriationForm() {
        super("budget/adjustments/new", "/budget", "administration", new Words("Ansatz ändern (Nachtrag, über- oder außerplanmäßig)",
                "Change an appropriation (supplementary, over-plan or unplanned)", null, null, "Ansatz ändern",
                "Change appropriation", "Der Ansatz ist geändert.", "The appropriation is changed."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        int year = call.today().getYear();
        Lang lang = call.lang();
        return BudgetOptions.lines(call, year).map(lines -> {
            List<Form.Option> kinds = new ArrayList<>();
            kinds.add(new Form.Option("", lang.pick("– bitte wählen –", "– please choose –"), true));
            for (AdjustmentKind kind : AdjustmentKind.values()) {
                kinds.add(new Form.Option(kind.name(), switch (kind) {
                    case SUPPLEMENTARY -> lang.pick("Nachtragshaushalt (Nachtragssatzung)", "Supplementary budget");
                    case OVER_PLAN -> lang.pick("Überplanmäßige Aufwendung (§ 83 GO NRW)", "Over-plan (§ 83 GO NRW)");
                    case UNPLANNED -> lang.pick("Außerplanmäßige Aufwendung (§ 83 GO NRW)", "Unplanned (§ 83 GO NRW)");
                }, false));
            }
            List<Form.Option> linesOrNew = new ArrayList<>(lines);
            return List.of(
                    Form.Field.hidden("year", String.valueOf(year)),
                    Form.Field.select("kind", lang.pick("Art der Änderung", "Kind of change"), null, true, kinds),
                    Form.Field.select("lineCode", lang.pick("Haushaltsposition", "Budget line"), null, false,
                            linesOrNew),
                    Form.Field.text("newLineCode", lang.pick("Neue Haushaltsposition: Code", "New budget line: code"),
                            lang.pick("Nur außerplanmäßig oder im Nachtrag für eine neue Position, z. B. BERATUNG.",
                                    "Only for a new line (unplanned or supplementary), e.g. CONSULTING."), false),
                    Form.Field.text("lineTitle", lang.pick("Neue Haushaltsposition: Bezeichnung",
                            "New budget line: title"), null, false),
                    Form.Field.amount("amount", lang.pick("Betrag in Euro", "Amount in euros"), lang.pick(
                            "Um diesen Betrag ändert sich der Ansatz; im Nachtrag auch negativ, z. B. -500,00.",
                            "The appropriation changes by this amount; in a supplementary budget also negative."),
                            true),
                    Form.Field.text("approvalReference", lang.pick("Aktenzeichen des Beschlusses oder der Genehmigung",
                            "Reference of the resolution or approval"), null, true),
                    dateOrToday("approvedOn", lang, "Datum des Beschlusses oder der Genehmigung",
                            "Date of the resolution or approval"),
                    Form.Field.textarea("reason", lang.pick("Begründung", "Reason"), null, true));
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        String newLine = values.get("newLineCode");
        body.put("lineCode", newLine != null ? newLine : values.get("lineCode"));
        body.put("kind", values.get("kind"));
        body.put("amount", in.amount("amount"));
        body.put("approvalReference", values.get("approvalReference"));
        body.put("approvedOn", in.date("approvedOn"));
        body.put("reason", values.get("reason"));
        body.put("lineTitle", values.get("lineTitle"));
        return BudgetOptions.toYear(in, values, "/adjustments", body);
    }
}
