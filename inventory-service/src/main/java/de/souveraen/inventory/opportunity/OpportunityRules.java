package de.souveraen.inventory.opportunity;

import static de.souveraen.contracts.inventory.OpportunityStatus.DROPPED;
import static de.souveraen.contracts.inventory.OpportunityStatus.OPEN;
import static de.souveraen.contracts.inventory.OpportunityStatus.PURSUING;
import static de.souveraen.contracts.inventory.OpportunityStatus.REALISED;

import de.souveraen.contracts.inventory.OpportunityDetails;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.eventstore.domain.Violations;
import de.souveraen.eventstore.domain.Violations.Sign;
import de.souveraen.inventory.tracked.TrackedRules;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Details: title and category required; yearly savings and one-off cost optional, but when given more than 0 with
 * at most two decimals. Status: OPEN ⇄ PURSUING, both → REALISED or DROPPED; DROPPED can be reopened; REALISED is
 * final; dropping needs a reason ({@code note}). A dropped opportunity is not updated (reopen it first). The rules
 * every tracked item shares: {@link TrackedRules}.
 */
public final class OpportunityRules {
    public static final int MAX_TITLE = TrackedRules.MAX_TITLE;
    public static final int MAX_TEXT = TrackedRules.MAX_TEXT;

    private static final Map<OpportunityStatus, Set<OpportunityStatus>> ALLOWED = new EnumMap<>(OpportunityStatus.class);

    static {
        ALLOWED.put(OPEN, EnumSet.of(PURSUING, REALISED, DROPPED));
        ALLOWED.put(PURSUING, EnumSet.of(OPEN, REALISED, DROPPED));
        ALLOWED.put(REALISED, EnumSet.noneOf(OpportunityStatus.class));
        ALLOWED.put(DROPPED, EnumSet.of(OPEN));
    }

    private OpportunityRules() {
    }

    public static OpportunityDetails normalise(OpportunityDetails details) {
        TrackedRules.present(OpportunityDecider.WORDING, details);
        Violations v = Violations.collecting();
        String title = v.text("title", "Der Titel", details.title(), MAX_TITLE);
        String description = v.optionalText("description", "Die Beschreibung", details.description(), MAX_TEXT);
        v.present("category", "Die Kategorie", details.category());
        BigDecimal savings = v.optionalAmount("yearlySavings", "Die jährliche Einsparung", details.yearlySavings(),
                Sign.POSITIVE);
        BigDecimal cost = v.optionalAmount("oneOffCost", "Die einmaligen Kosten", details.oneOffCost(), Sign.POSITIVE);
        String owner = v.optionalText("owner", "Die verantwortliche Stelle", details.owner(), MAX_TITLE);
        List<UUID> ids = TrackedRules.dependencyIds(v, details.dependencyIds());
        v.throwFirst();
        return new OpportunityDetails(title, description, details.category(), savings, cost, owner, ids);
    }

    public static boolean allowed(OpportunityStatus from, OpportunityStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** Checks a status change; returns the stripped note. */
    public static String checkStatus(OpportunityStatus from, OpportunityStatus to, String note) {
        return TrackedRules.checkStatus(OpportunityDecider.WORDING, from, to, allowed(from, to), DROPPED,
                "Wer eine Chance verwirft, muss das begründen.", "Dropping an opportunity needs a reason.", note);
    }
}
