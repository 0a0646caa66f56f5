package de.souveraen.inventory.dependency;

import de.souveraen.contracts.inventory.AlternativeCosted;
import de.souveraen.contracts.inventory.AlternativeEvaluated;
import de.souveraen.contracts.inventory.AlternativeProposed;
import de.souveraen.contracts.inventory.DependencyAssessed;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.DependencyRelated;
import de.souveraen.contracts.inventory.DependencyRelationRemoved;
import de.souveraen.contracts.inventory.DependencyUpdated;
import de.souveraen.contracts.inventory.EvaluationState;
import de.souveraen.contracts.inventory.DependencyEvent;
import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.MigrationStatusChanged;
import de.souveraen.contracts.inventory.MigrationStepPlanned;
import de.souveraen.contracts.inventory.RelationType;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.inventory.alternative.Alternative;
import de.souveraen.inventory.alternative.AlternativeCatalogue;
import de.souveraen.inventory.alternative.CatalogueEntry;
import de.souveraen.inventory.alternative.EvaluationTransitions;
import de.souveraen.inventory.assessment.AssessmentRules;
import de.souveraen.inventory.dependency.DependencyCommand.AssessDependency;
import de.souveraen.inventory.dependency.DependencyCommand.ChangeMigrationStatus;
import de.souveraen.inventory.dependency.DependencyCommand.CostAlternative;
import de.souveraen.inventory.dependency.DependencyCommand.EvaluateAlternative;
import de.souveraen.inventory.dependency.DependencyCommand.PlanMigrationStep;
import de.souveraen.inventory.dependency.DependencyCommand.ProposeAlternative;
import de.souveraen.inventory.dependency.DependencyCommand.RegisterDependency;
import de.souveraen.inventory.dependency.DependencyCommand.RelateDependency;
import de.souveraen.inventory.dependency.DependencyCommand.RemoveRelation;
import de.souveraen.inventory.dependency.DependencyCommand.UpdateDependency;
import de.souveraen.inventory.jurisdiction.CountryTable;
import de.souveraen.inventory.migration.MigrationPlanRules;
import de.souveraen.inventory.migration.MigrationTransitions;
import de.souveraen.inventory.migration.Quarter;
import de.souveraen.eventstore.domain.Violations;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The dependency aggregate: register and details, relations, assessments, alternatives and the migration. One
 * stream per dependency, because every rule here concerns one dependency alone (a transition needs its own
 * assessments and alternatives); rules across dependencies (a relation's target exists, name + vendor unique
 * for the CSV import) are checked by the caller against the read model.
 *
 * <p>Pure: the country table and the catalogue are immutable values handed in once.
 */
public final class DependencyDecider implements Decider<DependencyCommand, DependencyState, DependencyEvent> {
    public static final String STREAM_TYPE = "dependency";
    public static final int MAX_NOTE = 2000;
    public static final int MAX_TRAINING_DAYS = 100_000;
    /** The decider with the shipped country table and catalogue of alternatives. */
    public static final DependencyDecider SHIPPED = new DependencyDecider(CountryTable.shipped(),
            AlternativeCatalogue.shipped());
    public static final Aggregate<DependencyCommand, DependencyState, DependencyEvent> AGGREGATE = new Aggregate<>(
            STREAM_TYPE, SHIPPED, DependencyEvent.class);

    private final CountryTable countries;
    private final AlternativeCatalogue catalogue;

    public DependencyDecider(CountryTable countries, AlternativeCatalogue catalogue) {
        this.countries = Objects.requireNonNull(countries);
        this.catalogue = Objects.requireNonNull(catalogue);
    }

    public CountryTable countries() {
        return countries;
    }

    public AlternativeCatalogue catalogue() {
        return catalogue;
    }

    @Override
    public DependencyState initialState() {
        return DependencyState.NONE;
    }

