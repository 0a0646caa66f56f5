package de.souveraen.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.Criticality;
import de.souveraen.contracts.inventory.DataClassification;
import de.souveraen.contracts.inventory.DependencyAssessed;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.DependencyRelated;
import de.souveraen.contracts.inventory.DependencyUpdated;
import de.souveraen.contracts.inventory.Hosting;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.MigrationStatusChanged;
import de.souveraen.contracts.inventory.MigrationStepPlanned;
import de.souveraen.contracts.inventory.OpportunityCategory;
import de.souveraen.contracts.inventory.OpportunityDetails;
import de.souveraen.contracts.inventory.OpportunityRecorded;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.contracts.inventory.OpportunityStatusChanged;
import de.souveraen.contracts.inventory.OpportunityUpdated;
import de.souveraen.contracts.inventory.RelationType;
import de.souveraen.contracts.inventory.Renewal;
import de.souveraen.contracts.inventory.RiskCategory;
import de.souveraen.contracts.inventory.RiskDetails;
import de.souveraen.contracts.inventory.RiskRaised;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.contracts.inventory.RiskStatusChanged;
import de.souveraen.contracts.inventory.RiskUpdated;
import de.souveraen.reporting.readmodel.Docs.DependencyDoc;
import de.souveraen.reporting.readmodel.Docs.OpportunityDoc;
import de.souveraen.reporting.readmodel.Docs.RiskDoc;
import de.souveraen.reporting.readmodel.Docs.ScoreAt;
import de.souveraen.reporting.readmodel.Docs.StatusAt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given inventory events, when the view applies them, then the dependency, risk and opportunity documents say … */
class InventoryViewTest {
    private static final LocalDate REGISTERED = LocalDate.of(2026, 2, 3);
    private final ViewHarness view = new ViewHarness();
    private final UUID mail = UUID.randomUUID();

    static DependencyDetails details(String name, String annualCost, ContractTerms contract, LocalDate endOfLife) {
        return new DependencyDetails(name, "Vendor AG", "DE", Category.EMAIL_GROUPWARE, Hosting.NON_EU_CLOUD,
                DataClassification.PERSONAL, 350, new BigDecimal(annualCost), Criticality.HIGH, endOfLife,
                List.of("IMAP"), null, contract);
    }

    private DependencyDoc mail() {
        return view.doc(Docs.DEPENDENCY, mail.toString(), DependencyDoc.class);
    }

    private void registered() {
        view.given(REGISTERED, new DependencyRegistered(mail, details("Mail", "18000.00", null, null), null));
    }

    private static DependencyAssessed assessed(UUID id, LocalDate on, String score, int sds, int seal) {
        return new DependencyAssessed(id, UUID.randomUUID(), on, Map.of(), "Begründung", null, new BigDecimal(score),
                seal, sds);
    }

    @Test
    void aRegisteredDependencyStartsIdentifiedOnTheBusinessDateOfItsRegistration() {
        registered();

        DependencyDoc d = mail();
        assertThat(d.name()).isEqualTo("Mail");
        assertThat(d.annualCost()).isEqualByComparingTo("18000.00");
        assertThat(d.category()).isEqualTo(Category.EMAIL_GROUPWARE);
        assertThat(d.registeredOn()).isEqualTo(REGISTERED);
        assertThat(d.statuses()).containsExactly(new StatusAt(REGISTERED, MigrationStatus.IDENTIFIED));
        assertThat(d.assessments()).isEmpty();
        assertThat(d.plan()).isEmpty();
    }

    @Test
    void anUpdateReplacesTheDetailsAndKeepsTheHistory() {
        registered();
        view.given(LocalDate.of(2026, 3, 1), new MigrationStatusChanged(mail, MigrationStatus.IDENTIFIED,
                MigrationStatus.ASSESSED, null, LocalDate.of(2026, 3, 1)));
        ContractTerms contract = new ContractTerms(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), 3,
                Renewal.TACIT, 12);

