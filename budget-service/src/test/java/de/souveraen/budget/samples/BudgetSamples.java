package de.souveraen.budget.samples;

import static de.souveraen.budget.testing.Budget2026.ANALYSE;
import static de.souveraen.budget.testing.Budget2026.EMPFEHLUNG;
import static de.souveraen.budget.testing.Budget2026.KONZEPT;
import static de.souveraen.budget.testing.Budget2026.PROTOTYPEN;
import static de.souveraen.budget.testing.Budget2026.SCHULUNG;
import static de.souveraen.budget.testing.Budget2026.YEAR;
import static de.souveraen.budget.testing.Budget2026.adopt;
import static de.souveraen.budget.testing.Budget2026.day;
import static de.souveraen.budget.testing.Budget2026.eur;

import de.souveraen.contracts.budget.FreezeAuthority;
import de.souveraen.budget.fiscalyear.BudgetCommand.AdjustAppropriation;
import de.souveraen.budget.fiscalyear.BudgetCommand.AdjustCommitment;
import de.souveraen.budget.fiscalyear.BudgetCommand.BookExpense;
import de.souveraen.budget.fiscalyear.BudgetCommand.CarryOverAppropriation;
import de.souveraen.budget.fiscalyear.BudgetCommand.ClassifyLine;
import de.souveraen.budget.fiscalyear.BudgetCommand.CommitFunds;
import de.souveraen.budget.fiscalyear.BudgetCommand.DeclareCoverage;
import de.souveraen.budget.fiscalyear.BudgetCommand.FreezeLine;
import de.souveraen.budget.fiscalyear.BudgetCommand.PlanInput;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReceiveCarryOver;
import de.souveraen.budget.fiscalyear.BudgetCommand.RecordFinancialPlan;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReleaseCommitment;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReleaseLine;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReverseExpense;
import de.souveraen.budget.fiscalyear.BudgetCommand.TransferFunds;
import de.souveraen.budget.testing.BudgetSpec;
import de.souveraen.contracts.budget.AdjustmentKind;
import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.CarriedCommitment;
import de.souveraen.contracts.budget.FiscalYearEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A realistic year 2026 (and the start of 2027), decided by the domain; the source of the JSON samples. */
final class BudgetSamples {
    static final UUID WORKSHOP_ORDER = UUID.fromString("3f6c2a1e-8b4d-4c7a-9e2f-5a1b7c9d0e11");
    static final UUID ANALYSIS_CONTRACT = UUID.fromString("7a2e9c4b-1d3f-4e6a-8b5c-2f9d0e1a3b22");
    static final UUID ANALYSIS_INVOICE = UUID.fromString("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e33");
    static final UUID WRONG_INVOICE = UUID.fromString("d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f44");
    static final UUID REVERSAL = UUID.fromString("e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a55");
    static final UUID WORKSHOP_INVOICE = UUID.fromString("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d77");
    static final UUID CARRY_OVER = UUID.fromString("f0a1b2c3-d4e5-4f6a-9b7c-8d9e0f1a2b66");
    static final UUID COVERAGE = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c88");
    static final UUID TRANSFER = UUID.fromString("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d99");
    static final UUID CONCEPT_ORDER = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c88");
    static final UUID CARRY_OVER_ORDER = UUID.fromString("f0a1b2c3-d4e5-4f6a-9b7c-8d9e0f1a2b77");

    private BudgetSamples() {
    }

    /** The commitments the giving year carried over with {@link #CARRY_OVER_ORDER}. */
    private static List<CarriedCommitment> carried(de.souveraen.budget.fiscalyear.BudgetState state) {
        var order = state.commitment(CONCEPT_ORDER).orElseThrow();
        return List.of(new CarriedCommitment(CONCEPT_ORDER, order.vendor(), order.reference(), order.description(),
                order.committedOn(), order.amount().subtract(order.settled())));
    }

