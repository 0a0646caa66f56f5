package de.souveraen.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.budget.FreezeAuthority;
import de.souveraen.contracts.budget.AdjustmentKind;
import de.souveraen.contracts.budget.AppropriationAdjusted;
import de.souveraen.contracts.budget.AppropriationCarriedOver;
import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.BudgetLineAdded;
import de.souveraen.contracts.budget.BudgetLineFrozen;
import de.souveraen.contracts.budget.BudgetLineReleased;
import de.souveraen.contracts.budget.CarriedCommitment;
import de.souveraen.contracts.budget.CarryOverReceived;
import de.souveraen.contracts.budget.CommitmentAdjusted;
import de.souveraen.contracts.budget.CommitmentReleased;
import de.souveraen.contracts.budget.CommitmentsCarriedOver;
import de.souveraen.contracts.budget.CommitmentsReceived;
import de.souveraen.contracts.budget.CoverageDeclared;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.budget.ExpenseReversed;
import de.souveraen.contracts.budget.FinancialPlanRecorded;
import de.souveraen.contracts.budget.FundsCommitted;
import de.souveraen.contracts.budget.FundsTransferred;
import de.souveraen.contracts.budget.OverPlan;
import de.souveraen.contracts.budget.PlannedAmount;
import de.souveraen.reporting.readmodel.Docs.BudgetBucket;
import de.souveraen.reporting.readmodel.Docs.BudgetLineDoc;
import de.souveraen.reporting.readmodel.Docs.OverPlanDoc;
import de.souveraen.reporting.readmodel.Docs.PlanDoc;
import de.souveraen.reporting.readmodel.Docs.PlanEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given budget events, when the view applies them, then the quarter buckets and line documents say … */
class BudgetViewTest {
    private static final int YEAR = 2026;
    private static final LocalDate ADOPTED = LocalDate.of(2025, 12, 15);
    private static final String IT = "IT-01";
    private static final String OSS = "IT-02";

    private final ViewHarness view = new ViewHarness();

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    private void adopted() {
        view.given(ADOPTED, new BudgetAdopted(YEAR, "Haushalt 2026", "Ratsbeschluss 2025/117", ADOPTED,
                List.of(new BudgetLine(IT, "Lizenzen", eur("100000.00")),
                        new BudgetLine(OSS, "Open-Source-Dienstleistungen", eur("40000.00"))),
                List.of(new PlannedAmount(2027, eur("150000.00")), new PlannedAmount(2028, eur("160000.00")))));
    }

    /** The line's buckets summed up to {@code quarter}'s end, as the report sums them. */
    private Totals upTo(String line, int quarter) {
        Totals totals = new Totals(eur("0.00"), eur("0.00"), eur("0.00"), eur("0.00"), eur("0.00"));
        for (BudgetBucket b : view.docs(Docs.BUDGET_BUCKET, BudgetBucket.class)) {
            if (b.year() == YEAR && b.line().equals(line) && b.quarter() <= quarter) {
                totals = new Totals(totals.appropriated.add(b.appropriated()), totals.adjusted.add(b.adjusted()),
                        totals.committed.add(b.committed()), totals.spent.add(b.spent()),
                        totals.overPlan.add(b.overPlan()));
            }
        }
        return totals;
    }

    private record Totals(BigDecimal appropriated, BigDecimal adjusted, BigDecimal committed, BigDecimal spent,
            BigDecimal overPlan) {
        BigDecimal available() {
            return adjusted.subtract(committed).subtract(spent);
        }
    }

    private BudgetBucket bucket(int quarter, String line) {
        return view.doc(Docs.BUDGET_BUCKET, YEAR + ":" + quarter + ":" + line, BudgetBucket.class);
    }

