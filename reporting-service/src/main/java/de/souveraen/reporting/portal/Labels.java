package de.souveraen.reporting.portal;

import de.souveraen.contracts.budget.AdjustmentKind;
import de.souveraen.contracts.budget.FreezeAuthority;
import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
import de.souveraen.reporting.view.Lang;
import java.util.Map;

/** The portal's words in German and English; enumerations from the events are shown translated. */
public final class Labels {
    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("title", new String[] {"Digitale Souveränität – Transparenzportal", "Digital sovereignty – transparency portal"}),
            Map.entry("overview", new String[] {"Überblick", "Overview"}),
            Map.entry("home", new String[] {"Startseite", "Home"}),
            Map.entry("dependencies", new String[] {"Abhängigkeiten", "Dependencies"}),
            Map.entry("budget", new String[] {"Haushalt", "Budget"}),
            Map.entry("workgroup", new String[] {"Arbeitsgruppe", "Working group"}),
            Map.entry("trainings", new String[] {"Schulungen", "Trainings"}),
            Map.entry("reports", new String[] {"Berichte", "Reports"}),
            Map.entry("admin", new String[] {"Verwaltung: nicht verarbeitete Ereignisse", "Admin: dead-lettered events"}),
            Map.entry("skip", new String[] {"Zum Inhalt springen", "Skip to content"}),
            Map.entry("progress", new String[] {"Sachstand und Fortschritt", "Status and progress"}),
            Map.entry("risks", new String[] {"Chancen und Risiken", "Opportunities and risks"}),
            Map.entry("decisions", new String[] {"Anstehende strategische Entscheidungen", "Upcoming strategic decisions"}),
            Map.entry("finances", new String[] {"Finanzen und Mittelverwendung", "Finances and budget usage"}),
            Map.entry("trainingResults", new String[] {"Ergebnisse der Schulungen und Workshops", "Results of trainings and workshops"}),
            Map.entry("line", new String[] {"Haushaltsposition", "Budget line"}),
            Map.entry("appropriated", new String[] {"Ansatz", "Appropriation"}),
            Map.entry("adjusted", new String[] {"Fortgeschriebener Ansatz", "Adjusted appropriation"}),
            Map.entry("committed", new String[] {"Gebunden", "Committed"}),
            Map.entry("spent", new String[] {"Ausgegeben (Ist)", "Spent"}),
            Map.entry("available", new String[] {"Verfügbar", "Available"}),
            Map.entry("used", new String[] {"Verwendet", "Used"}),
            Map.entry("total", new String[] {"Summe", "Total"}),
            Map.entry("name", new String[] {"Name", "Name"}),
            Map.entry("vendor", new String[] {"Anbieter", "Vendor"}),
            Map.entry("category", new String[] {"Kategorie", "Category"}),
            Map.entry("status", new String[] {"Status", "Status"}),
            Map.entry("score", new String[] {"Souveränitätswert", "Sovereignty score"}),
            Map.entry("date", new String[] {"Datum", "Date"}),
            Map.entry("participants", new String[] {"Teilnehmende", "Participants"}),
            Map.entry("hours", new String[] {"Stunden", "Hours"}),
            Map.entry("satisfaction", new String[] {"Zufriedenheit (1–5)", "Satisfaction (1–5)"}),
            Map.entry("outcomes", new String[] {"Ergebnisse", "Outcomes"}),
            Map.entry("decision", new String[] {"Beschluss", "Decision"}),
            Map.entry("recommendation", new String[] {"Empfehlung an den Rat", "Recommendation to the council"}),
            Map.entry("council", new String[] {"Ratssitzung", "Council session"}),
            Map.entry("period", new String[] {"Zeitraum", "Period"}),
            Map.entry("published", new String[] {"veröffentlicht", "published"}),
            Map.entry("draft", new String[] {"Entwurf", "draft"}),
            Map.entry("none", new String[] {"Keine Einträge.", "No entries."}),
            Map.entry("language", new String[] {"English", "Deutsch"}),
            Map.entry("logout", new String[] {"Abmelden", "Sign out"}),
            Map.entry("live", new String[] {"Aktualisiert", "Updated"}),
            Map.entry("signedInAs", new String[] {"Angemeldet:", "Signed in:"}),
            Map.entry("role.administration", new String[] {"Verwaltung", "Administration"}),
            Map.entry("role.workgroup", new String[] {"Arbeitsgruppe", "Working group"}),
            Map.entry("role.council", new String[] {"Rat", "Council"}),
            Map.entry("errorPrefix", new String[] {"Fehler", "Error"}),
            Map.entry("errorSummary", new String[] {"Bitte korrigieren Sie Ihre Angaben", "Please correct your entries"}),
            Map.entry("required", new String[] {"Pflichtfeld", "required"}),
            Map.entry("optional", new String[] {"freiwillig", "optional"}),
            Map.entry("cancel", new String[] {"Abbrechen", "Cancel"}),
            Map.entry("filter", new String[] {"Filtern", "Filter"}),
            Map.entry("pages", new String[] {"Seiten", "Pages"}),
            Map.entry("reason", new String[] {"Grund", "Reason"}),
            Map.entry("topic", new String[] {"Thema", "Topic"}),
            Map.entry("dependenciesCount", new String[] {"Erfasste Abhängigkeiten", "Registered dependencies"}),
            Map.entry("assessed", new String[] {"Anteil bewertet", "Share assessed"}),
            Map.entry("selected", new String[] {"Anteil mit gewählter Alternative", "Share with a selected alternative"}),
            Map.entry("deadline", new String[] {"Frist", "Deadline"}),
            Map.entry("onTrack", new String[] {"Im Plan", "On track"}),
            Map.entry("offTrack", new String[] {"Im Verzug", "Behind schedule"}),
            Map.entry("measures", new String[] {"Maßnahmen", "Measures"}),
            Map.entry("measuresOnTrack", new String[] {"Maßnahmen im Plan", "Measures on track"}),
            Map.entry("measure", new String[] {"Maßnahme", "Measure"}),
            Map.entry("responsible", new String[] {"Verantwortlich", "Responsible"}),
            Map.entry("measureProgress", new String[] {"Fortschritt", "Progress"}),
            Map.entry("onTrackColumn", new String[] {"Planstand", "Schedule"}),
            Map.entry("achieved", new String[] {"Im Quartal erreicht", "Achieved this quarter"}),
            Map.entry("milestone", new String[] {"Meilenstein", "Milestone"}),
            Map.entry("reachedOn", new String[] {"Erreicht am", "Reached on"}),
            Map.entry("result", new String[] {"Ergebnis", "Result"}),
            Map.entry("late", new String[] {"Im Verzug", "Late"}),
            Map.entry("due", new String[] {"Fällig am", "Due on"}),
            Map.entry("measureLinks", new String[] {"Haushaltsposition und Abhängigkeiten je Maßnahme", "Budget line and dependencies per measure"}),
            Map.entry("migrationState", new String[] {"Migrationsstand der Abhängigkeiten", "Migration state of the dependencies"}),
            Map.entry("trend", new String[] {"Entwicklung der Souveränität", "Sovereignty trend"}),
            Map.entry("quarter", new String[] {"Quartal", "Quarter"}),
            Map.entry("assessedCount", new String[] {"Bewertete Abhängigkeiten", "Assessed dependencies"}),
            Map.entry("averageScore", new String[] {"Durchschnittlicher Souveränitätswert", "Average sovereignty score"}),
            Map.entry("sealDistribution", new String[] {"Verteilung der SEAL-Stufen", "SEAL level distribution"}),
            Map.entry("overdueItem", new String[] {"Überfällig", "Overdue"}),
            Map.entry("doneOn", new String[] {"Erledigt am", "Done on"}),
            Map.entry("actionItems", new String[] {"Aufgaben der Arbeitsgruppe", "Action items of the working group"}),
            Map.entry("actionItemsOpen", new String[] {"Offen", "Open"}),
            Map.entry("actionItemsDone", new String[] {"Im Quartal erledigt", "Done this quarter"}),
            Map.entry("actionItemsOverdue", new String[] {"Überfällig", "Overdue"}),
            Map.entry("task", new String[] {"Aufgabe", "Task"}),
            Map.entry("opportunities", new String[] {"Chancen", "Opportunities"}),
            Map.entry("yearlySavingsTotal", new String[] {"Erwartete Einsparung pro Jahr insgesamt", "Expected yearly savings in total"}),
            Map.entry("opportunity", new String[] {"Chance", "Opportunity"}),
            Map.entry("yearlySavings", new String[] {"Einsparung pro Jahr", "Yearly savings"}),
            Map.entry("weakest", new String[] {"Abhängigkeiten mit dem geringsten Souveränitätswert", "Dependencies with the lowest sovereignty score"}),
            Map.entry("newRisks", new String[] {"Neue Risiken im Quartal", "New risks this quarter"}),
            Map.entry("closedRisks", new String[] {"Geschlossene Risiken", "Closed risks"}),
            Map.entry("topRisks", new String[] {"Größte offene Risiken", "Highest open risks"}),
            Map.entry("risk", new String[] {"Risiko", "Risk"}),
            Map.entry("riskScore", new String[] {"Bewertung (W × A)", "Score (L × I)"}),
            Map.entry("trend.column", new String[] {"Entwicklung", "Trend"}),
            Map.entry("owner", new String[] {"Verantwortlich", "Owner"}),
            Map.entry("mitigation", new String[] {"Gegenmaßnahme", "Mitigation"}),
            Map.entry("trend.UP", new String[] {"↑ steigend", "↑ rising"}),
            Map.entry("trend.DOWN", new String[] {"↓ sinkend", "↓ falling"}),
            Map.entry("trend.SAME", new String[] {"→ unverändert", "→ unchanged"}),
            Map.entry("trend.NEW", new String[] {"neu", "new"}),
            Map.entry("noDate", new String[] {"ohne Termin", "no date"}),
            Map.entry("openProposal", new String[] {"Offene Vorlage", "Open proposal"}),
            Map.entry("milestoneDue", new String[] {"Meilenstein fällig", "Milestone due"}),
            Map.entry("overdue", new String[] {"Überfällig", "Overdue"}),
            Map.entry("since", new String[] {"Fällig seit", "Due since"}),
            Map.entry("kind", new String[] {"Art", "Kind"}),
            Map.entry("subject", new String[] {"Gegenstand", "Subject"}),
            Map.entry("overdue.CANCEL_BY", new String[] {"Kündigungsfrist verstrichen", "Notice deadline passed"}),
            Map.entry("overdue.RENEW_OR_LAPSE", new String[] {"Frist für Verlängerung verstrichen", "Renewal deadline passed"}),
            Map.entry("overdue.PROPOSAL", new String[] {"Vorlage nach Sitzungstermin noch offen", "Proposal still open after its meeting"}),
            Map.entry("overdue.MILESTONE", new String[] {"Meilenstein nicht erreicht", "Milestone not reached"}),
            Map.entry("window", new String[] {"Betrachteter Zeitraum", "Period covered"}),
            Map.entry("yearToDate", new String[] {"Seit Jahresbeginn", "Year to date"}),
            Map.entry("count", new String[] {"Anzahl", "Count"}),
            Map.entry("changeInQuarter", new String[] {"Veränderung im Quartal", "Change this quarter"}),
            Map.entry("frozen", new String[] {"gesperrt", "frozen"}),
            Map.entry("usage", new String[] {"Ausschöpfung je Haushaltsposition", "Usage per budget line"}),
            Map.entry("spentInQuarter", new String[] {"Ausgegeben im Quartal", "Spent this quarter"}),
            Map.entry("overPlan", new String[] {"Über- und außerplanmäßige Aufwendungen", "Over-plan and unplanned expenditure"}),
            Map.entry("overPlanNote", new String[] {"Der Rat ist über diese Genehmigungen zu unterrichten (§ 83 GO NRW).", "The council is to be informed of these approvals (§ 83 GO NRW)."}),
            Map.entry("approval", new String[] {"Genehmigung", "Approval"}),
            Map.entry("amount", new String[] {"Betrag", "Amount"}),
            Map.entry("freezes", new String[] {"Haushaltssperren im Quartal", "Budget freezes this quarter"}),
            Map.entry("freezeKind", new String[] {"Art der Sperre", "Kind of freeze"}),
            Map.entry("order", new String[] {"Anordnung", "Order"}),
            Map.entry("frozenOn", new String[] {"Gesperrt seit", "Frozen since"}),
            Map.entry("releasedOn", new String[] {"Aufgehoben am", "Released on"}),
            Map.entry("stillFrozen", new String[] {"weiterhin gesperrt", "still frozen"}),
            Map.entry("carryOvers", new String[] {"Ermächtigungsübertragungen (§ 22 KomHVO NRW)", "Carry-overs (§ 22 KomHVO NRW)"}),
            Map.entry("direction", new String[] {"Richtung", "Direction"}),
            Map.entry("carriedTo", new String[] {"übertragen nach", "carried over to"}),
            Map.entry("receivedFrom", new String[] {"übernommen aus", "received from"}),
            Map.entry("measureSpending", new String[] {"Mittelverwendung je Maßnahme", "Spending per measure"}),
            Map.entry("budgetUsed", new String[] {"Mittel verwendet", "Budget used"}),
            Map.entry("sessions", new String[] {"Veranstaltungen", "Sessions"}));

    private static final Map<String, String[]> ENUMS = Map.ofEntries(
            Map.entry("IDENTIFIED", new String[] {"Erfasst", "Identified"}),
            Map.entry("ASSESSED", new String[] {"Bewertet", "Assessed"}),
            Map.entry("ALTERNATIVE_SELECTED", new String[] {"Alternative gewählt", "Alternative selected"}),
            Map.entry("PILOT", new String[] {"Pilot", "Pilot"}),
            Map.entry("MIGRATING", new String[] {"In Migration", "Migrating"}),
            Map.entry("MIGRATED", new String[] {"Migriert", "Migrated"}),
            Map.entry("RETIRED", new String[] {"Abgeschaltet", "Retired"}),
            Map.entry("KEPT", new String[] {"Beibehalten", "Kept"}),
            Map.entry("ADOPTED", new String[] {"Beschlossen", "Adopted"}),
            Map.entry("REJECTED", new String[] {"Abgelehnt", "Rejected"}),
            Map.entry("DEFERRED", new String[] {"Vertagt", "Deferred"}),
            Map.entry("REFERRED", new String[] {"Verwiesen", "Referred"}),
            Map.entry("CANCEL_BY", new String[] {"Letzter Kündigungstag", "Last day to give notice"}),
            Map.entry("RENEW_OR_LAPSE", new String[] {"Verlängern oder auslaufen lassen: letzter Tag",
                    "Renew or let lapse: last day"}),
            Map.entry("END_OF_LIFE", new String[] {"Supportende", "End of life"}),
            Map.entry("COMMITMENT", new String[] {"Bei Mittelbindung genehmigt", "Approved with a commitment"}),
            Map.entry("EXPENSE", new String[] {"Bei Auszahlung genehmigt", "Approved with an expense"}),
            Map.entry("OFFICE", new String[] {"Bürosoftware", "Office"}),
            Map.entry("EMAIL_GROUPWARE", new String[] {"E-Mail und Groupware", "E-mail and groupware"}),
            Map.entry("FILES_COLLABORATION", new String[] {"Dateiablage und Zusammenarbeit", "Files and collaboration"}),
            Map.entry("MESSAGING_VIDEO", new String[] {"Messenger und Video", "Messaging and video"}),
            Map.entry("CLIENT_OS", new String[] {"Client-Betriebssystem", "Client OS"}),
            Map.entry("SERVER_VIRTUALISATION", new String[] {"Servervirtualisierung", "Server virtualisation"}),
            Map.entry("CLOUD_HOSTING", new String[] {"Cloud-Hosting", "Cloud hosting"}),
            Map.entry("SPECIALISED_PROCEDURE", new String[] {"Fachverfahren", "Specialised procedure"}),
            Map.entry("IDENTITY", new String[] {"Identitäten", "Identity"}),
            Map.entry("NETWORK_SECURITY", new String[] {"Netz und Sicherheit", "Network and security"}),
            Map.entry("OTHER", new String[] {"Sonstiges", "Other"}));

    private final Lang lang;

    public Labels(Lang lang) {
        this.lang = lang;
    }

    /** A label; unknown keys are shown as they are (never empty). */
    public String get(String key) {
        String[] text = TEXT.get(key);
        return text == null ? key : lang.pick(text[0], text[1]);
    }

    /**
     * The labels of the published language's enumerations by constant name, for values the events carry as text
     * (a risk's category); the first enumeration naming a constant wins.
     */
    private static final Map<String, String[]> CONTRACTS = contractLabels();

    private static Map<String, String[]> contractLabels() {
        Map<String, String[]> labels = new java.util.LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : InventoryLabels.ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                InventoryLabels.Label label = InventoryLabels.label(constant);
                labels.putIfAbsent(constant.name(), new String[] {label.de(), label.en()});
            }
        }
        for (Class<? extends Enum<?>> type : WorkgroupLabels.ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                WorkgroupLabels.Label label = WorkgroupLabels.label(constant);
                labels.putIfAbsent(constant.name(), new String[] {label.de(), label.en()});
            }
        }
        for (AdjustmentKind kind : AdjustmentKind.values()) {
            labels.putIfAbsent(kind.name(), new String[] {kind.german(), kind.english()});
        }
        return Map.copyOf(labels);
    }

    /**
     * An enumeration value translated ({@code MIGRATED} → "Migriert"): the portal's own words first, then the
     * label of the constant's own enumeration, then the first enumeration of the published language with that name.
     * Never the code itself for a constant of the published language.
     */
    public String of(Object value) {
        if (value == null) {
            return "–";
        }
        String[] text = ENUMS.get(value.toString());
        if (value instanceof FreezeAuthority authority) {
            return authority == FreezeAuthority.TREASURER
                    ? lang.pick("Haushaltswirtschaftliche Sperre der Kämmerei (§ 25 KomHVO NRW)",
                            "Treasurer's budget freeze (§ 25 KomHVO NRW)")
                    : lang.pick("Sperre durch den Rat (§ 81 GO NRW)", "Council freeze (§ 81 GO NRW)");
        }
        if (text == null && value instanceof Enum<?> constant) {
            text = ownLabel(constant);
        }
        if (text == null) {
            text = CONTRACTS.get(value.toString());
        }
        return text == null ? value.toString() : lang.pick(text[0], text[1]);
    }

    private static String[] ownLabel(Enum<?> constant) {
        if (InventoryLabels.ENUMS.contains(constant.getDeclaringClass())) {
            InventoryLabels.Label label = InventoryLabels.label(constant);
            return new String[] {label.de(), label.en()};
        }
        if (WorkgroupLabels.ENUMS.contains(constant.getDeclaringClass())) {
            WorkgroupLabels.Label label = WorkgroupLabels.label(constant);
            return new String[] {label.de(), label.en()};
        }
        return null;
    }
}
