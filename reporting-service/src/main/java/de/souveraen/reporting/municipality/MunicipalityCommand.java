package de.souveraen.reporting.municipality;

import java.math.BigDecimal;

/** What the provider asks of a municipality's registry entry. */
public sealed interface MunicipalityCommand {

    /** Registers a new municipality under {@code key}. */
    record Register(String key, String name, String councilName, BigDecimal defaultAnnualBudget, String roadmapFirst,
            String roadmapLast) implements MunicipalityCommand {
    }

    /** Replaces a registered municipality's data (its key stays). */
    record Change(String key, String name, String councilName, BigDecimal defaultAnnualBudget, String roadmapFirst,
            String roadmapLast) implements MunicipalityCommand {
    }

    /** Replaces a registered municipality's coat of arms: PNG or SVG bytes, checked by {@link CoatOfArms}. */
    record ChangeCoatOfArms(String key, String mediaType, byte[] content) implements MunicipalityCommand {
    }
}
