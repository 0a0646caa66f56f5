package de.souveraen.inventory.dependency;

import de.souveraen.contracts.inventory.DependencyAssessed;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.EvaluationState;
import de.souveraen.contracts.inventory.JurisdictionFlags;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.inventory.alternative.Alternative;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The state of one dependency as its decider needs it; {@link #NONE} (no id) means "not registered". Immutable:
 * every {@code with…} returns a copy. The full assessment history stays in the event stream; the state keeps the
 * ids (to refuse a repeated id) and the latest one.
 */
public record DependencyState(UUID id, DependencyDetails details, JurisdictionFlags jurisdiction,
        JurisdictionFlags vendorJurisdiction,
        MigrationStatus status, Map<MigrationStatus, String> plan, Set<Relation> relations,
        Map<UUID, Alternative> alternatives, Set<UUID> assessmentIds, DependencyAssessed latestAssessment) {

    public static final DependencyState NONE = new DependencyState(null, null, null, null, null, Map.of(), Set.of(), Map.of(),
            Set.of(), null);

    public DependencyState {
        EnumMap<MigrationStatus, String> orderedPlan = new EnumMap<>(MigrationStatus.class);
        orderedPlan.putAll(plan);
        plan = Collections.unmodifiableMap(orderedPlan);
        relations = Collections.unmodifiableSet(new LinkedHashSet<>(relations));
        alternatives = Collections.unmodifiableMap(new LinkedHashMap<>(alternatives));
        assessmentIds = Collections.unmodifiableSet(new LinkedHashSet<>(assessmentIds));
    }

    public boolean exists() {
        return id != null;
    }

    public boolean hasRecommendedAlternative() {
        return alternatives.values().stream().anyMatch(a -> a.state() == EvaluationState.RECOMMENDED);
    }

    DependencyState registered(UUID newId, DependencyDetails newDetails, JurisdictionFlags flags,
            JurisdictionFlags vendorFlags) {
        return new DependencyState(newId, newDetails, flags, vendorFlags, MigrationStatus.IDENTIFIED, plan, relations, alternatives,
                assessmentIds, latestAssessment);
    }

    DependencyState withDetails(DependencyDetails newDetails, JurisdictionFlags flags, JurisdictionFlags vendorFlags) {
        return new DependencyState(id, newDetails, flags, vendorFlags, status, plan, relations, alternatives, assessmentIds,
                latestAssessment);
    }

    DependencyState withRelation(Relation relation, boolean present) {
        Set<Relation> next = new LinkedHashSet<>(relations);
        if (present) {
            next.add(relation);
        } else {
            next.remove(relation);
        }
        return new DependencyState(id, details, jurisdiction, vendorJurisdiction, status, plan, next, alternatives, assessmentIds,
                latestAssessment);
    }

    DependencyState withAssessment(DependencyAssessed assessment) {
        Set<UUID> ids = new LinkedHashSet<>(assessmentIds);
        ids.add(assessment.assessmentId());
        return new DependencyState(id, details, jurisdiction, vendorJurisdiction, status, plan, relations, alternatives, ids, assessment);
    }

    DependencyState withAlternative(Alternative alternative) {
        Map<UUID, Alternative> next = new LinkedHashMap<>(alternatives);
        next.put(alternative.id(), alternative);
        return new DependencyState(id, details, jurisdiction, vendorJurisdiction, status, plan, relations, next, assessmentIds,
                latestAssessment);
    }

    DependencyState withPlan(MigrationStatus step, String quarter) {
        Map<MigrationStatus, String> next = new EnumMap<>(MigrationStatus.class);
        next.putAll(plan);
        next.put(step, quarter);
        return new DependencyState(id, details, jurisdiction, vendorJurisdiction, status, next, relations, alternatives, assessmentIds,
                latestAssessment);
    }

    DependencyState withStatus(MigrationStatus next) {
        return new DependencyState(id, details, jurisdiction, vendorJurisdiction, next, plan, relations, alternatives, assessmentIds,
                latestAssessment);
    }
}
