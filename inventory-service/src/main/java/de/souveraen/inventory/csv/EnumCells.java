package de.souveraen.inventory.csv;

import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.Criticality;
import de.souveraen.contracts.inventory.DataClassification;
import de.souveraen.contracts.inventory.Hosting;
import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.contracts.inventory.Renewal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads enumeration cells of the CSV import: the English constant ({@code OFFICE}), the German or English label
 * of {@link InventoryLabels} ({@code Bürosoftware}), or one of the everyday German words below that existing Excel
 * inventories use ({@code E-Mail}, {@code Eigenbetrieb}, {@code personenbezogen}). Case, blanks, hyphens and
 * punctuation do not matter. The export writes the German label, which reads back to the same constant.
 */
public final class EnumCells {
    private static final Map<String, Enum<?>> ALIASES = new HashMap<>();

    static {
        alias(Category.OFFICE, "Office", "Büro", "Bürokommunikation", "Office-Paket", "Textverarbeitung");
        alias(Category.EMAIL_GROUPWARE, "E-Mail", "Mail", "Groupware", "E-Mail & Groupware", "Kalender");
        alias(Category.FILES_COLLABORATION, "Dateiablage", "Dateien", "Kollaboration", "Zusammenarbeit",
                "Cloud-Speicher", "Projektmanagement", "Wiki");
        alias(Category.MESSAGING_VIDEO, "Messenger", "Chat", "Videokonferenz", "Video", "Kommunikation");
        alias(Category.CLIENT_OS, "Betriebssystem", "Client-OS", "Arbeitsplatz-Betriebssystem", "Desktop");
        alias(Category.SERVER_VIRTUALISATION, "Virtualisierung", "Server", "Servervirtualisierung");
        alias(Category.CLOUD_HOSTING, "Cloud", "Hosting", "Rechenzentrum (Cloud)");
        alias(Category.SPECIALISED_PROCEDURE, "Fachanwendung", "Fachsoftware", "Fachverfahren (Kommune)");
        alias(Category.IDENTITY, "Identitätsmanagement", "IAM", "Verzeichnisdienst", "Benutzerverwaltung",
                "Single Sign-on");
        alias(Category.NETWORK_SECURITY, "Netzwerk", "Sicherheit", "IT-Sicherheit", "Firewall", "VPN");
        alias(Category.OTHER, "Sonstige", "Andere", "Anderes");

        alias(Hosting.ON_PREMISES, "On-Premises", "On Premise", "Vor Ort", "Eigenbetrieb", "Eigenes Rechenzentrum",
                "Lokal");
        alias(Hosting.MUNICIPAL_PROVIDER, "IT-Dienstleister", "Kommunales Rechenzentrum", "Zweckverband",
                "Kommunaler Dienstleister");
        alias(Hosting.EU_CLOUD, "EU-Cloud", "Cloud (EU)", "Europäische Cloud");
        alias(Hosting.NON_EU_CLOUD, "Nicht-EU-Cloud", "US-Cloud", "Cloud (Nicht-EU)", "Drittland-Cloud");
        alias(Hosting.SAAS, "SaaS", "Software as a Service", "Cloud-Dienst");

        alias(DataClassification.NONE, "Keine");
        alias(DataClassification.INTERNAL, "Intern");
        alias(DataClassification.PERSONAL, "Personenbezogen", "Personendaten", "Personenbezogene Daten (DSGVO)");
        alias(DataClassification.SPECIAL_CATEGORY, "Besondere Kategorien", "Art. 9 DSGVO", "Art. 9", "Sensibel",
                "Gesundheitsdaten");

        alias(Renewal.TACIT, "Stillschweigend", "Automatisch", "Automatische Verlängerung", "Ja");
        alias(Renewal.EXPRESS, "Ausdrücklich", "Manuell", "Keine automatische Verlängerung", "Nein");

        alias(Criticality.LOW, "Gering");
        alias(Criticality.MEDIUM, "Normal");
        alias(Criticality.CRITICAL, "Sehr hoch", "Geschäftskritisch");
    }

    private EnumCells() {
    }

    private static void alias(Enum<?> constant, String... words) {
        for (String word : words) {
            Enum<?> previous = ALIASES.put(aliasKey(constant.getDeclaringClass(), word), constant);
            if (previous != null) {
                throw new IllegalStateException("alias '" + word + "' used twice");
            }
        }
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.GERMAN).codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String aliasKey(Class<?> type, String text) {
        return type.getSimpleName() + ":" + key(text);
    }

    /** The constant a cell names, or a {@link CellException} listing the German labels allowed. */
    public static <E extends Enum<E>> E parse(Class<E> type, String what, String cell) {
        String wanted = key(cell);
        for (E constant : type.getEnumConstants()) {
            if (key(constant.name()).equals(wanted) || key(InventoryLabels.de(constant)).equals(wanted)
                    || key(InventoryLabels.en(constant)).equals(wanted)) {
                return constant;
            }
        }
        Enum<?> alias = ALIASES.get(aliasKey(type, cell));
        if (alias != null) {
            return type.cast(alias);
        }
        String allowed = Stream.of(type.getEnumConstants()).map(InventoryLabels::de).collect(Collectors.joining(", "));
        String allowedEn = Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new CellException("unknown-value", what + " „" + cell.strip() + "“ ist unbekannt; erlaubt: " + allowed + ".",
                "Unknown value '" + cell.strip() + "'; allowed: " + allowedEn + " or their German labels.");
    }
}
