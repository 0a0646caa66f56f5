package de.souveraen.contracts.inventory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire of a sovereignty assessment: for each objective of the EU Cloud Sovereignty Framework
 * ({@link SovereigntyObjective}) its name, the question the assessor answers, and what each SEAL level 0..4 means
 * for it, in German (the assessors' language; the level texts are German only, the English names and questions are
 * for {@code ?lang=en}).
 */
public final class SovereigntyQuestions {

    /** One objective: name and question in both languages, the meaning of levels 0..4 in German. */
    public record Question(String nameDe, String nameEn, String questionDe, String questionEn, List<String> levelsDe) {
    }

    private static final Map<SovereigntyObjective, Question> QUESTIONS = new EnumMap<>(SovereigntyObjective.class);

    static {
        QUESTIONS.put(SovereigntyObjective.SOV1, new Question("Strategische Souveränität", "Strategic sovereignty",
                "Wer entscheidet über den Anbieter, seine Eigentümer und die Zukunft des Produkts – und kann die "
                        + "Verwaltung dabei mitreden?",
                "Who decides on the vendor, its owners and the product's future, and does the administration have a "
                        + "say?",
                List.of("Der Anbieter wird von außerhalb der EU kontrolliert; die Verwaltung hat keinen Einfluss.",
                        "Europäischer Vertrieb, aber Entscheidungen fallen beim Mutterkonzern außerhalb der EU.",
                        "Anbieter mit Sitz in der EU; die Verwaltung ist ein Kunde unter vielen.",
                        "Anbieter in der EU mit verbindlichen Zusagen zu Fortbestand und Mitsprache der Kunden.",
                        "Entscheidungen liegen bei der öffentlichen Hand oder einer offenen Gemeinschaft in der EU.")));
        QUESTIONS.put(SovereigntyObjective.SOV2, new Question("Rechtliche Souveränität",
                "Legal and jurisdictional sovereignty",
                "Welches Recht gilt für Vertrag und Daten, und können ausländische Behörden Zugriff verlangen?",
                "Which law governs the contract and the data, and can foreign authorities demand access?",
                List.of("Ausländisches Recht gilt; ausländische Behörden können Zugriff erzwingen (z. B. CLOUD Act).",
                        "Deutsches Recht im Vertrag, aber der Anbieter unterliegt zusätzlich einem Drittstaatenrecht.",
                        "Recht eines EU-Staats; ein Zugriff aus Drittstaaten ist nicht ausgeschlossen.",
                        "Deutsches bzw. EU-Recht; ein Zugriff aus Drittstaaten ist vertraglich und technisch "
                                + "ausgeschlossen.",
                        "Ausschließlich deutsches bzw. EU-Recht; kein Drittstaat hat eine Handhabe.")));
        QUESTIONS.put(SovereigntyObjective.SOV3, new Question("Daten-Souveränität", "Data and AI sovereignty",
                "Wo liegen die Daten, wer hält die Schlüssel, und kann die Verwaltung sie vollständig mitnehmen?",
                "Where is the data, who holds the keys, and can the administration take all of it along?",
                List.of("Speicherort unbekannt oder außerhalb der EU; kein vollständiger Export.",
                        "Speicherung in der EU, aber der Anbieter hält die Schlüssel; Export nur teilweise.",
                        "Speicherung in der EU, vollständiger Export in einem eigenen Format des Anbieters.",
                        "Speicherung in Deutschland, Export in offenen Formaten, Schlüssel bei der Verwaltung.",
                        "Daten ausschließlich unter eigener Kontrolle, jederzeit vollständig in offenen Formaten.")));
        QUESTIONS.put(SovereigntyObjective.SOV4, new Question("Betriebliche Souveränität", "Operational sovereignty",
                "Wer betreibt den Dienst, und könnte die Verwaltung oder ein anderer Dienstleister ihn übernehmen?",
                "Who runs the service, and could the administration or another provider take it over?",
                List.of("Nur der Anbieter kann den Dienst betreiben; Personal und Betrieb außerhalb der EU.",
                        "Betrieb durch den Anbieter in der EU, ohne Möglichkeit eines Wechsels.",
                        "Betrieb in der EU; ein Wechsel des Betreibers wäre mit großem Aufwand möglich.",
                        "Betrieb durch einen kommunalen oder europäischen Dienstleister; Wechsel ist vorbereitet.",
                        "Eigener Betrieb oder frei wählbarer Betreiber; das Wissen liegt in der Verwaltung.")));
        QUESTIONS.put(SovereigntyObjective.SOV5, new Question("Souveränität der Lieferkette",
                "Supply chain sovereignty",
                "Woher kommen Hardware, Software und Vorleistungen, und hängt der Dienst an einem einzigen Lieferanten?",
                "Where do hardware, software and inputs come from, and does the service hinge on a single supplier?",
                List.of("Wesentliche Teile aus Drittstaaten, ein einziger Lieferant, keine Transparenz.",
                        "Wesentliche Teile aus Drittstaaten, die Lieferkette ist aber bekannt.",
                        "Gemischte Lieferkette; wichtige Teile ließen sich aus der EU beziehen.",
                        "Lieferkette überwiegend in der EU, mehrere Bezugsquellen.",
                        "Lieferkette vollständig in der EU und austauschbar.")));
        QUESTIONS.put(SovereigntyObjective.SOV6, new Question("Technologische Souveränität",
                "Technology sovereignty",
                "Sind Quellcode, Schnittstellen und Standards offen, sodass andere die Technik weiterführen können?",
                "Are source code, interfaces and standards open, so that others can carry the technology on?",
                List.of("Geschlossene Technik mit eigenen Formaten und Schnittstellen des Anbieters.",
                        "Geschlossene Technik, einzelne offene Schnittstellen.",
                        "Offene Standards für Daten und Schnittstellen, Quellcode geschlossen.",
                        "Quelloffen, aber von einem einzigen Anbieter entwickelt.",
                        "Quelloffen mit offenen Standards und einer breiten Gemeinschaft.")));
        QUESTIONS.put(SovereigntyObjective.SOV7, new Question("Sicherheit und Compliance",
                "Security and compliance sovereignty",
                "Ist die Sicherheit nach europäischen Maßstäben nachgewiesen, und kann die Verwaltung sie prüfen?",
                "Is security proven to European standards, and can the administration verify it?",
                List.of("Keine Nachweise; Sicherheitsvorfälle werden nicht gemeldet.",
                        "Nachweise nur nach außereuropäischen Standards.",
                        "Anerkannte Zertifizierung (z. B. ISO 27001), aber kein Prüfrecht der Verwaltung.",
                        "BSI-C5- oder vergleichbares Testat und vertragliches Prüfrecht.",
                        "Vollständig nachprüfbar (z. B. quelloffen geprüft), Betrieb nach BSI-Grundschutz.")));
        QUESTIONS.put(SovereigntyObjective.SOV8, new Question("Ökologische Nachhaltigkeit",
                "Environmental sustainability",
                "Wie viel Energie und Ressourcen verbraucht der Dienst, und legt der Anbieter das offen?",
                "How much energy and resources does the service use, and does the vendor disclose it?",
                List.of("Keine Angaben zu Energie und Ressourcen.",
                        "Allgemeine Nachhaltigkeitsaussagen ohne Zahlen.",
                        "Verbrauchszahlen werden offengelegt.",
                        "Rechenzentrum mit erneuerbarer Energie und Abwärmenutzung, Zahlen offengelegt.",
                        "Nachweislich klimaneutraler Betrieb, lange Nutzungsdauer der Hardware, Blauer Engel o. Ä.")));
    }

    private SovereigntyQuestions() {
    }

    /** The question of {@code objective}. */
    public static Question of(SovereigntyObjective objective) {
        return QUESTIONS.get(objective);
    }
}
