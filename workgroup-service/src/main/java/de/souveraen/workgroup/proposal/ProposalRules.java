package de.souveraen.workgroup.proposal;

import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Texts of a proposal and its links to inventory dependencies (ids only; whether they exist is the caller's check). */
final class ProposalRules {
    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 20_000;
    static final int MAX_REFERENCE = 50;
    static final int MAX_SUBMITTER = 200;
    static final int MAX_REASON = 1000;
    static final int MAX_DEPENDENCIES = 200;

    private ProposalRules() {
    }

    static String title(String title) {
        return Check.text("title", "Der Titel der Vorlage", title, MAX_TITLE);
    }

    static String text(String text) {
        return Check.text("text", "Der Text der Vorlage", text, MAX_TEXT);
    }

    /** Without duplicates, in the order given; null counts as none. */
    static List<UUID> dependencyIds(List<UUID> ids) {
        if (ids == null) {
            return List.of();
        }
        Set<UUID> distinct = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            distinct.add(Check.present("dependencyIds[" + i + "]", "Die Kennung der Abhängigkeit", ids.get(i)));
        }
        if (distinct.size() > MAX_DEPENDENCIES) {
            throw Rejection.invalid("too-many", "dependencyIds",
                    "Höchstens " + MAX_DEPENDENCIES + " verknüpfte Abhängigkeiten sind erlaubt.",
                    "dependencyIds may have at most " + MAX_DEPENDENCIES + " entries.");
        }
        return new ArrayList<>(distinct);
    }
}
