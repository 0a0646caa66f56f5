package de.souveraen.inventory.tracked;

import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Violations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rules every tracked item shares: a title of at most {@value #MAX_TITLE} characters, longer texts of at most
 * {@value #MAX_TEXT}; linked dependency ids present and deduplicated; a status change names a new status the
 * item's transitions allow, its note is optional except for the one status that needs a reason.
 */
public final class TrackedRules {
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;

    private TrackedRules() {
    }

    /** The details must be given at all (422 {@code required} on {@code details}). */
    public static <D> D present(Wording wording, D details) {
        return Check.present("details", wording.detailsDe(), details);
    }

    /** The linked dependency ids, each present ({@code dependencyIds[2]}), duplicates dropped, order kept. */
    public static List<UUID> dependencyIds(Violations v, List<UUID> given) {
        List<UUID> ids = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            UUID id = v.present("dependencyIds[" + i + "]", "Die Kennung der Abhängigkeit", given.get(i));
            if (id != null && seen.add(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Checks a change from {@code from} to {@code to} which the item's transitions {@code allowed}; moving to
     * {@code needsReason} needs a note ({@code reasonDe}/{@code reasonEn} say why). Returns the stripped note.
     */
    public static <T extends Enum<T>> String checkStatus(Wording wording, T from, T to, boolean allowed,
            T needsReason, String reasonDe, String reasonEn, String note) {
        if (to == null) {
            throw Rejection.invalid("required", "status", "Der neue Status fehlt.", "status is required.");
        }
        if (!allowed) {
            throw new Rejection(Rejection.Kind.CONFLICT, "invalid-transition", "status",
                    wording.aDe() + " im Status " + from + " kann nicht in den Status " + to + " wechseln.",
                    wording.anEn() + " in status " + from + " cannot move to " + to + ".",
                    Map.of("from", from.name(), "to", to.name()));
        }
        String text = Check.optionalText("note", "Die Begründung", note, MAX_TEXT);
        if (to == needsReason && text == null) {
            throw Rejection.invalid("justification-required", "note", reasonDe, reasonEn);
        }
        return text;
    }
}
