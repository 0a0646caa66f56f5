package de.souveraen.contracts;

/**
 * Marker for the payload records of all published events. Each context declares a sealed interface
 * extending this one (for example {@code BudgetEvent}) whose permitted records carry {@link EventType}.
 */
public interface DomainEvent {
}
