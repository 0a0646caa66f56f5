package de.souveraen.reporting.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.inventory.DependencyAssessed;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.DependencyUpdated;
import de.souveraen.contracts.inventory.JurisdictionFlags;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.MigrationStatusChanged;
import de.souveraen.contracts.inventory.MigrationStepPlanned;
import de.souveraen.contracts.inventory.OpportunityDetails;
import de.souveraen.contracts.inventory.OpportunityRecorded;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.contracts.inventory.OpportunityStatusChanged;
import de.souveraen.contracts.inventory.OpportunityUpdated;
import de.souveraen.contracts.inventory.RiskDetails;
import de.souveraen.contracts.inventory.RiskRaised;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.contracts.inventory.RiskStatusChanged;
import de.souveraen.contracts.inventory.RiskUpdated;
import de.souveraen.reporting.readmodel.Docs.DependencyDoc;
import de.souveraen.reporting.readmodel.Docs.ExposureAt;
import de.souveraen.reporting.readmodel.Docs.ExposureDoc;
import de.souveraen.reporting.readmodel.Docs.OpportunityDoc;
import de.souveraen.reporting.readmodel.Docs.RiskDoc;
import de.souveraen.reporting.readmodel.Docs.RiskScoreAt;
import de.souveraen.reporting.readmodel.Docs.ScoreAt;
import de.souveraen.reporting.readmodel.Docs.StatusAt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Inventory events as one document per dependency (with its status and score history), risk and opportunity, and
 * per dependency its jurisdiction history ({@link ExposureDoc}: effective country and flags, ultimate parent, users,
 * cost, retirement) from which the report counts the exposure at each quarter's end.
 */
public final class InventoryView implements ViewProjection {

    @Override
    public List<DocKey> keys(EventEnvelope envelope, DomainEvent event) {
        UUID id = null;
        String kind = null;
        if (event instanceof DependencyRegistered e) {
            id = e.dependencyId();
            kind = Docs.DEPENDENCY;
        } else if (event instanceof DependencyUpdated e) {
            id = e.dependencyId();
            kind = Docs.DEPENDENCY;
        } else if (event instanceof MigrationStatusChanged e) {
            id = e.dependencyId();
            kind = Docs.DEPENDENCY;
        } else if (event instanceof DependencyAssessed e) {
            id = e.dependencyId();
            kind = Docs.DEPENDENCY;
        } else if (event instanceof MigrationStepPlanned e) {
            id = e.dependencyId();
            kind = Docs.DEPENDENCY;
        } else if (event instanceof RiskRaised e) {
            id = e.riskId();
            kind = Docs.RISK;
        } else if (event instanceof RiskUpdated e) {
            id = e.riskId();
            kind = Docs.RISK;
        } else if (event instanceof RiskStatusChanged e) {
            id = e.riskId();
            kind = Docs.RISK;
        } else if (event instanceof OpportunityRecorded e) {
            id = e.opportunityId();
            kind = Docs.OPPORTUNITY;
        } else if (event instanceof OpportunityUpdated e) {
            id = e.opportunityId();
            kind = Docs.OPPORTUNITY;
        } else if (event instanceof OpportunityStatusChanged e) {
            id = e.opportunityId();
            kind = Docs.OPPORTUNITY;
        }
        if (id == null) {
            return List.of();
        }
        DocKey key = new DocKey(kind, id.toString());
        return tracksExposure(event) ? List.of(key, new DocKey(Docs.EXPOSURE, id.toString())) : List.of(key);
    }

    private static boolean tracksExposure(DomainEvent event) {
        return event instanceof DependencyRegistered || event instanceof DependencyUpdated
                || event instanceof MigrationStatusChanged;
    }

