package de.souveraen.inventory.dependency;

import de.souveraen.contracts.inventory.AlternativeCosted;
import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.EvaluationState;
import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.Criticality;
import de.souveraen.contracts.inventory.DataClassification;
import de.souveraen.contracts.inventory.DeadlineDecision;
import de.souveraen.contracts.inventory.DependencyAssessed;
import de.souveraen.contracts.inventory.Hosting;
import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.contracts.inventory.JurisdictionFlags;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.RelationType;
import de.souveraen.inventory.alternative.Alternative;
import de.souveraen.inventory.assessment.SdsLabel;
import de.souveraen.inventory.migration.MigrationTransitions;
import de.souveraen.contracts.inventory.CancelBy;
import de.souveraen.contracts.inventory.CancellationDeadline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A dependency as the API shows it: the recorded details, the derived cancel-by date (for a reference day) with
 * the decision it asks for ({@code CANCEL}, or {@code RENEW_OR_LAPSE} for express renewal) and jurisdiction
 * flags (effective: the ultimate parent company's country when recorded; and the vendor's own), the migration status, the steps it may move to next ({@code nextSteps}, in the order of the path) and
 * the plan, the latest assessment (score 0–100, SEAL level, SDS 1–5), alternatives and
 * relations. Built purely from the folded state.
 */
public record DependencyView(UUID id, String name, String vendor, String vendorCountry, String parentCompany,
        String parentCountry, Category category,
        Hosting hosting, DataClassification dataClassification, Integer users, BigDecimal annualCost,
        Criticality criticality, LocalDate endOfLife, List<String> openStandards, String note, ContractTerms contract,
        LocalDate cancelBy, LocalDate termEnd, DeadlineDecision decision, String decisionLabel,
        JurisdictionFlags jurisdiction, JurisdictionFlags vendorJurisdiction, MigrationStatus status, List<MigrationStatus> nextSteps,
        Map<MigrationStatus, String> plan, BigDecimal sovereigntyScore, Integer sealLevel, Integer sds,
        String sdsLabel, DependencyAssessed latestAssessment, List<AlternativeView> alternatives,
        List<RelationView> relations) {

    public record RelationView(RelationType type, UUID targetId) {
    }

    /** An alternative with its latest costing and whether it is economically viable (null: not costed). */
    public record AlternativeView(UUID id, String name, String catalogueId, EvaluationState state, String reason,
            AlternativeCosted costing, Boolean viable) {

        static AlternativeView of(Alternative a) {
            return new AlternativeView(a.id(), a.name(), a.catalogueId(), a.state(), a.reason(), a.costing(),
                    a.costing() == null ? null : a.costing().viable());
        }
    }

    public static DependencyView of(DependencyState s, LocalDate today) {
        var d = s.details();
        CancellationDeadline deadline = CancelBy.of(d.contract(), today).orElse(null);
        DeadlineDecision decision = deadline == null ? null : DeadlineDecision.of(d.contract().renewal());
        DependencyAssessed a = s.latestAssessment();
        return new DependencyView(s.id(), d.name(), d.vendor(), d.vendorCountry(), d.parentCompany(),
                d.parentCountry(), d.category(), d.hosting(),
                d.dataClassification(), d.users(), d.annualCost(), d.criticality(), d.endOfLife(), d.openStandards(),
                d.note(), d.contract(), deadline == null ? null : deadline.cancelBy(),
                deadline == null ? null : deadline.termEnd(), decision,
                decision == null ? null : InventoryLabels.de(decision), s.jurisdiction(),
                s.vendorJurisdiction() == null ? s.jurisdiction() : s.vendorJurisdiction(), s.status(),
                List.copyOf(MigrationTransitions.next(s.status())), s.plan(),
                a == null ? null : a.score(), a == null ? null : a.sealLevel(), a == null ? null : a.sds(),
                a == null ? null : SdsLabel.ofStep(a.sds()).de(), a,
                s.alternatives().values().stream().sorted(Comparator.comparing(Alternative::name))
                        .map(AlternativeView::of).toList(),
                s.relations().stream().map(r -> new RelationView(r.type(), r.targetId()))
                        .sorted(Comparator.comparing((RelationView r) -> r.type().name())
                                .thenComparing(r -> r.targetId().toString()))
                        .toList());
    }
}
