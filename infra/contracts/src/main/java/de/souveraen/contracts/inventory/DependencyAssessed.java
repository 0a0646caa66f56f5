package de.souveraen.contracts.inventory;

import de.souveraen.contracts.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * A sovereignty assessment after the EU Cloud Sovereignty Framework: SEAL level 0..4 per objective, the weighted
 * score 0..100 (scale 2), the overall SEAL level (the lowest objective), the SDS label 1 (most sovereign) .. 5
 * (most critical), the rationale and the exit capability. Every assessment is kept, so reports can show the trend.
 */
@EventType("inventory.DependencyAssessed.v1")
public record DependencyAssessed(UUID dependencyId, UUID assessmentId, LocalDate assessedOn,
        Map<SovereigntyObjective, Integer> scores, String rationale, ExitCapability exit, BigDecimal score,
        int sealLevel, int sds) implements DependencyEvent {

    public DependencyAssessed {
        // SOV1..SOV8 in their order, whatever map the caller or the JSON reader built
        EnumMap<SovereigntyObjective, Integer> ordered = new EnumMap<>(SovereigntyObjective.class);
        if (scores != null) {
            ordered.putAll(scores);
        }
        scores = Collections.unmodifiableMap(ordered);
    }
}
