package de.souveraen.contracts;

import java.util.List;

/**
 * All contexts of the published language. Each context adds its sealed event interface to
 * {@link #CONTEXTS} (and its upcasters to {@link #UPCASTERS}) when it starts publishing; the services,
 * the reporting consumers and the contract-sample test all read these same lists.
 */
public final class PublishedLanguage {
    /** Sealed event interfaces, one per context (inventory, budget, workgroup, reporting). */
    public static final List<Class<? extends DomainEvent>> CONTEXTS = List.of(
            de.souveraen.contracts.inventory.InventoryEvent.class,
            de.souveraen.contracts.budget.BudgetEvent.class,
            de.souveraen.contracts.workgroup.WorkgroupEvent.class,
            de.souveraen.contracts.reporting.ReportingEvent.class);

    /** Upcasters from retired event versions to their successors. */
    public static final List<Upcaster> UPCASTERS = List.of(
            new de.souveraen.contracts.workgroup.VoteRecordedV1ToV2(),
            new de.souveraen.contracts.budget.BudgetLineFrozenV1ToV2(),
            new de.souveraen.contracts.inventory.DependencyRegisteredV1ToV2(),
            new de.souveraen.contracts.inventory.DependencyUpdatedV1ToV2());

    private PublishedLanguage() {
    }

    /** One registry over every context: what the reporting service reads and the contract test checks. */
    public static EventTypeRegistry registry() {
        EventTypeRegistry.Builder builder = EventTypeRegistry.builder();
        CONTEXTS.forEach(builder::registerSealed);
        UPCASTERS.forEach(builder::upcaster);
        return builder.build();
    }

    /** The registry of a single context, what its own service's store uses. */
    public static EventTypeRegistry registry(Class<? extends DomainEvent> context) {
        EventTypeRegistry.Builder builder = EventTypeRegistry.builder().registerSealed(context);
        UPCASTERS.forEach(builder::upcaster);
        return builder.build();
    }
}