        view.given(LocalDate.of(2026, 4, 9), new DependencyUpdated(mail,
                details("Mail (Exchange)", "21000.00", contract, LocalDate.of(2027, 6, 30)), null,
                List.of("name", "annualCost", "contract", "endOfLife")));

        DependencyDoc d = mail();
        assertThat(d.name()).isEqualTo("Mail (Exchange)");
        assertThat(d.annualCost()).isEqualByComparingTo("21000.00");
        assertThat(d.contract()).isEqualTo(contract);
        assertThat(d.endOfLife()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(d.registeredOn()).isEqualTo(REGISTERED);
        assertThat(d.statuses()).extracting(StatusAt::status)
                .containsExactly(MigrationStatus.IDENTIFIED, MigrationStatus.ASSESSED);
    }

    @Test
    void statusChangesAndAssessmentsAreKeptAsDatedHistory() {
        registered();

        view.given(LocalDate.of(2026, 3, 20), new MigrationStatusChanged(mail, MigrationStatus.IDENTIFIED,
                MigrationStatus.ASSESSED, "bewertet", LocalDate.of(2026, 3, 18)));
        view.given(LocalDate.of(2026, 3, 18), assessed(mail, LocalDate.of(2026, 3, 18), "1.8", 1, 0));
        view.given(LocalDate.of(2026, 9, 2), assessed(mail, LocalDate.of(2026, 9, 1), "2.6", 3, 2));
        view.given(LocalDate.of(2026, 9, 5), new MigrationStatusChanged(mail, MigrationStatus.ASSESSED,
                MigrationStatus.ALTERNATIVE_SELECTED, null, LocalDate.of(2026, 9, 5)));

        DependencyDoc d = mail();
        // the status is dated by the change's own date, not by when the event arrived
        assertThat(d.statuses()).containsExactly(new StatusAt(REGISTERED, MigrationStatus.IDENTIFIED),
                new StatusAt(LocalDate.of(2026, 3, 18), MigrationStatus.ASSESSED),
                new StatusAt(LocalDate.of(2026, 9, 5), MigrationStatus.ALTERNATIVE_SELECTED));
        assertThat(d.assessments()).extracting(ScoreAt::date)
                .containsExactly(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 9, 1));
        ScoreAt latest = d.assessments().get(1);
        assertThat(latest.score()).isEqualByComparingTo("2.6");
        assertThat(latest.sds()).isEqualTo(3);
        assertThat(latest.sealLevel()).isEqualTo(2);
    }

    @Test
    void aPlannedStepNamesItsTargetQuarterAndReplanningMovesIt() {
        registered();

        view.given(LocalDate.of(2026, 4, 1), new MigrationStepPlanned(mail, MigrationStatus.PILOT, "2026-Q3"));
        view.given(LocalDate.of(2026, 4, 1), new MigrationStepPlanned(mail, MigrationStatus.MIGRATED, "2027-Q1"));
        view.given(LocalDate.of(2026, 8, 1), new MigrationStepPlanned(mail, MigrationStatus.PILOT, "2026-Q4"));

        assertThat(mail().plan()).containsExactly(Map.entry(MigrationStatus.PILOT, "2026-Q4"),
                Map.entry(MigrationStatus.MIGRATED, "2027-Q1"));
    }

    @Test
    void eventsTheReportDoesNotUseTouchNoDocument() {
        registered();
        int before = view.size();

        view.given(LocalDate.of(2026, 4, 1), new DependencyRelated(mail, RelationType.NEEDS,
                UUID.randomUUID()));

        assertThat(view.size()).isEqualTo(before);
    }

    @Test
    void aRaisedRiskIsOpenKeepsItsStatusWhenUpdatedAndIsClosedOnTheDateOfClosing() {
        UUID risk = UUID.randomUUID();
        view.given(LocalDate.of(2026, 2, 1), new RiskRaised(risk, new RiskDetails("CLOUD Act", "Zugriff",
                RiskCategory.JURISDICTION_FOREIGN_ACCESS, 4, 5, "IT-Leitung", "Exit planen", List.of(mail)),
                LocalDate.of(2026, 2, 1)));
        RiskDoc raised = view.doc(Docs.RISK, risk.toString(), RiskDoc.class);

        view.given(LocalDate.of(2026, 3, 1), new RiskStatusChanged(risk, RiskStatus.OPEN, RiskStatus.MITIGATING,
                null, LocalDate.of(2026, 3, 1)));
        view.given(LocalDate.of(2026, 4, 1), new RiskUpdated(risk, new RiskDetails("CLOUD Act", "Zugriff",
                RiskCategory.JURISDICTION_FOREIGN_ACCESS, 3, 5, "IT-Leitung", "Pilot", List.of(mail)),
                LocalDate.of(2026, 4, 1)));
        RiskDoc updated = view.doc(Docs.RISK, risk.toString(), RiskDoc.class);
        view.given(LocalDate.of(2026, 8, 14), new RiskStatusChanged(risk, RiskStatus.MITIGATING, RiskStatus.CLOSED,
                "migriert", LocalDate.of(2026, 8, 14)));
        RiskDoc closed = view.doc(Docs.RISK, risk.toString(), RiskDoc.class);
        view.given(LocalDate.of(2026, 10, 1), new RiskStatusChanged(risk, RiskStatus.CLOSED, RiskStatus.OPEN,
                "wieder offen", LocalDate.of(2026, 10, 1)));
        RiskDoc reopened = view.doc(Docs.RISK, risk.toString(), RiskDoc.class);

        assertThat(raised.status()).isEqualTo(RiskStatus.OPEN);
        assertThat(raised.category()).isEqualTo("JURISDICTION_FOREIGN_ACCESS");
        assertThat(raised.likelihood() * raised.impact()).isEqualTo(20);
        assertThat(updated.status()).isEqualTo(RiskStatus.MITIGATING);
        assertThat(updated.likelihood()).isEqualTo(3);
        assertThat(updated.mitigation()).isEqualTo("Pilot");
        assertThat(updated.raisedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(closed.status()).isEqualTo(RiskStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 8, 14));
        assertThat(reopened.closedOn()).isNull();
        assertThat(reopened.status()).isEqualTo(RiskStatus.OPEN);
    }

    @Test
    void anOpportunityKeepsItsRecordingDateAndStatusThroughUpdates() {
        UUID opportunity = UUID.randomUUID();
        view.given(LocalDate.of(2026, 5, 2), new OpportunityRecorded(opportunity, new OpportunityDetails(
                "Open-Source-Office", "Lizenzkosten sparen", OpportunityCategory.COST_SAVINGS,
                new BigDecimal("12000.00"), new BigDecimal("30000.00"), "IT", List.of(mail)),
                LocalDate.of(2026, 5, 1)));
        view.given(LocalDate.of(2026, 6, 1), new OpportunityStatusChanged(opportunity, OpportunityStatus.OPEN,
                OpportunityStatus.PURSUING, null, LocalDate.of(2026, 6, 1)));

        view.given(LocalDate.of(2026, 7, 1), new OpportunityUpdated(opportunity, new OpportunityDetails(
                "Open-Source-Office", "Lizenzkosten sparen", OpportunityCategory.COST_SAVINGS,
                new BigDecimal("15500.00"), new BigDecimal("30000.00"), "IT", List.of(mail)),
                LocalDate.of(2026, 7, 1)));

        OpportunityDoc o = view.doc(Docs.OPPORTUNITY, opportunity.toString(), OpportunityDoc.class);
        assertThat(o.yearlySavings()).isEqualByComparingTo("15500.00");
        assertThat(o.oneOffCost()).isEqualByComparingTo("30000.00");
        assertThat(o.category()).isEqualTo("COST_SAVINGS");
        assertThat(o.recordedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(o.status()).isEqualTo(OpportunityStatus.PURSUING);
    }
}
