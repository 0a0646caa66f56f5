package de.souveraen.reporting.entry.inventory;

import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.Criticality;
import de.souveraen.contracts.inventory.DataClassification;
import de.souveraen.contracts.inventory.Hosting;
import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.contracts.inventory.Renewal;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.entry.Options;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Abhängigkeit erfassen": a piece of software or a service the municipality depends on, with its contract (notice
 * period and renewal), hosting, data and cost. The inventory service derives the jurisdiction flags and the cancel-by
 * date.
 */
@ApplicationScoped
public class RegisterDependencyForm extends BasicForm {

    public RegisterDependencyForm() {
        super("dependencies/new", "/dependencies", "administration", new Words("Abhängigkeit erfassen", "Register a dependency",
                "Eine Software oder einen Dienst erfassen, von dem die Verwaltung abhängt. Aus dem Vertrag ergibt sich der "
                        + "letzte Kündigungstag, aus dem Land des Anbieters oder seines Mutterkonzerns die Rechtslage.",
                "Register software or a service the administration depends on. The contract gives the last day to give "
                        + "notice, the country of the vendor or its parent company the legal situation.",
                "Erfassen", "Register", "Die Abhängigkeit ist erfasst.", "The dependency is registered."));
    }

    private static String label(Enum<?> value, Lang lang) {
        return lang == Lang.DE ? InventoryLabels.de(value) : InventoryLabels.en(value);
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        return Uni.createFrom().item(detailFields(call.lang()));
    }

    /** The fields of {@code DependencyDetails}, named like its JSON members; the edit form shows them too. */
    static List<Form.Field> detailFields(Lang lang) {
        return List.of(
                Form.Field.text("name", lang.pick("Name", "Name"), lang.pick("Zum Beispiel Microsoft 365 E3",
                        "For example Microsoft 365 E3"), true),
                Form.Field.text("vendor", lang.pick("Anbieter", "Vendor"), null, true),
                Form.Field.text("vendorCountry", lang.pick("Land des Anbieters", "Vendor's country"), lang.pick(
                        "Zweibuchstabiger Ländercode, z. B. DE, IE oder US", "Two-letter country code, e.g. DE, IE "
                                + "or US"), true),
                Form.Field.text("parentCompany", lang.pick("Mutterkonzern", "Ultimate parent company"), lang.pick(
                        "Oberste Muttergesellschaft, wenn der Anbieter zu einem Konzern gehört, z. B. Microsoft "
                                + "Corporation für Microsoft Ireland Operations Ltd. Sein Sitzland entscheidet, ob "
                                + "Nicht-EU-Recht wie der CLOUD Act gilt.",
                        "The group's top company if the vendor belongs to one, e.g. Microsoft Corporation for "
                                + "Microsoft Ireland Operations Ltd. Its country decides whether non-EU law such as "
                                + "the CLOUD Act applies."), false),
                Form.Field.text("parentCountry", lang.pick("Sitzland des Mutterkonzerns", "Parent company's country"),
                        lang.pick("Zweibuchstabiger Ländercode, z. B. US; nur zusammen mit dem Mutterkonzern",
                                "Two-letter country code, e.g. US; only together with the parent company"), false),
                Form.Field.select("category", lang.pick("Kategorie", "Category"), null, true,
                        Options.of(Category.class, lang, true, v -> label(v, lang))),
                Form.Field.select("hosting", lang.pick("Betrieb", "Hosting"), null, true,
                        Options.of(Hosting.class, lang, true, v -> label(v, lang))),
                Form.Field.select("dataClassification", lang.pick("Sensibelste verarbeitete Daten",
                        "Most sensitive data processed"), null, true,
                        Options.of(DataClassification.class, lang, true, v -> label(v, lang))),
                Form.Field.text("users", lang.pick("Zahl der Nutzerinnen und Nutzer", "Number of users"), null,
                        true),
                Form.Field.amount("annualCost", lang.pick("Jährliche Kosten in Euro", "Yearly cost in euros"),
                        lang.pick("Zum Beispiel 12.480,00", "For example 12.480,00"), true),
                Form.Field.select("criticality", lang.pick("Kritikalität", "Criticality"), null, false,
                        Options.of(Criticality.class, lang, false, v -> label(v, lang))),
                Form.Field.date("endOfLife", lang.pick("Supportende", "End of life"), null, false),
                Form.Field.text("openStandards", lang.pick("Unterstützte offene Standards", "Open standards "
                        + "supported"), lang.pick("Durch Kommas getrennt, z. B. ODF, CalDAV", "Separated by commas, "
                                + "e.g. ODF, CalDAV"), false),
                Form.Field.date("contract.start", lang.pick("Vertrag: Beginn", "Contract: start"), null, false),
                Form.Field.date("contract.end", lang.pick("Vertrag: Ende der Laufzeit", "Contract: end of term"),
                        null, false),
                Form.Field.text("contract.noticePeriodMonths", lang.pick("Vertrag: Kündigungsfrist in Monaten",
                        "Contract: notice period in months"), null, false),
                Form.Field.select("contract.renewal", lang.pick("Vertrag: Verlängerung", "Contract: renewal"), null,
                        false, Options.of(Renewal.class, lang, false, v -> label(v, lang))),
                Form.Field.text("contract.renewalPeriodMonths", lang.pick(
                        "Vertrag: Verlängerung um … Monate (bei stillschweigender Verlängerung)",
                        "Contract: renewed by … months (tacit renewal)"), null, false),
                Form.Field.textarea("note", lang.pick("Notiz", "Note"), null, false));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> body = details(in, values);
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("inventory", "POST", "/api/dependencies", body);
    }

    /** The {@code DependencyDetails} body from the entered values; format errors go to {@code in}. */
    static Map<String, Object> details(Inputs in, Map<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", values.get("name"));
        body.put("vendor", values.get("vendor"));
        String country = values.get("vendorCountry");
        body.put("vendorCountry", country == null ? null : country.toUpperCase(java.util.Locale.ROOT));
        body.put("parentCompany", values.get("parentCompany"));
        String parentCountry = values.get("parentCountry");
        body.put("parentCountry", parentCountry == null ? null : parentCountry.toUpperCase(java.util.Locale.ROOT));
        body.put("category", values.get("category"));
        body.put("hosting", values.get("hosting"));
        body.put("dataClassification", values.get("dataClassification"));
        body.put("users", in.integer("users"));
        body.put("annualCost", in.amount("annualCost"));
        body.put("criticality", values.get("criticality"));
        body.put("endOfLife", in.date("endOfLife"));
        String standards = values.get("openStandards");
        body.put("openStandards", standards == null ? List.of()
                : Arrays.stream(standards.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        body.put("note", values.get("note"));
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("start", in.date("contract.start"));
        contract.put("end", in.date("contract.end"));
        contract.put("noticePeriodMonths", in.integer("contract.noticePeriodMonths"));
        contract.put("renewal", values.get("contract.renewal"));
        contract.put("renewalPeriodMonths", in.integer("contract.renewalPeriodMonths"));
        boolean noContract = contract.values().stream().allMatch(v -> v == null);
        body.put("contract", noContract ? null : contract);
        return body;
    }
}
