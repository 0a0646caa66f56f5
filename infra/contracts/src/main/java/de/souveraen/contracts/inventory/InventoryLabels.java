package de.souveraen.contracts.inventory;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The German and English labels of every enumeration of the inventory context, in one place. Enums travel as
 * their English UPPER_SNAKE_CASE names; the portal, the reports and the CSV export show the German label first.
 */
public final class InventoryLabels {

    /** A German and an English label. */
    public record Label(String de, String en) {
    }

    /** Every labelled enumeration of the context. */
    public static final List<Class<? extends Enum<?>>> ENUMS = List.of(Category.class, Hosting.class,
            DataClassification.class, Renewal.class, Criticality.class, MigrationStatus.class, EvaluationState.class,
            RelationType.class, SovereigntyObjective.class, RiskCategory.class, RiskStatus.class,
            OpportunityCategory.class, OpportunityStatus.class, Adequacy.class, RiskLevel.class, DeadlineDecision.class);

    private static final Map<Enum<?>, Label> LABELS;

    static {
        Map<Enum<?>, Label> m = new HashMap<>();
        m.put(Category.OFFICE, new Label("Bürosoftware", "Office suite"));
        m.put(Category.EMAIL_GROUPWARE, new Label("E-Mail und Groupware", "E-mail and groupware"));
        m.put(Category.FILES_COLLABORATION, new Label("Dateiablage und Zusammenarbeit", "File storage and collaboration"));
        m.put(Category.MESSAGING_VIDEO, new Label("Messenger und Videokonferenz", "Messaging and video conferencing"));
        m.put(Category.CLIENT_OS, new Label("Client-Betriebssystem", "Client operating system"));
        m.put(Category.SERVER_VIRTUALISATION, new Label("Server und Virtualisierung", "Server virtualisation"));
        m.put(Category.CLOUD_HOSTING, new Label("Cloud-Hosting", "Cloud hosting"));
        m.put(Category.SPECIALISED_PROCEDURE, new Label("Fachverfahren", "Specialised procedure"));
        m.put(Category.IDENTITY, new Label("Identitäts- und Zugangsverwaltung", "Identity and access management"));
        m.put(Category.NETWORK_SECURITY, new Label("Netzwerk und Sicherheit", "Network and security"));
        m.put(Category.OTHER, new Label("Sonstiges", "Other"));

        m.put(Hosting.ON_PREMISES, new Label("Eigenbetrieb vor Ort", "On premises"));
        m.put(Hosting.MUNICIPAL_PROVIDER, new Label("Kommunaler IT-Dienstleister", "Municipal IT provider"));
        m.put(Hosting.EU_CLOUD, new Label("Cloud eines EU-Anbieters", "EU provider cloud"));
        m.put(Hosting.NON_EU_CLOUD, new Label("Cloud eines Nicht-EU-Anbieters", "Non-EU provider cloud"));
        m.put(Hosting.SAAS, new Label("Software as a Service (SaaS)", "Software as a service (SaaS)"));

        m.put(DataClassification.NONE, new Label("Keine Daten", "No data"));
        m.put(DataClassification.INTERNAL, new Label("Interne Daten", "Internal data"));
        m.put(DataClassification.PERSONAL, new Label("Personenbezogene Daten", "Personal data"));
        m.put(DataClassification.SPECIAL_CATEGORY, new Label("Besondere Kategorien (Art. 9 DSGVO)",
                "Special categories (Art. 9 GDPR)"));

        m.put(Renewal.TACIT, new Label("Stillschweigende Verlängerung", "Tacit renewal"));
        m.put(Renewal.EXPRESS, new Label("Ausdrückliche Verlängerung", "Express renewal"));

        m.put(DeadlineDecision.CANCEL, new Label("Kündigen", "Cancel"));
        m.put(DeadlineDecision.RENEW_OR_LAPSE, new Label("Verlängern oder auslaufen lassen", "Renew or let lapse"));

        m.put(Criticality.LOW, new Label("Niedrig", "Low"));
        m.put(Criticality.MEDIUM, new Label("Mittel", "Medium"));
        m.put(Criticality.HIGH, new Label("Hoch", "High"));
        m.put(Criticality.CRITICAL, new Label("Kritisch", "Critical"));

        m.put(MigrationStatus.IDENTIFIED, new Label("Erfasst", "Identified"));
        m.put(MigrationStatus.ASSESSED, new Label("Bewertet", "Assessed"));
        m.put(MigrationStatus.ALTERNATIVE_SELECTED, new Label("Alternative ausgewählt", "Alternative selected"));
        m.put(MigrationStatus.PILOT, new Label("Pilotbetrieb", "Pilot"));
        m.put(MigrationStatus.MIGRATING, new Label("In Migration", "Migrating"));
        m.put(MigrationStatus.MIGRATED, new Label("Migriert", "Migrated"));
        m.put(MigrationStatus.RETIRED, new Label("Abgeschaltet", "Retired"));
        m.put(MigrationStatus.KEPT, new Label("Beibehalten", "Kept"));

        m.put(EvaluationState.CANDIDATE, new Label("Kandidat", "Candidate"));
        m.put(EvaluationState.EVALUATING, new Label("In Prüfung", "Evaluating"));
        m.put(EvaluationState.PILOT, new Label("Im Pilotbetrieb", "In pilot"));
        m.put(EvaluationState.RECOMMENDED, new Label("Empfohlen", "Recommended"));
        m.put(EvaluationState.REJECTED, new Label("Verworfen", "Rejected"));

        m.put(RelationType.RUNS_ON, new Label("Läuft auf", "Runs on"));
        m.put(RelationType.NEEDS, new Label("Benötigt", "Needs"));

        m.put(SovereigntyObjective.SOV1, new Label("SOV-1 Strategische Souveränität", "SOV-1 Strategic sovereignty"));
        m.put(SovereigntyObjective.SOV2, new Label("SOV-2 Rechtliche und jurisdiktionelle Souveränität",
                "SOV-2 Legal and jurisdictional sovereignty"));
        m.put(SovereigntyObjective.SOV3, new Label("SOV-3 Daten- und KI-Souveränität", "SOV-3 Data and AI sovereignty"));
        m.put(SovereigntyObjective.SOV4, new Label("SOV-4 Operative Souveränität", "SOV-4 Operational sovereignty"));
        m.put(SovereigntyObjective.SOV5, new Label("SOV-5 Souveränität der Lieferkette", "SOV-5 Supply chain sovereignty"));
        m.put(SovereigntyObjective.SOV6, new Label("SOV-6 Technologische Souveränität", "SOV-6 Technology sovereignty"));
        m.put(SovereigntyObjective.SOV7, new Label("SOV-7 Sicherheit und Compliance", "SOV-7 Security and compliance"));
        m.put(SovereigntyObjective.SOV8, new Label("SOV-8 Ökologische Nachhaltigkeit", "SOV-8 Environmental sustainability"));

        m.put(RiskCategory.JURISDICTION_FOREIGN_ACCESS, new Label("Rechtsraum und ausländischer Zugriff",
                "Jurisdiction and foreign access"));
        m.put(RiskCategory.PRICE_INCREASE, new Label("Preissteigerung", "Price increase"));
        m.put(RiskCategory.SANCTIONS_AVAILABILITY, new Label("Sanktionen und Verfügbarkeit", "Sanctions and availability"));
        m.put(RiskCategory.LOCK_IN, new Label("Herstellerabhängigkeit (Lock-in)", "Lock-in"));
        m.put(RiskCategory.SECURITY, new Label("Informationssicherheit", "Security"));
        m.put(RiskCategory.SKILLS, new Label("Kompetenzen und Personal", "Skills and staff"));
        m.put(RiskCategory.COMPLIANCE, new Label("Rechtskonformität (Compliance)", "Compliance"));
        m.put(RiskCategory.OTHER, new Label("Sonstiges", "Other"));

        m.put(RiskLevel.LOW, new Label("Gering", "Low"));
        m.put(RiskLevel.MEDIUM, new Label("Mittel", "Medium"));
        m.put(RiskLevel.HIGH, new Label("Hoch", "High"));
        m.put(RiskLevel.CRITICAL, new Label("Sehr hoch", "Critical"));

        m.put(RiskStatus.OPEN, new Label("Offen", "Open"));
        m.put(RiskStatus.MITIGATING, new Label("In Behandlung", "Mitigating"));
        m.put(RiskStatus.ACCEPTED, new Label("Akzeptiert", "Accepted"));
        m.put(RiskStatus.CLOSED, new Label("Geschlossen", "Closed"));

        m.put(OpportunityCategory.COST_SAVINGS, new Label("Kosteneinsparung", "Cost savings"));
        m.put(OpportunityCategory.INTEROPERABILITY, new Label("Interoperabilität und offene Standards",
                "Interoperability and open standards"));
        m.put(OpportunityCategory.SECURITY, new Label("Informationssicherheit", "Security"));
        m.put(OpportunityCategory.SKILLS, new Label("Kompetenzaufbau", "Skills"));
        m.put(OpportunityCategory.REGIONAL_ECONOMY, new Label("Regionale Wertschöpfung", "Regional economy"));
        m.put(OpportunityCategory.COOPERATION, new Label("Interkommunale Zusammenarbeit", "Inter-municipal cooperation"));
        m.put(OpportunityCategory.OTHER, new Label("Sonstiges", "Other"));

        m.put(OpportunityStatus.OPEN, new Label("Offen", "Open"));
        m.put(OpportunityStatus.PURSUING, new Label("In Umsetzung", "Pursuing"));
        m.put(OpportunityStatus.REALISED, new Label("Realisiert", "Realised"));
        m.put(OpportunityStatus.DROPPED, new Label("Verworfen", "Dropped"));

        m.put(Adequacy.EEA, new Label("EWR (kein Drittland)", "EEA (no third country)"));
        m.put(Adequacy.FULL, new Label("Angemessenheitsbeschluss", "Adequacy decision"));
        m.put(Adequacy.PARTIAL, new Label("Angemessenheitsbeschluss mit Einschränkung",
                "Adequacy decision, limited scope"));
        m.put(Adequacy.NONE, new Label("Kein Angemessenheitsbeschluss", "No adequacy decision"));
        LABELS = Collections.unmodifiableMap(m);
    }

