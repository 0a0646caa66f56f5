package de.souveraen.reporting.entry.budget;

import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
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
 * "Deckungsfähigkeit erklären" (§ 21 KomHVO NRW): two or three lines of the year cover each other (gegenseitig), or
 * the first may be reinforced by the others (einseitig). The first line's field takes the service's answers about
 * the lines.
 */
@ApplicationScoped
public class DeclareCoverageForm extends BasicForm {

    public DeclareCoverageForm() {
        super("budget/coverage/new", "/budget", "administration", new Words("Deckungsfähigkeit erklären",
                "Declare a coverage", "Deckungsfähige Positionen dürfen Mittel untereinander umschichten, ohne "
                        + "Nachtrag und ohne Genehmigung nach § 83 GO NRW (§ 21 KomHVO NRW).", "Lines that cover "
                                + "each other may transfer funds without a supplementary budget or an approval "
                                + "under § 83 GO NRW (§ 21 KomHVO NRW).", "Erklären", "Declare",
                "Die Deckungsfähigkeit ist erklärt.", "The coverage is declared."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        int year = call.today().getYear();
        Lang lang = call.lang();
        List<Form.Option> kinds = List.of(new Form.Option("", lang.pick("– bitte wählen –", "– please choose –"), true),
                new Form.Option("true", lang.pick("Gegenseitig: jede Position darf jede andere verstärken",
                        "Mutual: every line may reinforce every other"), false),
                new Form.Option("false", lang.pick("Einseitig: nur die erste Position darf verstärkt werden",
                        "One-sided: only the first line may be reinforced"), false));
        return BudgetOptions.lines(call, year).map(lines -> List.of(
                Form.Field.hidden("year", String.valueOf(year)),
                Form.Field.select("mutual", lang.pick("Art der Deckung", "Kind of coverage"), null, true, kinds),
                Form.Field.select("lineCodes", lang.pick("Erste Haushaltsposition", "First budget line"),
                        lang.pick("Bei einseitiger Deckung die Position, die verstärkt werden darf.",
                                "With a one-sided coverage the line that may be reinforced."), true, lines),
                Form.Field.select("secondLine", lang.pick("Zweite Haushaltsposition", "Second budget line"), null,
                        true, lines),
                Form.Field.select("thirdLine", lang.pick("Dritte Haushaltsposition", "Third budget line"), null,
                        false, lines),
                Form.Field.text("reference", lang.pick("Haushaltsvermerk oder Aktenzeichen",
                        "Budget note or reference"), null, true),
                dateOrToday("declaredOn", lang, "Datum der Erklärung", "Date of the declaration")));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        List<String> lines = new ArrayList<>();
        for (String field : List.of("lineCodes", "secondLine", "thirdLine")) {
            if (values.get(field) != null) {
                lines.add(values.get(field));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lineCodes", lines);
        body.put("mutual", values.get("mutual") == null ? null : Boolean.valueOf(values.get("mutual")));
        body.put("reference", values.get("reference"));
        body.put("declaredOn", in.date("declaredOn"));
        return BudgetOptions.toYear(in, values, "/coverage", body);
    }
}
