package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The economics of an alternative were estimated (the motion's "wirtschaftlich tragfähig"); a later costing
 * replaces the earlier one. Money in EUR with scale 2: {@code migrationCost} one-off, {@code annualCost} per year
 * of running the alternative, {@code trainingCost} the training effort in money ({@code trainingDays}, person-days,
 * may be null and is not priced). {@code years} is the concept's horizon (the roadmap window in whole years),
 * {@code currentAnnualCost} the dependency's yearly cost the alternative is compared with, and
 * {@code savings} = currentAnnualCost × years − (migrationCost + annualCost × years + trainingCost): viable when
 * not negative.
 */
@EventType("inventory.AlternativeCosted.v1")
public record AlternativeCosted(UUID dependencyId, UUID alternativeId, BigDecimal migrationCost,
        BigDecimal annualCost, BigDecimal trainingDays, BigDecimal trainingCost, int years,
        BigDecimal currentAnnualCost, BigDecimal savings, String note, LocalDate costedOn) implements DependencyEvent {

    /** Viable ("wirtschaftlich tragfähig") when the alternative costs no more over the concept's years. */
    public boolean viable() {
        return savings.signum() >= 0;
    }
}