    @Override
    public List<DependencyEvent> decide(DependencyCommand command, DependencyState state) {
        if (command.dependencyId() == null) {
            throw new Rejection(Rejection.Kind.BAD_REQUEST, "required", "dependencyId",
                    "Die Kennung der Abhängigkeit fehlt.", "dependencyId is required.", Map.of());
        }
        if (command instanceof RegisterDependency c) {
            return register(c, state);
        }
        DependencyState current = existing(state);
        if (command instanceof UpdateDependency c) {
            return update(c, current);
        } else if (command instanceof RelateDependency c) {
            return relate(c, current);
        } else if (command instanceof RemoveRelation c) {
            return removeRelation(c, current);
        } else if (command instanceof AssessDependency c) {
            return assess(c, active(current));
        } else if (command instanceof ProposeAlternative c) {
            return propose(c, active(current));
        } else if (command instanceof EvaluateAlternative c) {
            return evaluate(c, active(current));
        } else if (command instanceof PlanMigrationStep c) {
            return plan(c, active(current));
        } else if (command instanceof CostAlternative c) {
            return cost(c, active(current));
        } else if (command instanceof ChangeMigrationStatus c) {
            return changeStatus(c, current);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private List<DependencyEvent> register(RegisterDependency c, DependencyState state) {
        if (state.exists()) {
            throw Rejection.conflict("already-registered", "dependencyId",
                    "Diese Abhängigkeit ist bereits erfasst.", "This dependency is already registered.");
        }
        DetailsRules.Checked checked = DetailsRules.require(c.details(), countries);
        return List.of(new DependencyRegistered(c.dependencyId(), checked.details(), checked.jurisdiction(),
                checked.vendorJurisdiction()));
    }

    private List<DependencyEvent> update(UpdateDependency c, DependencyState state) {
        DetailsRules.Checked checked = DetailsRules.require(c.details(), countries);
        List<String> changed = DetailsRules.changedFields(state.details(), checked.details());
        if (changed.isEmpty() && checked.jurisdiction().equals(state.jurisdiction())
                && checked.vendorJurisdiction().equals(state.vendorJurisdiction())) {
            return List.of();
        }
        return List.of(new DependencyUpdated(c.dependencyId(), checked.details(), checked.jurisdiction(),
                checked.vendorJurisdiction(), changed));
    }

    private List<DependencyEvent> relate(RelateDependency c, DependencyState state) {
        Relation relation = relation(c.dependencyId(), c.relation(), c.targetId());
        if (state.relations().contains(relation)) {
            return List.of();
        }
        return List.of(new DependencyRelated(c.dependencyId(), relation.type(), relation.targetId()));
    }

    private List<DependencyEvent> removeRelation(RemoveRelation c, DependencyState state) {
        Relation relation = relation(c.dependencyId(), c.relation(), c.targetId());
        if (!state.relations().contains(relation)) {
            return List.of();
        }
        return List.of(new DependencyRelationRemoved(c.dependencyId(), relation.type(), relation.targetId()));
    }

    private static Relation relation(UUID self, RelationType type, UUID target) {
        Violations v = Violations.collecting();
        v.present("relation", "Die Art der Beziehung", type);
        v.present("targetId", "Die Zielabhängigkeit", target);
        v.throwFirst();
        if (self.equals(target)) {
            throw Rejection.invalid("self-relation", "targetId",
                    "Eine Abhängigkeit kann nicht von sich selbst abhängen.", "A dependency cannot relate to itself.");
        }
        return new Relation(type, target);
    }

    private List<DependencyEvent> assess(AssessDependency c, DependencyState state) {
        if (c.assessmentId() != null && state.assessmentIds().contains(c.assessmentId())) {
            throw Rejection.conflict("assessment-exists", "assessmentId",
                    "Eine Bewertung mit dieser Kennung ist bereits erfasst.", "An assessment with this id exists.");
        }
        return List.of(AssessmentRules.assess(c.dependencyId(), c.assessmentId(), c.assessedOn(), c.scores(),
                c.rationale(), c.exit()));
    }

    private List<DependencyEvent> propose(ProposeAlternative c, DependencyState state) {
        Violations v = Violations.collecting();
        v.present("alternativeId", "Die Kennung der Alternative", c.alternativeId());
        v.throwFirst();
        if (state.alternatives().containsKey(c.alternativeId())) {
            throw Rejection.conflict("alternative-exists", "alternativeId",
                    "Eine Alternative mit dieser Kennung ist bereits erfasst.", "An alternative with this id exists.");
        }
        String catalogueId = c.catalogueId() == null || c.catalogueId().isBlank() ? null : c.catalogueId().strip();
        CatalogueEntry entry = null;
        if (catalogueId != null) {
            entry = catalogue.find(catalogueId).orElseThrow(() -> Rejection.invalid("unknown-catalogue-entry",
                    "catalogueId", "Der Katalog kennt keine Alternative „" + c.catalogueId() + "“.",
                    "The catalogue has no alternative '" + c.catalogueId() + "'."));
        }
        String name = entry == null ? v.text("name", "Der Name der Alternative", c.name(), DetailsRules.MAX_NAME)
                : v.optionalText("name", "Der Name der Alternative", c.name(), DetailsRules.MAX_NAME);
        String note = v.optionalText("note", "Die Bemerkung", c.note(), MAX_NOTE);
        v.throwFirst();
        String finalName = name != null ? name : entry.name();
        String key = finalName.toLowerCase(Locale.GERMAN);
        if (state.alternatives().values().stream().anyMatch(a -> a.name().toLowerCase(Locale.GERMAN).equals(key))) {
            throw Rejection.conflict("alternative-exists", "name",
                    "Die Alternative „" + finalName + "“ ist für diese Abhängigkeit bereits erfasst.",
                    "The alternative '" + finalName + "' is already recorded for this dependency.");
        }
        return List.of(new AlternativeProposed(c.dependencyId(), c.alternativeId(), finalName, catalogueId, note));
    }

    private List<DependencyEvent> evaluate(EvaluateAlternative c, DependencyState state) {
        Alternative alternative = c.alternativeId() == null ? null : state.alternatives().get(c.alternativeId());
        if (alternative == null) {
            throw Rejection.notFound("alternative-not-found", "Diese Alternative ist für die Abhängigkeit nicht erfasst.",
                    "No such alternative for this dependency.");
        }
        String reason = EvaluationTransitions.check(alternative.state(), c.state(), c.reason());
        Violations v = Violations.collecting();
        v.present("evaluatedOn", "Das Datum der Bewertung", c.evaluatedOn());
        v.throwFirst();
        return List.of(new AlternativeEvaluated(c.dependencyId(), alternative.id(), alternative.state(), c.state(),
                reason, c.evaluatedOn()));
    }

    private List<DependencyEvent> cost(CostAlternative c, DependencyState state) {
        Alternative alternative = c.alternativeId() == null ? null : state.alternatives().get(c.alternativeId());
        if (alternative == null) {
            throw Rejection.notFound("alternative-not-found", "Diese Alternative ist für die Abhängigkeit nicht erfasst.",
                    "No such alternative for this dependency.");
        }
        Violations v = Violations.collecting();
        BigDecimal migration = v.amount("migrationCost", "Die einmaligen Migrationskosten", c.migrationCost(),
                Violations.Sign.NOT_NEGATIVE);
        BigDecimal yearly = v.amount("annualCost", "Die jährlichen Kosten der Alternative", c.annualCost(),
                Violations.Sign.NOT_NEGATIVE);
        BigDecimal training = v.amount("trainingCost", "Die Schulungskosten", c.trainingCost(),
                Violations.Sign.NOT_NEGATIVE);
        BigDecimal days = trainingDays(v, c.trainingDays());
        String note = v.optionalText("note", "Die Bemerkung", c.note(), MAX_NOTE);
        v.present("costedOn", "Das Datum der Schätzung", c.costedOn());
        v.throwFirst();
        if (c.years() < 1) {
            throw new IllegalArgumentException("the concept's horizon has at least one year: " + c.years());
        }
        BigDecimal years = BigDecimal.valueOf(c.years());
        BigDecimal current = state.details().annualCost();
        BigDecimal savings = current.multiply(years)
                .subtract(migration.add(yearly.multiply(years)).add(training)).setScale(2);
        AlternativeCosted event = new AlternativeCosted(c.dependencyId(), alternative.id(), migration, yearly, days,
                training, c.years(), current, savings, note, c.costedOn());
        return event.equals(alternative.costing()) ? List.of() : List.of(event);
    }

    /** Person-days: not negative, at most {@value #MAX_TRAINING_DAYS}, whole or half days (one decimal). */
    private static BigDecimal trainingDays(Violations v, BigDecimal days) {
        if (days == null) {
            return null;
        }
        if (days.stripTrailingZeros().scale() > 1) {
            v.add(new de.souveraen.eventstore.domain.Violation(Rejection.Kind.BAD_REQUEST, "too-many-decimals",
                    "trainingDays", "Der Schulungsaufwand in Personentagen hat höchstens eine Nachkommastelle (0,5).",
                    "trainingDays has at most one decimal (0.5)."));
            return null;
        }
        if (days.signum() < 0 || days.compareTo(BigDecimal.valueOf(MAX_TRAINING_DAYS)) > 0) {
            v.add(new de.souveraen.eventstore.domain.Violation(Rejection.Kind.UNPROCESSABLE, "out-of-range",
                    "trainingDays", "Der Schulungsaufwand muss zwischen 0 und " + MAX_TRAINING_DAYS
                            + " Personentagen liegen.",
                    "trainingDays must lie between 0 and " + MAX_TRAINING_DAYS + "."));
            return null;
        }
        return days.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }

    private List<DependencyEvent> plan(PlanMigrationStep c, DependencyState state) {
        Quarter quarter = MigrationPlanRules.check(state.status(), state.plan(), c.step(), c.targetQuarter(),
                c.window());
        if (quarter.toString().equals(state.plan().get(c.step()))) {
            return List.of();
        }
        return List.of(new MigrationStepPlanned(c.dependencyId(), c.step(), quarter.toString()));
    }

    private List<DependencyEvent> changeStatus(ChangeMigrationStatus c, DependencyState state) {
        Violations v = Violations.collecting();
        MigrationStatus to = v.present("status", "Der neue Migrationsstatus", c.status());
        v.throwFirst();
        MigrationStatus from = state.status();
        if (!MigrationTransitions.allowed(from, to)) {
            throw new Rejection(Rejection.Kind.CONFLICT, "invalid-transition", "status",
                    "Der Migrationsstand kann nicht von „" + InventoryLabels.de(from) + "“ zu „"
                            + InventoryLabels.de(to) + "“ wechseln.",
                    "The migration status cannot change from " + from + " to " + to + ".",
                    Map.of("from", from.name(), "to", to.name(),
                            "allowed", MigrationTransitions.next(from).stream().map(Enum::name).toList()));
        }
        String note = v.optionalText("note", "Die Begründung", c.note(), MAX_NOTE);
        v.present("changedOn", "Das Datum der Änderung", c.changedOn());
        v.throwFirst();
        if (to == MigrationStatus.KEPT && note == null) {
            throw Rejection.invalid("justification-required", "note",
                    "Wer eine Abhängigkeit beibehält, muss das begründen.", "Keeping a dependency needs a justification.");
        }
        if (to == MigrationStatus.ASSESSED && state.assessmentIds().isEmpty()) {
            throw Rejection.conflict("assessment-required", "status",
                    "„Bewertet“ setzt mindestens eine Souveränitätsbewertung voraus.",
                    "ASSESSED needs at least one sovereignty assessment.");
        }
        if (to == MigrationStatus.ALTERNATIVE_SELECTED && !state.hasRecommendedAlternative()) {
            throw Rejection.conflict("recommended-alternative-required", "status",
                    "„Alternative ausgewählt“ setzt eine empfohlene Alternative voraus.",
                    "ALTERNATIVE_SELECTED needs a recommended alternative.");
        }
        return List.of(new MigrationStatusChanged(c.dependencyId(), from, to, note, c.changedOn()));
    }

    private static DependencyState existing(DependencyState state) {
        if (!state.exists()) {
            throw Rejection.notFound("dependency-not-found", "Diese Abhängigkeit ist nicht erfasst.",
                    "No such dependency.");
        }
        return state;
    }

    private static DependencyState active(DependencyState state) {
        if (state.status() == MigrationStatus.RETIRED) {
            throw Rejection.conflict("dependency-retired", "status",
                    "Die Abhängigkeit ist abgeschaltet; sie wird nicht mehr bewertet oder geplant.",
                    "The dependency is retired; it is no longer assessed or planned.");
        }
        return state;
    }

    @Override
    public DependencyState evolve(DependencyState state, DependencyEvent event) {
        if (event instanceof DependencyRegistered e) {
            return state.registered(e.dependencyId(), e.details(), e.jurisdiction(), e.vendorJurisdiction());
        } else if (event instanceof DependencyUpdated e) {
            return state.withDetails(e.details(), e.jurisdiction(), e.vendorJurisdiction());
        } else if (event instanceof DependencyRelated e) {
            return state.withRelation(new Relation(e.relation(), e.targetId()), true);
        } else if (event instanceof DependencyRelationRemoved e) {
            return state.withRelation(new Relation(e.relation(), e.targetId()), false);
        } else if (event instanceof DependencyAssessed e) {
            return state.withAssessment(e);
        } else if (event instanceof AlternativeProposed e) {
            return state.withAlternative(new Alternative(e.alternativeId(), e.name(), e.catalogueId(),
                    EvaluationState.CANDIDATE, null));
        } else if (event instanceof AlternativeEvaluated e) {
            return state.withAlternative(state.alternatives().get(e.alternativeId()).withState(e.to(), e.reason()));
        } else if (event instanceof AlternativeCosted e) {
            return state.withAlternative(state.alternatives().get(e.alternativeId()).withCosting(e));
        } else if (event instanceof MigrationStepPlanned e) {
            return state.withPlan(e.step(), e.targetQuarter());
        } else if (event instanceof MigrationStatusChanged e) {
            return state.withStatus(e.to());
        }
        throw new IllegalArgumentException("not an event of a dependency stream: " + event.getClass().getSimpleName());
    }
}
