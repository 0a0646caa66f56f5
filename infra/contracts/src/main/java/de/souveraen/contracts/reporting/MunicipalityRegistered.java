package de.souveraen.contracts.reporting;

import de.souveraen.contracts.EventType;
import java.math.BigDecimal;

/**
 * A municipality was registered by the installation's provider: its {@code key} (a slug or the Amtlicher
 * Gemeindeschlüssel, the tenant key of its events), its {@code name} ("Gemeinde Nettersheim") and the name of its
 * council ("Rat der Gemeinde Nettersheim"), the default annual budget of a fiscal year (EUR, may be null) and the
 * roadmap window, its first and last quarter ({@code 2026-Q1}; both may be null).
 */
@EventType("reporting.MunicipalityRegistered.v1")
public record MunicipalityRegistered(String key, String name, String councilName, BigDecimal defaultAnnualBudget,
        String roadmapFirst, String roadmapLast) implements MunicipalityEvent {
}
