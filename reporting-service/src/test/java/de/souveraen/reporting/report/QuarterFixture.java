package de.souveraen.reporting.report;

import de.souveraen.contracts.budget.FreezeAuthority;
import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.BudgetLineFrozen;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.budget.ExpenseReversed;
import de.souveraen.contracts.budget.FundsCommitted;
import de.souveraen.contracts.budget.FundsTransferred;
import de.souveraen.contracts.budget.OverPlan;
import de.souveraen.contracts.budget.PlannedAmount;
import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.Criticality;
import de.souveraen.contracts.inventory.DataClassification;
import de.souveraen.contracts.inventory.DependencyAssessed;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.Hosting;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.MigrationStatusChanged;
import de.souveraen.contracts.inventory.MigrationStepPlanned;
import de.souveraen.contracts.inventory.OpportunityCategory;
import de.souveraen.contracts.inventory.OpportunityDetails;
import de.souveraen.contracts.inventory.OpportunityRecorded;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.contracts.inventory.OpportunityStatusChanged;
import de.souveraen.contracts.inventory.Renewal;
import de.souveraen.contracts.inventory.RiskCategory;
import de.souveraen.contracts.inventory.RiskDetails;
import de.souveraen.contracts.inventory.RiskRaised;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.contracts.inventory.RiskStatusChanged;
import de.souveraen.contracts.workgroup.Audience;
import de.souveraen.contracts.workgroup.CouncilRecommendation;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.DecisionRecorded;
import de.souveraen.contracts.workgroup.ProposalSubmitted;
import de.souveraen.contracts.workgroup.ProposalWithdrawn;
import de.souveraen.contracts.workgroup.Tally;
import de.souveraen.contracts.workgroup.TrainingCancelled;
import de.souveraen.contracts.workgroup.TrainingDetails;
import de.souveraen.contracts.workgroup.TrainingFeedbackRecorded;
import de.souveraen.contracts.workgroup.TrainingFormat;
import de.souveraen.contracts.workgroup.TrainingHeld;
import de.souveraen.contracts.workgroup.TrainingPlanned;
import de.souveraen.reporting.readmodel.ViewHarness;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A municipality's year up to the third quarter of 2026 (and a few events after it), as published events applied
 * by the read-model views: two budget lines with commitments, bookings, a reversal, a transfer and an over-plan
 * expense; five dependencies in different migration states with contracts and assessments; risks,
 * opportunities, proposals, decisions and trainings on both sides of the quarter's end. Ids are fixed, so the
 * same fixture gives the same report.
 */
final class QuarterFixture {
    static final Period Q3 = new Period(2026, 3);
    static final int YEAR = 2026;
    static final String IT = "IT-01";
    static final String OSS = "IT-02";
    static final UUID MAIL = id("mail");
    static final UUID OFFICE = id("office");
    static final UUID LEGACY = id("legacy");
    static final UUID WIKI = id("wiki");
    static final UUID FILES = id("files");

    private QuarterFixture() {
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }

    /** Every fixture event applied. */
    static ViewHarness views() {
        ViewHarness views = new ViewHarness();
        budget(views);
        inventory(views);
        workgroup(views);
        return views;
    }

    static Map<String, List<com.fasterxml.jackson.databind.JsonNode>> documents() {
        return views().documents(ReportBuilder.KINDS);
    }

    static void budget(ViewHarness v) {
        LocalDate adopted = LocalDate.of(2025, 12, 15);
        UUID commitment = id("commitment");
        UUID expense = id("expense-q3");
        v.given(adopted, new BudgetAdopted(YEAR, "Haushalt 2026", "RB 2025/117", adopted,
                List.of(new BudgetLine(IT, "Lizenzen", eur("100000.00")),
                        new BudgetLine(OSS, "Open-Source-Dienstleistungen", eur("40000.00"))),
                List.of(new PlannedAmount(2028, eur("160000.00")), new PlannedAmount(2027, eur("150000.00")))));
        v.given(day(2, 10), new FundsCommitted(YEAR, commitment, IT, eur("5000.00"), "Vendor", "B-1", "Support",
                day(2, 10), null));
        v.given(day(5, 4), new ExpenseBooked(YEAR, id("expense-q2"), IT, eur("2000.00"), day(5, 4), "Vendor",
                "Abschlag", "R-1", commitment, eur("2000.00"), null));
        v.given(day(7, 15), new ExpenseBooked(YEAR, expense, IT, eur("1500.00"), day(7, 15), "Vendor", "Lizenz",
                "R-2", null, null, null));
        v.given(day(8, 1), new ExpenseReversed(YEAR, id("reversal"), expense, IT, eur("500.00"), "R-2", "Gutschrift",
                day(8, 1), null, null));
        v.given(day(8, 10), new FundsTransferred(YEAR, id("transfer"), id("coverage"), IT, OSS, eur("10000.00"),
                "DV-7", "Umschichtung", day(8, 10), eur("90000.00"), eur("50000.00")));
        v.given(day(9, 1), new ExpenseBooked(YEAR, id("expense-over"), OSS, eur("52000.00"), day(9, 1), "Vendor",
                "Migration", "R-3", null, null, new OverPlan("§83-2026-1", eur("2000.00"))));
        v.given(day(9, 15), new BudgetLineFrozen(YEAR, OSS, FreezeAuthority.TREASURER,
                "HSP-1", "Haushaltssperre", day(9, 15)));
        v.given(day(10, 5), new ExpenseBooked(YEAR, id("expense-q4"), IT, eur("999.00"), day(10, 5), "Vendor",
                "Lizenz", "R-4", null, null, null));
    }

