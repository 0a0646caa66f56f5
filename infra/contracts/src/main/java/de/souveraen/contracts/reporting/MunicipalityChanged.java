package de.souveraen.contracts.reporting;

import de.souveraen.contracts.EventType;
import java.math.BigDecimal;

/** A registered municipality's data were replaced (the fields as in {@link MunicipalityRegistered}). */
@EventType("reporting.MunicipalityChanged.v1")
public record MunicipalityChanged(String key, String name, String councilName, BigDecimal defaultAnnualBudget,
        String roadmapFirst, String roadmapLast) implements MunicipalityEvent {
}