    /** SDS steps 1 (most sovereign) to 5 (most critical), as {@code DependencyAssessed.sds} carries them. */
    private static final List<Label> SDS = List.of(
            new Label("Souverän", "Sovereign"),
            new Label("Überwiegend souverän", "Largely sovereign"),
            new Label("Eingeschränkt souverän", "Partly sovereign"),
            new Label("Kritisch abhängig", "Critically dependent"),
            new Label("Hochkritisch abhängig", "Highly critically dependent"));

    private InventoryLabels() {
    }

    /** The label of an SDS step 1..5. */
    public static Label sds(int step) {
        if (step < 1 || step > SDS.size()) {
            throw new IllegalArgumentException("SDS step must be 1..5, got " + step);
        }
        return SDS.get(step - 1);
    }

    /** Both labels of a constant; fails for an enum of another context. */
    public static Label label(Enum<?> value) {
        Label label = LABELS.get(value);
        if (label == null) {
            throw new IllegalArgumentException("no label for " + value.getDeclaringClass().getSimpleName() + "." + value);
        }
        return label;
    }

    public static String de(Enum<?> value) {
        return label(value).de();
    }

    public static String en(Enum<?> value) {
        return label(value).en();
    }

    /**
     * The constant whose English name, German label or English label equals {@code text}, ignoring case and
     * surrounding blanks; empty when none does.
     */
    public static <E extends Enum<E>> Optional<E> fromText(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.GERMAN);
        for (E constant : type.getEnumConstants()) {
            Label label = label(constant);
            if (constant.name().toLowerCase(Locale.ROOT).equals(wanted) || label.de().toLowerCase(Locale.GERMAN).equals(wanted)
                    || label.en().toLowerCase(Locale.GERMAN).equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