    static DependencyDetails dependency(String name, String annualCost, ContractTerms contract, LocalDate endOfLife) {
        return new DependencyDetails(name, name + " GmbH", "DE", Category.OTHER, Hosting.ON_PREMISES,
                DataClassification.INTERNAL, 100, eur(annualCost), Criticality.MEDIUM, endOfLife, List.of(), null,
                contract);
    }

    static DependencyAssessed assessed(UUID dependency, LocalDate on, String score, int sds) {
        return new DependencyAssessed(dependency, id(dependency + "-" + on), on, Map.of(), "Begründung", null,
                eur(score), 0, sds);
    }

    static MigrationStatusChanged status(UUID dependency, MigrationStatus from, MigrationStatus to, LocalDate on) {
        return new MigrationStatusChanged(dependency, from, to, null, on);
    }

    static void inventory(ViewHarness v) {
        v.given(day(2, 3), new DependencyRegistered(MAIL, dependency("Mail", "18000.00", new ContractTerms(
                day(4, 1).minusYears(2), LocalDate.of(2027, 3, 31), 3, Renewal.TACIT, 12), null), null));
        v.given(day(3, 18), status(MAIL, MigrationStatus.IDENTIFIED, MigrationStatus.ASSESSED, day(3, 18)),
                assessed(MAIL, day(3, 18), "1.8", 1));
        v.given(day(8, 20), status(MAIL, MigrationStatus.ASSESSED, MigrationStatus.ALTERNATIVE_SELECTED,
                day(8, 20)));
        v.given(day(10, 2), assessed(MAIL, day(10, 2), "3.0", 3));
        v.given(day(4, 1), new MigrationStepPlanned(MAIL, MigrationStatus.PILOT, "2026-Q3"),
                new MigrationStepPlanned(MAIL, MigrationStatus.ALTERNATIVE_SELECTED, "2026-Q3"),
                new MigrationStepPlanned(MAIL, MigrationStatus.MIGRATED, "2026-Q4"));

        v.given(day(1, 10), new DependencyRegistered(OFFICE, dependency("Office", "25000.5", new ContractTerms(
                day(7, 1).minusYears(1), LocalDate.of(2027, 6, 30), 3, Renewal.EXPRESS, null), day(11, 30)), null));
        v.given(day(6, 1), status(OFFICE, MigrationStatus.IDENTIFIED, MigrationStatus.ASSESSED, day(6, 1)),
                assessed(OFFICE, day(6, 1), "2.4", 2));

        v.given(day(1, 10), new DependencyRegistered(LEGACY, dependency("Legacy", "4000.00", new ContractTerms(
                day(1, 1), day(12, 31), 1, Renewal.EXPRESS, null), day(12, 1)), null));
        v.given(day(9, 10), status(LEGACY, MigrationStatus.IDENTIFIED, MigrationStatus.MIGRATED, day(9, 10)));
        v.given(day(4, 1), new MigrationStepPlanned(LEGACY, MigrationStatus.MIGRATED, "2026-Q3"));

        v.given(day(7, 5), new DependencyRegistered(WIKI, dependency("Wiki", "0", null, null), null));
        v.given(day(9, 20), assessed(WIKI, day(9, 20), "4.1", 4));

        v.given(day(10, 3), new DependencyRegistered(FILES, dependency("Fileserver", "3000.00", null,
                LocalDate.of(2027, 1, 15)), null), assessed(FILES, day(10, 3), "0.5", 0));

        risk(v, "CLOUD Act", 4, 5, day(2, 1));
        risk(v, "Preiserhöhung", 3, 5, day(7, 10));
        risk(v, "Fachkräfte", 3, 3, day(3, 1));
        risk(v, "Verfügbarkeit", 2, 2, day(4, 1));
        risk(v, "Lock-in", 5, 1, day(4, 2));
        risk(v, "Sanktionen", 1, 2, day(9, 29));
        risk(v, "Altvertrag", 4, 4, day(1, 5));
        v.given(day(8, 14), new RiskStatusChanged(id("Altvertrag"), RiskStatus.OPEN, RiskStatus.CLOSED, null,
                day(8, 14)));
        risk(v, "Zwischenfall", 3, 4, day(5, 1));
        v.given(day(10, 10), new RiskStatusChanged(id("Zwischenfall"), RiskStatus.OPEN, RiskStatus.CLOSED, null,
                day(10, 10)));
        risk(v, "Neues Risiko", 5, 5, day(10, 2));

        opportunity(v, "Open-Source-Office", "12000", day(5, 1));
        v.given(day(6, 1), new OpportunityStatusChanged(id("Open-Source-Office"), OpportunityStatus.OPEN,
                OpportunityStatus.PURSUING, null, day(6, 1)));
        opportunity(v, "Gemeinsames Rechenzentrum", "8000", day(6, 15));
        opportunity(v, "Verworfen", "50000", day(2, 1));
        v.given(day(8, 1), new OpportunityStatusChanged(id("Verworfen"), OpportunityStatus.OPEN,
                OpportunityStatus.DROPPED, null, day(8, 1)));
        opportunity(v, "Später", "90000", day(10, 1));
    }