    @Test
    void anAdoptedBudgetAppropriatesEachLineInTheFirstQuarterEvenWhenAdoptedTheYearBefore() {
        adopted();

        assertThat(bucket(1, IT).appropriated()).isEqualByComparingTo("100000.00");
        assertThat(bucket(1, IT).adjusted()).isEqualByComparingTo("100000.00");
        assertThat(bucket(1, OSS).adjusted()).isEqualByComparingTo("40000.00");
        assertThat(upTo(IT, 4).available()).isEqualByComparingTo("100000.00");
        BudgetLineDoc line = view.doc(Docs.BUDGET_LINE, YEAR + ":" + IT, BudgetLineDoc.class);
        assertThat(line.title()).isEqualTo("Lizenzen");
        assertThat(line.frozen()).isFalse();
        assertThat(line.budgetTitle()).isEqualTo("Haushalt 2026");
        assertThat(line.resolution()).isEqualTo("Ratsbeschluss 2025/117");
        assertThat(view.doc(Docs.BUDGET_PLAN, "2026", PlanDoc.class).plan()).extracting(PlanEntry::fiscalYear)
                .containsExactly(2027, 2028);
    }

    @Test
    void anExpenseIsSpentInTheQuarterOfItsBookingDate() {
        adopted();

        view.given(LocalDate.of(2026, 5, 4), new ExpenseBooked(YEAR, UUID.randomUUID(), IT, eur("1200.50"),
                LocalDate.of(2026, 5, 4), "Vendor", "Lizenz", "R-1", null, null, null));
        view.given(LocalDate.of(2026, 8, 1), new ExpenseBooked(YEAR, UUID.randomUUID(), IT, eur("300.00"),
                LocalDate.of(2026, 8, 1), "Vendor", "Lizenz", "R-2", null, null, null));

        assertThat(bucket(2, IT).spent()).isEqualByComparingTo("1200.50");
        assertThat(bucket(3, IT).spent()).isEqualByComparingTo("300.00");
        assertThat(upTo(IT, 1).spent()).isEqualByComparingTo("0.00");
        assertThat(upTo(IT, 2).spent()).isEqualByComparingTo("1200.50");
        assertThat(upTo(IT, 3).spent()).isEqualByComparingTo("1500.50");
        assertThat(upTo(IT, 3).available()).isEqualByComparingTo("98499.50");
        assertThat(upTo(OSS, 4).spent()).isEqualByComparingTo("0.00");
    }

    @Test
    void bookingsDatedOutsideTheFiscalYearCountToItsFirstOrLastQuarter() {
        adopted();

        view.given(LocalDate.of(2027, 1, 20), new ExpenseBooked(YEAR, UUID.randomUUID(), IT, eur("70.00"),
                LocalDate.of(2027, 1, 20), "Vendor", "late invoice", "R-9", null, null, null));

        assertThat(bucket(4, IT).spent()).isEqualByComparingTo("70.00");
        assertThat(upTo(IT, 3).spent()).isEqualByComparingTo("0.00");
    }

    @Test
    void aCommitmentBindsFundsUntilAnExpenseSettlesIt() {
        adopted();
        UUID commitment = UUID.randomUUID();

        view.given(LocalDate.of(2026, 2, 10), new FundsCommitted(YEAR, commitment, IT, eur("5000.00"), "Vendor",
                "B-1", "Rahmenvertrag", LocalDate.of(2026, 2, 10), null));
        assertThat(upTo(IT, 1).committed()).isEqualByComparingTo("5000.00");
        assertThat(upTo(IT, 1).available()).isEqualByComparingTo("95000.00");

        view.given(LocalDate.of(2026, 4, 2), new ExpenseBooked(YEAR, UUID.randomUUID(), IT, eur("2000.00"),
                LocalDate.of(2026, 4, 2), "Vendor", "Abschlag", "R-1", commitment, eur("1800.00"), null));

        assertThat(upTo(IT, 2).committed()).isEqualByComparingTo("3200.00");
        assertThat(upTo(IT, 2).spent()).isEqualByComparingTo("2000.00");
        assertThat(upTo(IT, 2).available()).isEqualByComparingTo("94800.00");
        // the first quarter still shows the commitment as it stood then
        assertThat(upTo(IT, 1).committed()).isEqualByComparingTo("5000.00");
    }

