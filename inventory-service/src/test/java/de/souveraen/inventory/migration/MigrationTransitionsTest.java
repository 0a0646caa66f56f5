package de.souveraen.inventory.migration;

import static de.souveraen.contracts.inventory.MigrationStatus.ALTERNATIVE_SELECTED;
import static de.souveraen.contracts.inventory.MigrationStatus.ASSESSED;
import static de.souveraen.contracts.inventory.MigrationStatus.IDENTIFIED;
import static de.souveraen.contracts.inventory.MigrationStatus.KEPT;
import static de.souveraen.contracts.inventory.MigrationStatus.MIGRATED;
import static de.souveraen.contracts.inventory.MigrationStatus.MIGRATING;
import static de.souveraen.contracts.inventory.MigrationStatus.PILOT;
import static de.souveraen.contracts.inventory.MigrationStatus.RETIRED;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.MigrationStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MigrationTransitionsTest {
    /** The documented table, written out once more: a change to the code must be a change to this test. */
    private static final Map<MigrationStatus, Set<MigrationStatus>> EXPECTED = Map.of(
            IDENTIFIED, EnumSet.of(ASSESSED, KEPT),
            ASSESSED, EnumSet.of(ALTERNATIVE_SELECTED, KEPT),
            ALTERNATIVE_SELECTED, EnumSet.of(PILOT, KEPT),
            PILOT, EnumSet.of(MIGRATING, KEPT),
            MIGRATING, EnumSet.of(MIGRATED, KEPT),
            MIGRATED, EnumSet.of(RETIRED),
            RETIRED, EnumSet.noneOf(MigrationStatus.class),
            KEPT, EnumSet.of(ASSESSED));

    @Test
    void exactly_the_documented_moves_are_allowed() {
        for (MigrationStatus from : MigrationStatus.values()) {
            for (MigrationStatus to : MigrationStatus.values()) {
                assertThat(MigrationTransitions.allowed(from, to)).as("%s → %s", from, to)
                        .isEqualTo(EXPECTED.get(from).contains(to));
            }
            assertThat(MigrationTransitions.next(from)).isEqualTo(EXPECTED.get(from));
        }
    }

    @Test
    void kept_is_reachable_from_every_state_before_migrated_and_from_none_after() {
        for (MigrationStatus from : MigrationTransitions.PATH) {
            boolean beforeMigrated = MigrationTransitions.position(from) < MigrationTransitions.position(MIGRATED);
            assertThat(MigrationTransitions.allowed(from, KEPT)).as(from.name()).isEqualTo(beforeMigrated);
        }
    }
}