    static void risk(ViewHarness v, String title, int likelihood, int impact, LocalDate raisedOn) {
        v.given(raisedOn, new RiskRaised(id(title), new RiskDetails(title, "Beschreibung", RiskCategory.LOCK_IN,
                likelihood, impact, "IT-Leitung", "Maßnahme " + title, List.of()), raisedOn));
    }

    static void opportunity(ViewHarness v, String title, String savings, LocalDate recordedOn) {
        v.given(recordedOn, new OpportunityRecorded(id(title), new OpportunityDetails(title, "Beschreibung",
                OpportunityCategory.COST_SAVINGS, eur(savings), eur("1000"), "IT", List.of()), recordedOn));
    }

    static void workgroup(ViewHarness v) {
        proposal(v, "P1", day(5, 2));
        proposal(v, "P2", day(6, 1));
        proposal(v, "P3", day(7, 1));
        proposal(v, "P4", day(10, 2));
        proposal(v, "P5", day(4, 1));
        v.given(day(8, 1), new ProposalWithdrawn(id("P5"), "erledigt", day(8, 1)));
        v.given(day(9, 10), decision("D1", day(9, 10), id("P2"), DecisionOutcome.ADOPTED,
                new CouncilRecommendation("Der Rat möge die Migration beschließen.", day(10, 20))));
        v.given(day(6, 11), decision("D2", day(6, 11), null, DecisionOutcome.ADOPTED,
                new CouncilRecommendation("Schon beraten.", day(7, 2))));
        v.given(day(10, 15), decision("D3", day(10, 15), id("P3"), DecisionOutcome.REJECTED,
                new CouncilRecommendation("Später.", day(11, 5))));

        training(v, "T1", day(7, 20), "3.0", 12);
        v.given(day(7, 25), new TrainingFeedbackRecorded(id("T1"), List.of(5, 5, 4, 4), 4, 18, eur("4.50")));
        training(v, "T2", day(9, 2), "2.5", 8);
        v.given(day(9, 5), new TrainingFeedbackRecorded(id("T2"), List.of(3, 3), 2, 6, eur("3.00")));
        training(v, "T3", day(5, 5), "4", 10);
        v.given(day(3, 1), new TrainingPlanned(id("T4"), trainingDetails("T4", day(8, 15), "2")));
        v.given(day(8, 1), new TrainingCancelled(id("T4"), "abgesagt", day(8, 1)));
        v.given(day(3, 1), new TrainingPlanned(id("T5"), trainingDetails("T5", day(9, 30), "2")));
    }

    static void proposal(ViewHarness v, String reference, LocalDate submittedOn) {
        v.given(submittedOn, new ProposalSubmitted(id(reference), reference, "Antrag " + reference, "Text", "AK",
                null, List.of(), submittedOn));
    }

    static DecisionRecorded decision(String item, LocalDate meetingDate, UUID proposal, DecisionOutcome outcome,
            CouncilRecommendation recommendation) {
        return new DecisionRecorded(id("meeting-" + meetingDate), meetingDate, id(item), "TOP " + item, true,
                proposal, outcome, "Beschluss " + item, id("vote-" + item), new Tally(6, 1, 0), recommendation);
    }

    static TrainingDetails trainingDetails(String title, LocalDate date, String hours) {
        return new TrainingDetails("Schulung " + title, date, TrainingFormat.WORKSHOP,
                List.of(Audience.ADMINISTRATION), eur(hours), List.of(), "VHS");
    }

    static void training(ViewHarness v, String title, LocalDate date, String hours, int participants) {
        v.given(date.minusDays(30), new TrainingPlanned(id(title), trainingDetails(title, date, hours)));
        v.given(date, new TrainingHeld(id(title), trainingDetails(title, date, hours), participants));
    }
}