    @Test
    void aCommitmentAdjustedOrReleasedChangesOnlyItsOpenPart() {
        adopted();
        UUID commitment = UUID.randomUUID();
        view.given(LocalDate.of(2026, 2, 10), new FundsCommitted(YEAR, commitment, IT, eur("5000.00"), "Vendor",
                "B-1", "Rahmenvertrag", LocalDate.of(2026, 2, 10), null));

        view.given(LocalDate.of(2026, 3, 1), new CommitmentAdjusted(YEAR, commitment, IT, eur("5000.00"),
                eur("6500.00"), eur("6500.00"), "Nachtrag", LocalDate.of(2026, 3, 1), null));
        assertThat(upTo(IT, 1).committed()).isEqualByComparingTo("6500.00");

        view.given(LocalDate.of(2026, 6, 30), new CommitmentReleased(YEAR, commitment, IT, eur("6500.00"),
                "erledigt", LocalDate.of(2026, 6, 30)));
        assertThat(upTo(IT, 2).committed()).isEqualByComparingTo("0.00");
        assertThat(upTo(IT, 2).available()).isEqualByComparingTo("100000.00");
        assertThat(upTo(IT, 2).adjusted()).isEqualByComparingTo("100000.00");
    }

    @Test
    void aReversalTakesTheExpenseBackAndRestoresTheSettledCommitment() {
        adopted();
        UUID commitment = UUID.randomUUID();
        UUID expense = UUID.randomUUID();
        view.given(LocalDate.of(2026, 2, 10), new FundsCommitted(YEAR, commitment, IT, eur("5000.00"), "Vendor",
                "B-1", "Rahmenvertrag", LocalDate.of(2026, 2, 10), null));
        view.given(LocalDate.of(2026, 2, 20), new ExpenseBooked(YEAR, expense, IT, eur("3000.00"),
                LocalDate.of(2026, 2, 20), "Vendor", "Rechnung", "R-1", commitment, eur("3000.00"), null));

        view.given(LocalDate.of(2026, 7, 3), new ExpenseReversed(YEAR, UUID.randomUUID(), expense, IT,
                eur("3000.00"), "R-1", "Gutschrift", LocalDate.of(2026, 7, 3), commitment, eur("3000.00")));

        assertThat(upTo(IT, 2).spent()).isEqualByComparingTo("3000.00");
        assertThat(upTo(IT, 2).committed()).isEqualByComparingTo("2000.00");
        assertThat(bucket(3, IT).spent()).isEqualByComparingTo("-3000.00");
        assertThat(upTo(IT, 3).spent()).isEqualByComparingTo("0.00");
        assertThat(upTo(IT, 3).committed()).isEqualByComparingTo("5000.00");
        assertThat(upTo(IT, 3).available()).isEqualByComparingTo("95000.00");
    }

    @Test
    void aTransferMovesAdjustedAppropriationBetweenLinesAndADeclaredCoverageChangesNothing() {
        adopted();
        UUID coverage = UUID.randomUUID();
        view.given(LocalDate.of(2026, 3, 2), new CoverageDeclared(YEAR, coverage, List.of(IT, OSS), true, "DV-7",
                LocalDate.of(2026, 3, 2)));
        int afterAdoption = view.size();

        view.given(LocalDate.of(2026, 5, 5), new FundsTransferred(YEAR, UUID.randomUUID(), coverage, IT, OSS,
                eur("7500.00"), "DV-7", "Umschichtung", LocalDate.of(2026, 5, 5), eur("92500.00"),
                eur("47500.00")));

        assertThat(afterAdoption).isEqualTo(5); // two buckets, two lines, one plan
        assertThat(upTo(IT, 2).adjusted()).isEqualByComparingTo("92500.00");
        assertThat(upTo(OSS, 2).adjusted()).isEqualByComparingTo("47500.00");
        assertThat(upTo(IT, 2).appropriated()).isEqualByComparingTo("100000.00");
        assertThat(upTo(IT, 1).adjusted()).isEqualByComparingTo("100000.00");
        assertThat(upTo(IT, 2).adjusted().add(upTo(OSS, 2).adjusted())).isEqualByComparingTo("140000.00");
    }

