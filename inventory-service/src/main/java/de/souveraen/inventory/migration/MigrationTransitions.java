package de.souveraen.inventory.migration;

import static de.souveraen.contracts.inventory.MigrationStatus.ALTERNATIVE_SELECTED;
import static de.souveraen.contracts.inventory.MigrationStatus.ASSESSED;
import static de.souveraen.contracts.inventory.MigrationStatus.IDENTIFIED;
import static de.souveraen.contracts.inventory.MigrationStatus.KEPT;
import static de.souveraen.contracts.inventory.MigrationStatus.MIGRATED;
import static de.souveraen.contracts.inventory.MigrationStatus.MIGRATING;
import static de.souveraen.contracts.inventory.MigrationStatus.PILOT;
import static de.souveraen.contracts.inventory.MigrationStatus.RETIRED;

import de.souveraen.contracts.inventory.MigrationStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The allowed moves of the migration status, and nothing else:
 *
 * <pre>
 * IDENTIFIED → ASSESSED → ALTERNATIVE_SELECTED → PILOT → MIGRATING → MIGRATED → RETIRED
 *      └──────────┴──────────────┴───────────────┴──────────┴──→ KEPT (with a justification)
 *                                                          KEPT → ASSESSED (reconsidered)
 * </pre>
 *
 * One step forward at a time (no skipping, no going back). KEPT ("we keep it, for now") is possible from every
 * state before MIGRATED; once migrated, the way leads only to RETIRED. A kept dependency can be taken up again,
 * which restarts at ASSESSED (e.g. before its contract renews, or after a failed pilot that ended in KEPT).
 * RETIRED is final.
 */
public final class MigrationTransitions {
    /** The main path, in order. */
    public static final List<MigrationStatus> PATH = List.of(IDENTIFIED, ASSESSED, ALTERNATIVE_SELECTED, PILOT,
            MIGRATING, MIGRATED, RETIRED);

    private static final Map<MigrationStatus, Set<MigrationStatus>> ALLOWED = new EnumMap<>(MigrationStatus.class);

    static {
        ALLOWED.put(IDENTIFIED, EnumSet.of(ASSESSED, KEPT));
        ALLOWED.put(ASSESSED, EnumSet.of(ALTERNATIVE_SELECTED, KEPT));
        ALLOWED.put(ALTERNATIVE_SELECTED, EnumSet.of(PILOT, KEPT));
        ALLOWED.put(PILOT, EnumSet.of(MIGRATING, KEPT));
        ALLOWED.put(MIGRATING, EnumSet.of(MIGRATED, KEPT));
        ALLOWED.put(MIGRATED, EnumSet.of(RETIRED));
        ALLOWED.put(RETIRED, EnumSet.noneOf(MigrationStatus.class));
        ALLOWED.put(KEPT, EnumSet.of(ASSESSED));
    }

    private MigrationTransitions() {
    }

    public static boolean allowed(MigrationStatus from, MigrationStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** The states reachable in one move from {@code from}. */
    public static Set<MigrationStatus> next(MigrationStatus from) {
        return EnumSet.copyOf(ALLOWED.get(from)); // EnumSet.copyOf of an (empty) EnumSet is fine
    }

    /** Position on the main path; -1 for KEPT. */
    public static int position(MigrationStatus status) {
        return PATH.indexOf(status);
    }
}
