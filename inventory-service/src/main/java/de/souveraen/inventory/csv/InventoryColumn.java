package de.souveraen.inventory.csv;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of the inventory CSV, by their German header (documented in {@code inventory/csv-columns.md}).
 * Headers are matched ignoring case, blanks and punctuation, and a few usual synonyms are understood. Columns may
 * come in any order; the required ones must be there. The last four are written by the export for the reader's
 * information and ignored by the import.
 */
public enum InventoryColumn {
    NAME("Name", "name", Kind.REQUIRED, "Produkt", "Anwendung", "Software", "Bezeichnung"),
    VENDOR("Hersteller", "vendor", Kind.REQUIRED, "Anbieter", "Hersteller/Anbieter", "Lieferant"),
    VENDOR_COUNTRY("Herstellerland", "vendorCountry", Kind.REQUIRED, "Land", "Sitzland", "Land des Herstellers"),
    CATEGORY("Kategorie", "category", Kind.REQUIRED, "Bereich"),
    HOSTING("Betriebsform", "hosting", Kind.REQUIRED, "Betrieb", "Hosting", "Betriebsmodell"),
    DATA_CLASSIFICATION("Datenkategorie", "dataClassification", Kind.REQUIRED, "Daten", "Datenart"),
    USERS("Nutzende", "users", Kind.REQUIRED, "Nutzer", "Anzahl Nutzer", "Anzahl Nutzende", "Nutzerzahl",
            "Anzahl Benutzer"),
    ANNUAL_COST("Jahreskosten (EUR)", "annualCost", Kind.REQUIRED, "Jahreskosten", "Jahreskosten in EUR",
            "Kosten pro Jahr", "Kosten/Jahr", "Jährliche Kosten", "Kosten p.a."),
    CRITICALITY("Kritikalität", "criticality", Kind.OPTIONAL, "Kritikalitaet"),
    END_OF_LIFE("Supportende", "endOfLife", Kind.OPTIONAL, "End of Life", "EOL", "Support bis"),
    OPEN_STANDARDS("Offene Standards", "openStandards", Kind.OPTIONAL, "Standards", "Offene Formate"),
    NOTE("Bemerkung", "note", Kind.OPTIONAL, "Bemerkungen", "Anmerkung", "Anmerkungen", "Kommentar"),
    CONTRACT_START("Vertragsbeginn", "contract.start", Kind.CONTRACT, "Vertragsstart", "Laufzeit ab"),
    CONTRACT_END("Vertragsende", "contract.end", Kind.CONTRACT, "Laufzeit bis", "Vertragslaufzeit bis"),
    NOTICE_PERIOD("Kündigungsfrist (Monate)", "contract.noticePeriodMonths", Kind.CONTRACT, "Kündigungsfrist",
            "Kündigungsfrist in Monaten"),
    RENEWAL("Verlängerung", "contract.renewal", Kind.CONTRACT, "Verlängerungsart", "Automatische Verlängerung"),
    RENEWAL_PERIOD("Verlängerungszeitraum (Monate)", "contract.renewalPeriodMonths", Kind.OPTIONAL,
            "Verlängerungszeitraum", "Verlängerung um (Monate)"),
    PARENT_COMPANY("Mutterkonzern", "parentCompany", Kind.OPTIONAL, "Konzern", "Konzernmutter", "Muttergesellschaft",
            "Oberste Muttergesellschaft"),
    PARENT_COUNTRY("Sitzland des Mutterkonzerns", "parentCountry", Kind.OPTIONAL, "Konzernland",
            "Land des Mutterkonzerns", "Sitzland des Konzerns", "Land der Muttergesellschaft"),
    STATUS("Migrationsstatus", "status", Kind.READ_ONLY),
    CANCEL_BY("Kündigen bis", "cancelBy", Kind.READ_ONLY),
    SOVEREIGNTY_SCORE("Souveränitätsscore", "sovereigntyScore", Kind.READ_ONLY),
    SDS("SDS", "sds", Kind.READ_ONLY, "Score für Digitale Souveränität");

    /** Required in every file; optional; required as a group once one contract column is there; export only. */
    public enum Kind {
        REQUIRED, OPTIONAL, CONTRACT, READ_ONLY
    }

    private final String header;
    private final String field;
    private final Kind kind;
    private final List<String> synonyms;

    InventoryColumn(String header, String field, Kind kind, String... synonyms) {
        this.header = header;
        this.field = field;
        this.kind = kind;
        this.synonyms = List.of(synonyms);
    }

    /** The German header the export writes. */
    public String header() {
        return header;
    }

    /** The API field the column feeds (e.g. {@code contract.end}). */
    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }

    public List<String> synonyms() {
        return synonyms;
    }

    public boolean importable() {
        return kind != Kind.READ_ONLY;
    }

    public static Set<InventoryColumn> required() {
        EnumSet<InventoryColumn> set = EnumSet.noneOf(InventoryColumn.class);
        for (InventoryColumn column : values()) {
            if (column.kind == Kind.REQUIRED) {
                set.add(column);
            }
        }
        return set;
    }

    /** The ultimate parent company and its country: taken from a file together when either column is there. */
    public static Set<InventoryColumn> parentGroup() {
        return EnumSet.of(PARENT_COMPANY, PARENT_COUNTRY);
    }

    public static Set<InventoryColumn> contractGroup() {
        EnumSet<InventoryColumn> set = EnumSet.noneOf(InventoryColumn.class);
        for (InventoryColumn column : values()) {
            if (column.kind == Kind.CONTRACT) {
                set.add(column);
            }
        }
        return set;
    }

    /** The column a header names, if any. */
    public static Optional<InventoryColumn> byHeader(String header) {
        String wanted = key(header);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (InventoryColumn column : values()) {
            if (key(column.header).equals(wanted) || column.synonyms.stream().anyMatch(s -> key(s).equals(wanted))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The column a domain field (as a violation names it, e.g. {@code openStandards[2]}) belongs to. */
    public static Optional<InventoryColumn> byField(String field) {
        if (field == null) {
            return Optional.empty();
        }
        String base = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
        for (InventoryColumn column : values()) {
            if (column.field.equals(base)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.GERMAN).codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