    @Test
    void anOverPlanApprovalRaisesTheLineAndIsListedWhileASupplementaryBudgetIsNot() {
        adopted();

        view.given(LocalDate.of(2026, 4, 15), new AppropriationAdjusted(YEAR, IT, AdjustmentKind.OVER_PLAN,
                eur("2500.00"), "§83-2026-3", LocalDate.of(2026, 4, 15), "Preiserhöhung", eur("102500.00")));
        var overPlanKey = BudgetView.overPlan(view.lastEnvelope()).id();
        view.given(LocalDate.of(2026, 5, 15), new AppropriationAdjusted(YEAR, OSS, AdjustmentKind.SUPPLEMENTARY,
                eur("10000.00"), "Nachtrag 1", LocalDate.of(2026, 5, 15), "Nachtrag", eur("50000.00")));

        assertThat(upTo(IT, 2).adjusted()).isEqualByComparingTo("102500.00");
        assertThat(upTo(IT, 2).overPlan()).isEqualByComparingTo("2500.00");
        assertThat(upTo(OSS, 2).adjusted()).isEqualByComparingTo("50000.00");
        assertThat(upTo(OSS, 2).overPlan()).isEqualByComparingTo("0.00");
        List<OverPlanDoc> overPlan = view.docs(Docs.OVER_PLAN, OverPlanDoc.class);
        assertThat(overPlan).hasSize(1);
        OverPlanDoc doc = view.doc(Docs.OVER_PLAN, overPlanKey, OverPlanDoc.class);
        assertThat(doc.lineCode()).isEqualTo(IT);
        assertThat(doc.amount()).isEqualByComparingTo("2500.00");
        assertThat(doc.what()).isEqualTo("OVER_PLAN");
        assertThat(doc.date()).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void anExpenseBeyondTheLineWithAnApprovedOverPlanPartRaisesTheAdjustedAppropriationByThatPart() {
        view.given(ADOPTED, new BudgetAdopted(YEAR, "Haushalt 2026", "RB", ADOPTED,
                List.of(new BudgetLine(IT, "Lizenzen", eur("1000.00"))), List.of()));

        view.given(LocalDate.of(2026, 9, 9), new ExpenseBooked(YEAR, UUID.randomUUID(), IT, eur("1300.00"),
                LocalDate.of(2026, 9, 9), "Vendor", "Lizenz", "R-1", null, null,
                new OverPlan("§83-2026-9", eur("300.00"))));

        assertThat(upTo(IT, 3).adjusted()).isEqualByComparingTo("1300.00");
        assertThat(upTo(IT, 3).overPlan()).isEqualByComparingTo("300.00");
        assertThat(upTo(IT, 3).available()).isEqualByComparingTo("0.00");
        assertThat(view.docs(Docs.OVER_PLAN, OverPlanDoc.class)).singleElement()
                .satisfies(o -> assertThat(o.what()).isEqualTo("EXPENSE"))
                .satisfies(o -> assertThat(o.approvalReference()).isEqualTo("§83-2026-9"));
    }

    @Test
    void aCarryOverLeavesTheGivingYearAndArrivesInTheReceivingYear() {
        adopted();
        UUID carryOver = UUID.randomUUID();

        view.given(LocalDate.of(2026, 12, 20), new AppropriationCarriedOver(YEAR, carryOver, IT, "Lizenzen", 2027,
                eur("8000.00"), "Ü-1", "Verzögerung", LocalDate.of(2026, 12, 20), eur("92000.00")));
        view.given(LocalDate.of(2027, 1, 2), new CarryOverReceived(2027, carryOver, YEAR, IT, eur("8000.00"), "Ü-1",
                LocalDate.of(2027, 1, 2), eur("8000.00")));

        assertThat(upTo(IT, 3).adjusted()).isEqualByComparingTo("100000.00");
        assertThat(upTo(IT, 4).adjusted()).isEqualByComparingTo("92000.00");
        BudgetBucket received = view.doc(Docs.BUDGET_BUCKET, "2027:1:" + IT, BudgetBucket.class);
        assertThat(received.adjusted()).isEqualByComparingTo("8000.00");
        assertThat(received.appropriated()).isEqualByComparingTo("0.00");
    }

    @Test
    void openCommitmentsCarriedOverLeaveTheGivingYearsCommittedSumAndArriveCommittedInTheReceivingYear() {
        adopted();
        UUID commitment = UUID.randomUUID();
        UUID carryOver = UUID.randomUUID();
        view.given(LocalDate.of(2026, 11, 2), new FundsCommitted(YEAR, commitment, IT, eur("5000.00"), "Vendor",
                "B-1", null, LocalDate.of(2026, 11, 2), null));
        List<CarriedCommitment> carried = List.of(new CarriedCommitment(commitment, "Vendor", "B-1", null,
                LocalDate.of(2026, 11, 2), eur("5000.00")));
        view.given(LocalDate.of(2026, 12, 20), new CommitmentsCarriedOver(YEAR, carryOver, 2027, IT, carried,
                LocalDate.of(2026, 12, 20)));
        view.given(LocalDate.of(2026, 12, 20), new AppropriationCarriedOver(YEAR, carryOver, IT, "Lizenzen", 2027,
                eur("5000.00"), "Ü-1", null, LocalDate.of(2026, 12, 20), eur("95000.00")));
        view.given(LocalDate.of(2027, 1, 2), new CarryOverReceived(2027, carryOver, YEAR, IT, eur("5000.00"), "Ü-1",
                LocalDate.of(2027, 1, 2), eur("5000.00")));
        view.given(LocalDate.of(2027, 1, 2), new CommitmentsReceived(2027, carryOver, YEAR, IT, carried,
                LocalDate.of(2027, 1, 2)));

        assertThat(upTo(IT, 4).committed()).isEqualByComparingTo("0.00");
        assertThat(upTo(IT, 4).available()).isEqualByComparingTo("95000.00");
        BudgetBucket received = view.doc(Docs.BUDGET_BUCKET, "2027:1:" + IT, BudgetBucket.class);
        assertThat(received.adjusted()).isEqualByComparingTo("5000.00");
        assertThat(received.committed()).isEqualByComparingTo("5000.00");
    }

    @Test
    void aFrozenLineKeepsItsTitleAndIsReleasedAgain() {
        adopted();
        String key = YEAR + ":" + IT;

        view.given(LocalDate.of(2026, 3, 3), new BudgetLineFrozen(YEAR, IT, FreezeAuthority.TREASURER,
                "HSP-1", "Haushaltssperre",
                LocalDate.of(2026, 3, 3)));
        BudgetLineDoc frozen = view.doc(Docs.BUDGET_LINE, key, BudgetLineDoc.class);
        view.given(LocalDate.of(2026, 6, 3), new BudgetLineReleased(YEAR, IT, "HSP-1", "aufgehoben",
                LocalDate.of(2026, 6, 3)));
        BudgetLineDoc released = view.doc(Docs.BUDGET_LINE, key, BudgetLineDoc.class);

        assertThat(frozen.frozen()).isTrue();
        assertThat(frozen.title()).isEqualTo("Lizenzen");
        assertThat(frozen.budgetTitle()).isEqualTo("Haushalt 2026");
        assertThat(released.frozen()).isFalse();
        assertThat(released.title()).isEqualTo("Lizenzen");
        assertThat(view.doc(Docs.BUDGET_LINE, YEAR + ":" + OSS, BudgetLineDoc.class).frozen()).isFalse();
        // freezing blocks new bookings in the budget service; the figures themselves are untouched
        assertThat(upTo(IT, 4).available()).isEqualByComparingTo("100000.00");
    }

    @Test
    void anAddedLineHasADocumentButNoFiguresAndARecordedPlanReplacesTheAdoptedOne() {
        adopted();

        view.given(LocalDate.of(2026, 4, 1), new BudgetLineAdded(YEAR, "IT-03", "Schulungen",
                LocalDate.of(2026, 4, 1)));
        view.given(LocalDate.of(2026, 4, 2), new FinancialPlanRecorded(YEAR,
                List.of(new PlannedAmount(2027, eur("155000.00"))), "FP-2", LocalDate.of(2026, 4, 2)));

        BudgetLineDoc added = view.doc(Docs.BUDGET_LINE, YEAR + ":IT-03", BudgetLineDoc.class);
        assertThat(added.title()).isEqualTo("Schulungen");
        assertThat(added.budgetTitle()).isNull();
        assertThat(upTo("IT-03", 4).adjusted()).isEqualByComparingTo("0.00");
        assertThat(view.doc(Docs.BUDGET_PLAN, "2026", PlanDoc.class).plan())
                .singleElement().satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("155000.00"));
    }
}
