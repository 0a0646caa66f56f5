package de.souveraen.reporting.entry.budget;

import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Haushaltsposition zuordnen (NKF)": the line's Produkt after the NRW Produktrahmen and its Sachkonto after the
 * NRW Kontierungsplan, as the Fiscal Data Package and the import of actual bookings use them.
 */
@ApplicationScoped
public class ClassifyLineForm extends BasicForm {

    public ClassifyLineForm() {
        super("budget/lines/classification", "/budget", "administration", new Words(
                "Haushaltsposition zuordnen (Produkt und Sachkonto)", "Classify a budget line (Produkt and account)",
                "Jede Position gehört zu einem Produkt des NRW-Produktrahmens (z. B. 01.11.03) und wird auf ein "
                        + "Sachkonto des NRW-Kontierungsplans gebucht (z. B. 542900 für Aufwendungen, 783100 für "
                        + "Auszahlungen für Investitionen). Eine neue Zuordnung ersetzt die bisherige.",
                "Each line belongs to a Produkt of the NRW Produktrahmen (e.g. 01.11.03) and is booked on an account "
                        + "of the NRW Kontierungsplan (e.g. 542900 for expenses, 783100 for investment payments). A "
                        + "new classification replaces the previous one.",
                "Zuordnen", "Classify", "Die Zuordnung ist gespeichert.", "The classification is saved."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        int year = call.today().getYear();
        Lang lang = call.lang();
        return BudgetOptions.lines(call, year).map(lines -> List.of(
                Form.Field.hidden("year", String.valueOf(year)),
                Form.Field.select("lineCode", lang.pick("Haushaltsposition", "Budget line"), null, true, lines),
                Form.Field.text("produkt", lang.pick("Produkt", "Produkt"), lang.pick(
                        "Produktbereich (01 bis 17), Produktgruppe und Produkt, z. B. 01.11.03.",
                        "Produktbereich (01 to 17), Produktgruppe and Produkt, e.g. 01.11.03."), true),
                Form.Field.text("sachkonto", lang.pick("Sachkonto", "Account"), lang.pick(
                        "Sechs Ziffern; Kontenklasse 0 (Anlagevermögen), 5 (Aufwendungen) oder 7 (Auszahlungen).",
                        "Six digits; account class 0 (fixed assets), 5 (expenses) or 7 (payments)."), true),
                Form.Field.text("reference", lang.pick("Fundstelle (optional)", "Reference (optional)"), null,
                        false),
                dateOrToday("classifiedOn", lang, "Datum der Zuordnung", "Date of the classification")));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("produkt", values.get("produkt"));
        body.put("sachkonto", values.get("sachkonto"));
        body.put("reference", values.get("reference"));
        body.put("classifiedOn", in.date("classifiedOn"));
        return BudgetOptions.toLine(in, values, "classification", body);
    }
}
