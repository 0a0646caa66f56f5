package de.souveraen.inventory.dependency;

import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.JurisdictionFlags;
import de.souveraen.contracts.inventory.Renewal;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.inventory.jurisdiction.Country;
import de.souveraen.inventory.jurisdiction.CountryTable;
import de.souveraen.eventstore.domain.Violation;
import de.souveraen.eventstore.domain.Violations;
import de.souveraen.eventstore.domain.Violations.Codes;
import de.souveraen.eventstore.domain.Violations.Sign;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks and normalises the details of a dependency, collecting every violation (the API answers with the first,
 * the CSV dry run lists them all). Texts are stripped; the vendor country is an ISO 3166-1 alpha-2 code of the
 * shipped table, upper-cased; money gets scale 2; open standards are deduplicated ignoring case; a tacit contract
 * without a renewal period renews by {@value #DEFAULT_RENEWAL_MONTHS} months; an express contract has none. The
 * ultimate parent company and its country come together or not at all (ADR 0024); the effective jurisdiction
 * follows the parent's country when given.
 */
public final class DetailsRules {
    public static final int MAX_NAME = 200;
    public static final int MAX_NOTE = 4000;
    public static final int MAX_STANDARD = 100;
    public static final int MAX_STANDARDS = 50;
    public static final int MAX_USERS = 10_000_000;
    public static final int MAX_NOTICE_MONTHS = 60;
    public static final int MAX_RENEWAL_MONTHS = 120;
    public static final int DEFAULT_RENEWAL_MONTHS = 12;

    /**
     * The normalised details, their effective jurisdiction flags (the parent's country when given, else the
     * vendor's; null if a country is unknown), the vendor's own flags and all violations.
     */
    public record Checked(DependencyDetails details, JurisdictionFlags jurisdiction,
            JurisdictionFlags vendorJurisdiction, List<Violation> violations) {

        public Checked(DependencyDetails details, JurisdictionFlags jurisdiction, List<Violation> violations) {
            this(details, jurisdiction, jurisdiction, violations);
        }

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    private DetailsRules() {
    }

    public static Checked check(DependencyDetails details, CountryTable countries) {
        Violations v = Violations.collecting();
        if (details == null) {
            v.add(Violations.missing("details", "Die Angaben zur Abhängigkeit"));
            return new Checked(null, null, v.list());
        }
        String name = v.text("name", "Der Name", details.name(), MAX_NAME);
        String vendor = v.text("vendor", "Der Hersteller", details.vendor(), MAX_NAME);
        String countryCode = v.text("vendorCountry", "Das Herstellerland", details.vendorCountry(), MAX_NAME);
        Country vendorCountry = country(v, "vendorCountry", countryCode, countries);
        countryCode = vendorCountry == null ? null : vendorCountry.code();
        JurisdictionFlags vendorFlags = vendorCountry == null ? null : vendorCountry.flags();
        String parent = v.optionalText("parentCompany", "Der Mutterkonzern", details.parentCompany(), MAX_NAME);
        String parentCode = v.optionalText("parentCountry", "Das Sitzland des Mutterkonzerns", details.parentCountry(),
                MAX_NAME);
        Country parentCountry = country(v, "parentCountry", parentCode, countries);
        parentCode = parentCountry == null ? null : parentCountry.code();
        if (parentCode != null && parent == null) {
            v.add(new Violation(Kind.UNPROCESSABLE, "parent-company-required", "parentCompany",
                    "Ein Sitzland des Mutterkonzerns ohne den Mutterkonzern selbst: bitte den Namen des Konzerns angeben.",
                    "A parent country needs the parent company's name."));
        } else if (parent != null && (details.parentCountry() == null || details.parentCountry().isBlank())) {
            v.add(new Violation(Kind.UNPROCESSABLE, "parent-country-required", "parentCountry",
                    "Zum Mutterkonzern gehört sein Sitzland (ISO 3166-1 alpha-2, z. B. US): erst das Sitzland"
                            + " entscheidet, welches Recht für den Konzern gilt.",
                    "A parent company needs its country (ISO 3166-1 alpha-2, e.g. US): the country decides which"
                            + " law governs the group."));
        }
        JurisdictionFlags flags = parentCountry != null ? parentCountry.flags() : vendorFlags;
        v.present("category", "Die Kategorie", details.category());
        v.present("hosting", "Die Betriebsform", details.hosting());
        v.present("dataClassification", "Die Datenkategorie", details.dataClassification());
        Integer users = v.range("users", "Die Zahl der Nutzenden", details.users(), 0, MAX_USERS);
        BigDecimal annualCost = v.amount("annualCost", "Die Jahreskosten", details.annualCost(), Sign.NOT_NEGATIVE);
        List<String> standards = standards(v, details.openStandards());
        String note = v.optionalText("note", "Die Bemerkung", details.note(), MAX_NOTE);
        ContractTerms contract = contract(v, details.contract());
        DependencyDetails normalised = new DependencyDetails(name, vendor, countryCode, details.category(),
                details.hosting(), details.dataClassification(), users, annualCost, details.criticality(),
                details.endOfLife(), standards, note, contract, parent, parentCode);
        return new Checked(normalised, flags, vendorFlags, v.list());
    }

    private static Country country(Violations v, String field, String code, CountryTable countries) {
        if (code == null) {
            return null;
        }
        Optional<Country> country = countries.byCode(code);
        if (country.isEmpty()) {
            v.add(new Violation(Kind.UNPROCESSABLE, "unknown-country", field,
                    "Unbekannter Ländercode „" + code + "“: erwartet wird ein Code nach ISO 3166-1 alpha-2, z. B. DE.",
                    "Unknown country code '" + code + "': expected ISO 3166-1 alpha-2, e.g. DE."));
            return null;
        }
        return country.get();
    }

    /** The normalised details and flags, or the first violation thrown as a {@code Rejection}. */
    public static Checked require(DependencyDetails details, CountryTable countries) {
        Checked checked = check(details, countries);
        if (!checked.valid()) {
            throw checked.violations().get(0).toRejection();
        }
        return checked;
    }

    private static List<String> standards(Violations v, List<String> given) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            String standard = v.optionalText("openStandards[" + i + "]", "Der offene Standard", given.get(i), MAX_STANDARD);
            if (standard != null) {
                unique.putIfAbsent(standard.toLowerCase(Locale.ROOT), standard);
            }
        }
        if (unique.size() > MAX_STANDARDS) {
            v.add(new Violation(Kind.UNPROCESSABLE, Codes.TOO_MANY, "openStandards",
                    "Höchstens " + MAX_STANDARDS + " offene Standards.", "At most " + MAX_STANDARDS + " open standards."));
        }
        return new ArrayList<>(unique.values());
    }

    private static ContractTerms contract(Violations v, ContractTerms contract) {
        if (contract == null) {
            return null;
        }
        LocalDate start = v.present("contract.start", "Der Vertragsbeginn", contract.start());
        LocalDate end = v.present("contract.end", "Das Vertragsende", contract.end());
        if (start != null && end != null && end.isBefore(start)) {
            v.add(new Violation(Kind.UNPROCESSABLE, "end-before-start", "contract.end",
                    "Das Vertragsende liegt vor dem Vertragsbeginn.", "The contract ends before it starts."));
        }
        Integer notice = v.range("contract.noticePeriodMonths", "Die Kündigungsfrist in Monaten",
                contract.noticePeriodMonths(), 0, MAX_NOTICE_MONTHS);
        Renewal renewal = v.present("contract.renewal", "Die Verlängerungsart", contract.renewal());
        Integer period = null;
        if (renewal == Renewal.TACIT) {
            period = contract.renewalPeriodMonths() == null ? Integer.valueOf(DEFAULT_RENEWAL_MONTHS)
                    : v.range("contract.renewalPeriodMonths", "Der Verlängerungszeitraum in Monaten",
                            contract.renewalPeriodMonths(), 1, MAX_RENEWAL_MONTHS);
        }
        return new ContractTerms(start, end, notice, renewal, period);
    }

    /** The API names of the fields that differ between two normalised versions. */
    public static List<String> changedFields(DependencyDetails before, DependencyDetails after) {
        List<String> changed = new ArrayList<>();
        diff(changed, "name", before.name(), after.name());
        diff(changed, "vendor", before.vendor(), after.vendor());
        diff(changed, "vendorCountry", before.vendorCountry(), after.vendorCountry());
        diff(changed, "category", before.category(), after.category());
        diff(changed, "hosting", before.hosting(), after.hosting());
        diff(changed, "dataClassification", before.dataClassification(), after.dataClassification());
        diff(changed, "users", before.users(), after.users());
        if (before.annualCost() == null ? after.annualCost() != null
                : after.annualCost() == null || before.annualCost().compareTo(after.annualCost()) != 0) {
            changed.add("annualCost");
        }
        diff(changed, "criticality", before.criticality(), after.criticality());
        diff(changed, "endOfLife", before.endOfLife(), after.endOfLife());
        diff(changed, "openStandards", before.openStandards(), after.openStandards());
        diff(changed, "note", before.note(), after.note());
        diff(changed, "contract", before.contract(), after.contract());
        diff(changed, "parentCompany", before.parentCompany(), after.parentCompany());
        diff(changed, "parentCountry", before.parentCountry(), after.parentCountry());
        return changed;
    }

    private static void diff(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
