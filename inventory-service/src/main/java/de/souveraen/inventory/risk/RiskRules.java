package de.souveraen.inventory.risk;

import de.souveraen.contracts.inventory.RiskDetails;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Violations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Details: title, category, likelihood and impact (1..5) and an owner are required; linked dependency ids are
 * deduplicated. Status: any change to another status, except that a CLOSED risk can only be reopened (OPEN);
 * accepting a risk needs a justification ({@code note}); MITIGATING needs a mitigation in the details.
 */
public final class RiskRules {
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;

    private RiskRules() {
    }

    public static RiskDetails normalise(RiskDetails details) {
        Violations v = Violations.collecting();
        if (details == null) {
            v.add(Violations.missing("details", "Die Angaben zum Risiko"));
            v.throwFirst();
        }
        String title = v.text("title", "Der Titel", details.title(), MAX_TITLE);
        String description = v.optionalText("description", "Die Beschreibung", details.description(), MAX_TEXT);
        v.present("category", "Die Risikokategorie", details.category());
        Integer likelihood = v.range("likelihood", "Die Eintrittswahrscheinlichkeit", details.likelihood(), 1, 5);
        Integer impact = v.range("impact", "Die Auswirkung", details.impact(), 1, 5);
        String owner = v.text("owner", "Die verantwortliche Stelle", details.owner(), MAX_TITLE);
        String mitigation = v.optionalText("mitigation", "Die Maßnahme", details.mitigation(), MAX_TEXT);
        List<UUID> ids = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        List<UUID> given = details.dependencyIds();
        for (int i = 0; i < given.size(); i++) {
            UUID id = v.present("dependencyIds[" + i + "]", "Die Kennung der Abhängigkeit", given.get(i));
            if (id != null && seen.add(id)) {
                ids.add(id);
            }
        }
        v.throwFirst();
        return new RiskDetails(title, description, details.category(), likelihood, impact, owner, mitigation, ids);
    }

    public static boolean allowed(RiskStatus from, RiskStatus to) {
        if (from == to) {
            return false;
        }
        return from != RiskStatus.CLOSED || to == RiskStatus.OPEN;
    }

    /** Checks a status change; returns the stripped note. */
    public static String checkStatus(RiskState state, RiskStatus to, String note) {
        if (to == null) {
            throw Rejection.invalid("required", "status", "Der neue Status fehlt.", "status is required.");
        }
        if (!allowed(state.status(), to)) {
            throw new Rejection(Rejection.Kind.CONFLICT, "invalid-transition", "status",
                    "Ein Risiko im Status " + state.status() + " kann nicht in den Status " + to + " wechseln.",
                    "A risk in status " + state.status() + " cannot move to " + to + ".",
                    Map.of("from", state.status().name(), "to", to.name()));
        }
        Violations v = Violations.collecting();
        String text = v.optionalText("note", "Die Begründung", note, MAX_TEXT);
        v.throwFirst();
        if (to == RiskStatus.ACCEPTED && text == null) {
            throw Rejection.invalid("justification-required", "note",
                    "Wer ein Risiko akzeptiert, muss das begründen.", "Accepting a risk needs a justification.");
        }
        if (to == RiskStatus.MITIGATING && state.details().mitigation() == null) {
            throw Rejection.conflict("mitigation-required", "mitigation",
                    "Für „In Behandlung“ muss zuerst eine Maßnahme erfasst sein.",
                    "MITIGATING needs a recorded mitigation first.");
        }
        return text;
    }
}
