package de.souveraen.inventory.migration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The window of the migration roadmap ({@code souveraen.roadmap.*}), e.g. {@code SOUVERAEN_ROADMAP_LAST=2029-Q4}. */
@ConfigMapping(prefix = "souveraen.roadmap")
public interface RoadmapConfig {
    /** The first quarter steps may be planned for. */
    @WithDefault("2026-Q1")
    String first();

    /** The last quarter steps may be planned for. */
    @WithDefault("2028-Q4")
    String last();

    default RoadmapWindow window() {
        return RoadmapWindow.of(first(), last());
    }
}
