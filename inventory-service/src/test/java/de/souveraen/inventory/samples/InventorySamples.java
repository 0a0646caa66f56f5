package de.souveraen.inventory.samples;

import de.souveraen.contracts.inventory.AlternativeEvaluated;
import de.souveraen.contracts.inventory.AlternativeProposed;
import de.souveraen.contracts.inventory.DependencyAssessed;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.DependencyRelated;
import de.souveraen.contracts.inventory.DependencyRelationRemoved;
import de.souveraen.contracts.inventory.DependencyUpdated;
import de.souveraen.contracts.inventory.EvaluationState;
import de.souveraen.contracts.inventory.ExitCapability;
import de.souveraen.contracts.inventory.InventoryEvent;
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
import de.souveraen.contracts.inventory.RiskCategory;
import de.souveraen.contracts.inventory.RiskDetails;
import de.souveraen.contracts.inventory.RiskRaised;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.contracts.inventory.RiskStatusChanged;
import de.souveraen.contracts.inventory.RiskUpdated;
import de.souveraen.inventory.assessment.AssessmentRules;
import de.souveraen.inventory.testing.Details;
import de.souveraen.inventory.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One realistic instance of every inventory event, as the domain would produce it; the source of the JSON samples. */
final class InventorySamples {
    private static final UUID M365 = Fixtures.M365;
    private static final UUID AZURE = Fixtures.AZURE;
    private static final UUID RISK = UUID.fromString("d2b7c9a4-3e1f-4b6a-8c5d-7e9f1a2b3c01");
    private static final UUID OPPORTUNITY = UUID.fromString("e4c8a1b2-5d3f-4e7a-9b6c-8d0e2f4a6b01");

    private InventorySamples() {
    }

    static List<InventoryEvent> all() {
        var m365 = Details.from(Fixtures.m365()).parent("Microsoft Corporation", "US").build();
        var updated = Details.from(m365).users(135).annualCost(new BigDecimal("43200.00")).build();
        var risk = new RiskDetails("Herausgabe von Ratsdaten nach US CLOUD Act",
                "Der Mutterkonzern des Anbieters unterliegt US-Recht; US-Behörden können die Herausgabe von Daten "
                        + "verlangen, auch wenn sie in der EU gespeichert sind.",
                RiskCategory.JURISDICTION_FOREIGN_ACCESS, 3, 4, "Hauptamt, IT-Koordination", null, List.of(M365, AZURE));
        var mitigated = new RiskDetails(risk.title(), risk.description(), risk.category(), 2, 4, risk.owner(),
                "Migration auf openDesk beim Kommunalen Rechenzentrum bis 2027-Q4", risk.dependencyIds());
        var savings = new OpportunityDetails("Lizenzkosten Microsoft 365 entfallen",
                "Nach der Migration auf openDesk entfallen die jährlichen Lizenzkosten; Betrieb beim KDN kostet weniger.",
                OpportunityCategory.COST_SAVINGS, new BigDecimal("24000.00"), new BigDecimal("65000.00"), "Kämmerei",
                List.of(M365));
        return List.of(
                new DependencyRegistered(M365, m365, Fixtures.COUNTRIES.flags("US"), Fixtures.COUNTRIES.flags("IE")),
                new DependencyUpdated(M365, updated, Fixtures.COUNTRIES.flags("US"), Fixtures.COUNTRIES.flags("IE"),
                        List.of("users", "annualCost")),
                new DependencyRelated(M365, RelationType.RUNS_ON, AZURE),
                new DependencyRelationRemoved(M365, RelationType.RUNS_ON, AZURE),
                AssessmentRules.assess(M365, Fixtures.ASSESSMENT, LocalDate.of(2026, 3, 12),
                        Fixtures.levels(1, 1, 2, 2, 1, 1, 3, 2),
                        "Anbieter mit US-Mutterkonzern (CLOUD Act), Daten in EU-Rechenzentren, Formate überwiegend OOXML, "
                                + "Ausstieg nur mit Migrationsprojekt möglich.",
                        new ExitCapability(true, 18, new BigDecimal("65000.00"))),
                new AlternativeProposed(M365, Fixtures.ALTERNATIVE, "openDesk", "opendesk",
                        "Gesamtpaket beim Kommunalen Rechenzentrum prüfen"),
                new AlternativeEvaluated(M365, Fixtures.ALTERNATIVE, EvaluationState.PILOT, EvaluationState.RECOMMENDED,
                        "Pilot im Bürgerbüro erfolgreich, Schulungen laufen", LocalDate.of(2026, 9, 15)),
                new de.souveraen.contracts.inventory.AlternativeCosted(M365, Fixtures.ALTERNATIVE,
                        new BigDecimal("12000.00"), new BigDecimal("9600.00"), new BigDecimal("40.0"),
                        new BigDecimal("8000.00"), 3, new BigDecimal("43200.00"), new BigDecimal("81800.00"),
                        "Angebot des Kommunalen Rechenzentrums, Schulung durch die Volkshochschule",
                        LocalDate.of(2026, 5, 12)),
                new MigrationStepPlanned(M365, MigrationStatus.MIGRATED, "2027-Q4"),
                new MigrationStatusChanged(M365, MigrationStatus.PILOT, MigrationStatus.MIGRATING,
                        "Beschluss der AG vom 22.09.2026", LocalDate.of(2026, 10, 1)),
                new RiskRaised(RISK, risk, LocalDate.of(2026, 2, 10)),
                new RiskUpdated(RISK, mitigated, LocalDate.of(2026, 6, 30)),
                new RiskStatusChanged(RISK, RiskStatus.OPEN, RiskStatus.MITIGATING, "Migrationsprojekt gestartet",
                        LocalDate.of(2026, 7, 1)),
                new OpportunityRecorded(OPPORTUNITY, savings, LocalDate.of(2026, 2, 10)),
                new OpportunityUpdated(OPPORTUNITY, new OpportunityDetails(savings.title(), savings.description(),
                        savings.category(), new BigDecimal("26400.00"), savings.oneOffCost(), savings.owner(),
                        savings.dependencyIds()), LocalDate.of(2026, 11, 3)),
                new OpportunityStatusChanged(OPPORTUNITY, OpportunityStatus.OPEN, OpportunityStatus.PURSUING,
                        "Im Haushalt 2027 eingeplant", LocalDate.of(2026, 11, 3)));
    }
}
