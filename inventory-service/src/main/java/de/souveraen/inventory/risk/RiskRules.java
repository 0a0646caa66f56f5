package de.souveraen.inventory.risk;

import de.souveraen.contracts.inventory.RiskDetails;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Violations;
import de.souveraen.inventory.tracked.TrackedRules;
import java.util.List;
import java.util.UUID;

/**
 * Details: title, category, likelihood and impact (1..5) and an owner are required; linked dependency ids are
 * deduplicated. Status: any change to another status, except that a CLOSED risk can only be reopened (OPEN);
 * accepting a risk needs a justification ({@code note}); MITIGATING needs a mitigation in the details. The rules
 * every tracked item shares: {@link TrackedRules}.
 */
public final class RiskRules {
    public static final int MAX_TITLE = TrackedRules.MAX_TITLE;
    public static final int MAX_TEXT = TrackedRules.MAX_TEXT;

    private RiskRules() {
    }

    public static RiskDetails normalise(RiskDetails details) {
        TrackedRules.present(RiskDecider.WORDING, details);
        Violations v = Violations.collecting();
        String title = v.text("title", "Der Titel", details.title(), MAX_TITLE);
        String description = v.optionalText("description", "Die Beschreibung", details.description(), MAX_TEXT);
        v.present("category", "Die Risikokategorie", details.category());
        Integer likelihood = v.range("likelihood", "Die Eintrittswahrscheinlichkeit", details.likelihood(), 1, 5);
        Integer impact = v.range("impact", "Die Auswirkung", details.impact(), 1, 5);
        String owner = v.text("owner", "Die verantwortliche Stelle", details.owner(), MAX_TITLE);
        String mitigation = v.optionalText("mitigation", "Die Maßnahme", details.mitigation(), MAX_TEXT);
        List<UUID> ids = TrackedRules.dependencyIds(v, details.dependencyIds());
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
        String text = TrackedRules.checkStatus(RiskDecider.WORDING, state.status(), to, allowed(state.status(), to),
                RiskStatus.ACCEPTED, "Wer ein Risiko akzeptiert, muss das begründen.",
                "Accepting a risk needs a justification.", note);
        if (to == RiskStatus.MITIGATING && state.details().mitigation() == null) {
            throw Rejection.conflict("mitigation-required", "mitigation",
                    "Für „In Behandlung“ muss zuerst eine Maßnahme erfasst sein.",
                    "MITIGATING needs a recorded mitigation first.");
        }
        return text;
    }
}