    static List<FiscalYearEvent> all() {
        BudgetSpec year = BudgetSpec.given().accepted(adopt())
                .accepted(new ClassifyLine(YEAR, SCHULUNG, "01.11.03", "542900", "Haushaltsplan 2026, Teilplan 01.11",
                        day(1, 29)))
                .accepted(new AdjustAppropriation(YEAR, "SICHERHEIT", AdjustmentKind.UNPLANNED, eur("1200.00"),
                        "Dringlichkeitsentscheidung Kämmerer 2026/05", day(4, 8),
                        "Externes Sicherheitsaudit nach Phishing-Vorfall, unabweisbar", "Sicherheitsaudit"))
                .accepted(new FreezeLine(YEAR, PROTOTYPEN, FreezeAuthority.TREASURER,
                        "Haushaltssperre Bürgermeister 2026/1",
                        "Gewerbesteuerausfall, Sperre bis Klärung des Nachtrags", day(3, 16)))
                .accepted(new ReleaseLine(YEAR, PROTOTYPEN, "Aufhebung der Haushaltssperre 2026/1",
                        "Nachtragshaushalt beschlossen", day(6, 26)))
                .accepted(new DeclareCoverage(YEAR, COVERAGE, List.of(PROTOTYPEN, EMPFEHLUNG), false,
                        "Haushaltsvermerk Deckungsfähigkeit, Verfügung Kämmerer 2026/09", day(7, 1)))
                .accepted(new TransferFunds(YEAR, TRANSFER, EMPFEHLUNG, PROTOTYPEN, eur("800.00"),
                        "Umschichtungsverfügung Kämmerer 2026/12", day(7, 15),
                        "Zusätzlicher Prototyp für die Nextcloud-Anbindung"))
                .accepted(new RecordFinancialPlan(YEAR, List.of(new PlanInput(2027, eur("20000.00")),
                        new PlanInput(2028, eur("20000.00")), new PlanInput(2029, eur("18000.00"))),
                        "Mittelfristige Finanzplanung 2026–2029, Ratsbeschluss 2026/141", day(12, 10)))
                .accepted(new CommitFunds(YEAR, ANALYSIS_CONTRACT, ANALYSE, eur("3000.00"),
                        "Open Source Business Alliance Beratung GmbH", "Vertrag 2026-014",
                        "Analyse der digitalen Abhängigkeiten der Verwaltung", day(2, 12), null))
                .accepted(new CommitFunds(YEAR, WORKSHOP_ORDER, SCHULUNG, eur("2400.00"), "Volkshochschule Eifel",
                        "Bestellung 2026-031", "Vier Workshops LibreOffice und Nextcloud für Beschäftigte", day(3, 5),
                        "Überplanmäßige Genehmigung Kämmerer 2026/07"))
                .accepted(new AdjustCommitment(YEAR, ANALYSIS_CONTRACT, eur("2800.00"),
                        "Leistungsumfang ohne Schulen reduziert (Nachtrag 1 zum Vertrag)", day(4, 2), null))
                .accepted(new BookExpense(YEAR, WRONG_INVOICE, ANALYSE, eur("2856.00"), day(5, 20),
                        "Open Source Business Alliance Beratung GmbH",
                        "Schlussrechnung Abhängigkeitsanalyse", "RE-2026-0457", ANALYSIS_CONTRACT, null))
                .accepted(new ReverseExpense(YEAR, REVERSAL, WRONG_INVOICE,
                        "Betrag falsch erfasst (Bruttobetrag statt Rechnungsbetrag)", day(5, 22)))
                .accepted(new BookExpense(YEAR, ANALYSIS_INVOICE, ANALYSE, eur("2380.00"), day(5, 22),
                        "Open Source Business Alliance Beratung GmbH",
                        "Schlussrechnung Abhängigkeitsanalyse", "RE-2026-0457", ANALYSIS_CONTRACT, null))
                .accepted(new BookExpense(YEAR, WORKSHOP_INVOICE, SCHULUNG, eur("2618.00"), day(9, 30),
                        "Volkshochschule Eifel", "Workshops LibreOffice und Nextcloud, zwei Zusatztermine",
                        "VHS-2026-1183", WORKSHOP_ORDER, "Überplanmäßige Genehmigung Kämmerer 2026/11"))
                .accepted(new ReleaseCommitment(YEAR, ANALYSIS_CONTRACT,
                        "Schlussrechnung geringer als beauftragt", day(5, 29)))
                .accepted(new CommitFunds(YEAR, CONCEPT_ORDER, KONZEPT, eur("2000.00"), "Univention GmbH",
                        "Bestellung B-2026-31", "Migrationskonzept, zweiter Teil", day(11, 20), null))
                .accepted(new CarryOverAppropriation(YEAR, CARRY_OVER, KONZEPT, eur("1500.00"),
                        "Übertragungsverfügung Kämmerer 2027/03", "Konzepterstellung verzögert sich bis Q1 2027",
                        LocalDate.of(2027, 2, 10)))
                .accepted(new CarryOverAppropriation(YEAR, CARRY_OVER_ORDER, KONZEPT, eur("2000.00"),
                        "Übertragungsverfügung Kämmerer 2027/04", "Auftrag erteilt, Lieferung 2027",
                        LocalDate.of(2027, 2, 10), List.of(CONCEPT_ORDER), true));
        BudgetSpec next = BudgetSpec.given(new BudgetAdopted(2027, "Digitale Souveränität & Open Source 2027",
                "Ratsbeschluss 2026/140", LocalDate.of(2026, 12, 10),
                List.of(new BudgetLine("MIGRATION", "Migration Bürokommunikation", eur("20000.00"))), List.of()))
                .accepted(new ReceiveCarryOver(2027, CARRY_OVER, 2026, KONZEPT, "Dreijahreskonzept", eur("1500.00"),
                        "Übertragungsverfügung Kämmerer 2027/03", LocalDate.of(2027, 2, 10)))
                .accepted(new ReceiveCarryOver(2027, CARRY_OVER_ORDER, 2026, KONZEPT, "Dreijahreskonzept",
                        eur("2000.00"), "Übertragungsverfügung Kämmerer 2027/04", LocalDate.of(2027, 2, 10),
                        carried(year.state()), null, null));
        List<FiscalYearEvent> all = new ArrayList<>(year.history());
        all.addAll(next.history().subList(1, next.history().size()));
        return all;
    }
}