    @Override
    public Map<DocKey, Object> apply(Map<DocKey, JsonNode> views, EventEnvelope envelope, DomainEvent event) {
        List<DocKey> keys = keys(envelope, event);
        if (keys.isEmpty()) {
            return Map.of();
        }
        DocKey key = keys.get(0);
        JsonNode current = views.get(key);
        LocalDate today = Quarters.date(envelope.occurredAt());
        Object next = null;
        if (event instanceof DependencyRegistered e) {
            next = dependency(null, e.dependencyId(), e.details(), today);
        } else if (event instanceof DependencyUpdated e) {
            next = dependency(Docs.read(current, DependencyDoc.class), e.dependencyId(), e.details(), today);
        } else if (event instanceof MigrationStatusChanged e) {
            DependencyDoc d = Docs.read(current, DependencyDoc.class);
            List<StatusAt> statuses = new ArrayList<>(d.statuses());
            statuses.add(new StatusAt(e.changedOn(), e.to()));
            next = new DependencyDoc(d.id(), d.name(), d.vendor(), d.category(), d.annualCost(), d.contract(),
                    d.endOfLife(), d.registeredOn(), statuses, d.assessments(), d.plan());
        } else if (event instanceof DependencyAssessed e) {
            DependencyDoc d = Docs.read(current, DependencyDoc.class);
            List<ScoreAt> assessments = new ArrayList<>(d.assessments());
            assessments.add(new ScoreAt(e.assessedOn(), e.score(), e.sds(), e.sealLevel()));
            next = new DependencyDoc(d.id(), d.name(), d.vendor(), d.category(), d.annualCost(), d.contract(),
                    d.endOfLife(), d.registeredOn(), d.statuses(), assessments, d.plan());
        } else if (event instanceof MigrationStepPlanned e) {
            DependencyDoc d = Docs.read(current, DependencyDoc.class);
            Map<MigrationStatus, String> plan = new TreeMap<>(d.plan());
            plan.put(e.step(), e.targetQuarter());
            next = new DependencyDoc(d.id(), d.name(), d.vendor(), d.category(), d.annualCost(), d.contract(),
                    d.endOfLife(), d.registeredOn(), d.statuses(), d.assessments(), plan);
        } else if (event instanceof RiskRaised e) {
            next = risk(e.riskId(), e.details(), e.raisedOn(), null, RiskStatus.OPEN,
                    List.of(new RiskScoreAt(e.raisedOn(), e.details().likelihood(), e.details().impact())));
        } else if (event instanceof RiskUpdated e) {
            RiskDoc r = Docs.read(current, RiskDoc.class);
            List<RiskScoreAt> history = new ArrayList<>(r.history());
            history.add(new RiskScoreAt(e.updatedOn() == null ? today : e.updatedOn(), e.details().likelihood(),
                    e.details().impact()));
            next = risk(r.id(), e.details(), r.raisedOn(), r.closedOn(), r.status(), history);
        } else if (event instanceof RiskStatusChanged e) {
            RiskDoc r = Docs.read(current, RiskDoc.class);
            next = new RiskDoc(r.id(), r.title(), r.category(), r.likelihood(), r.impact(), r.raisedOn(),
                    e.to() == RiskStatus.CLOSED ? e.changedOn() : null, e.to(), r.owner(), r.mitigation(),
                    r.history());
        } else if (event instanceof OpportunityRecorded e) {
            next = opportunity(e.opportunityId(), e.details(), e.recordedOn(), OpportunityStatus.OPEN);
        } else if (event instanceof OpportunityUpdated e) {
            OpportunityDoc o = Docs.read(current, OpportunityDoc.class);
            next = opportunity(o.id(), e.details(), o.recordedOn(), o.status());
        } else if (event instanceof OpportunityStatusChanged e) {
            OpportunityDoc o = Docs.read(current, OpportunityDoc.class);
            next = new OpportunityDoc(o.id(), o.title(), o.category(), o.yearlySavings(), o.oneOffCost(),
                    o.recordedOn(), e.to());
        }
        if (next == null) {
            return Map.of();
        }
        if (keys.size() < 2) {
            return Map.of(key, next);
        }
        DocKey exposureKey = keys.get(1);
        ExposureDoc exposure = exposure(Docs.read(views.get(exposureKey), ExposureDoc.class), event, today);
        return exposure == null ? Map.of(key, next) : Map.of(key, next, exposureKey, exposure);
    }

    /** The next jurisdiction history: a new entry on registration, update and (un)retirement. */
    static ExposureDoc exposure(ExposureDoc before, DomainEvent event, LocalDate today) {
        List<ExposureAt> history = before == null ? new ArrayList<>() : new ArrayList<>(before.history());
        ExposureAt last = history.isEmpty() ? null : history.get(history.size() - 1);
        if (event instanceof DependencyRegistered e) {
            history.add(entry(today, e.details(), e.jurisdiction(), false));
            return new ExposureDoc(e.dependencyId(), history);
        } else if (event instanceof DependencyUpdated e) {
            history.add(entry(today, e.details(), e.jurisdiction(), last != null && last.retired()));
            return new ExposureDoc(e.dependencyId(), history);
        } else if (event instanceof MigrationStatusChanged e && last != null) {
            boolean retired = e.to() == MigrationStatus.RETIRED;
            if (retired == last.retired()) {
                return null;
            }
            history.add(new ExposureAt(e.changedOn(), last.name(), last.vendor(), last.group(), last.parentRecorded(),
                    last.country(), last.eu(), last.extraterritorialAccessLaw(), last.users(), last.annualCost(),
                    retired));
            return new ExposureDoc(e.dependencyId(), history);
        }
        return null;
    }

    private static ExposureAt entry(LocalDate date, DependencyDetails d, JurisdictionFlags flags, boolean retired) {
        boolean parent = d.parentCompany() != null;
        String country = flags != null ? flags.country() : d.effectiveCountry();
        // without flags (never the case for a checked registration) nothing is claimed: counted as EU
        boolean eu = flags == null || flags.eu();
        boolean access = flags != null && flags.extraterritorialAccessLaw();
        return new ExposureAt(date, d.name(), d.vendor(), parent ? d.parentCompany() : d.vendor(), parent, country,
                eu, access, d.users() == null ? 0 : d.users(), d.annualCost(), retired);
    }

    private static DependencyDoc dependency(DependencyDoc before, UUID id, DependencyDetails d, LocalDate today) {
        return new DependencyDoc(id, d.name(), d.vendor(), d.category(), d.annualCost(), d.contract(), d.endOfLife(),
                before == null ? today : before.registeredOn(),
                before == null ? List.of(new StatusAt(today, MigrationStatus.IDENTIFIED)) : before.statuses(),
                before == null ? List.of() : before.assessments(), before == null ? Map.of() : before.plan());
    }

    private static RiskDoc risk(UUID id, RiskDetails d, LocalDate raisedOn, LocalDate closedOn, RiskStatus status,
            List<RiskScoreAt> history) {
        return new RiskDoc(id, d.title(), d.category() == null ? null : d.category().name(), d.likelihood(),
                d.impact(), raisedOn, closedOn, status, d.owner(), d.mitigation(), history);
    }

    private static OpportunityDoc opportunity(UUID id, OpportunityDetails d, LocalDate recordedOn,
            OpportunityStatus status) {
        return new OpportunityDoc(id, d.title(), d.category() == null ? null : d.category().name(),
                d.yearlySavings(), d.oneOffCost(), recordedOn, status);
    }
}
