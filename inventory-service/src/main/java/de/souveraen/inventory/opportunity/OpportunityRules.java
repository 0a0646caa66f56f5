package de.souveraen.inventory.opportunity;

import static de.souveraen.contracts.inventory.OpportunityStatus.DROPPED;
import static de.souveraen.contracts.inventory.OpportunityStatus.OPEN;
import static de.souveraen.contracts.inventory.OpportunityStatus.PURSUING;
import static de.souveraen.contracts.inventory.OpportunityStatus.REALISED;

import de.souveraen.contracts.inventory.OpportunityDetails;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Violations;
import de.souveraen.eventstore.domain.Violations.Sign;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Details: title and category required; yearly savings and one-off cost optional, but when given more than 0 with
 * at most two decimals. Status: OPEN ⇄ PURSUING, both → REALISED or DROPPED; DROPPED can be reopened; REALISED is
 * final; dropping needs a reason ({@code note}). A dropped opportunity is not updated (reopen it first).
 */
public final class OpportunityRules {
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;

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
        Violations v = Violations.collecting();
        if (details == null) {
            v.add(Violations.missing("details", "Die Angaben zur Chance"));
            v.throwFirst();
        }
        String title = v.text("title", "Der Titel", details.title(), MAX_TITLE);
        String description = v.optionalText("description", "Die Beschreibung", details.description(), MAX_TEXT);
        v.present("category", "Die Kategorie", details.category());
        BigDecimal savings = v.optionalAmount("yearlySavings", "Die jährliche Einsparung", details.yearlySavings(),
                Sign.POSITIVE);
        BigDecimal cost = v.optionalAmount("oneOffCost", "Die einmaligen Kosten", details.oneOffCost(), Sign.POSITIVE);
        String owner = v.optionalText("owner", "Die verantwortliche Stelle", details.owner(), MAX_TITLE);
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
        return new OpportunityDetails(title, description, details.category(), savings, cost, owner, ids);
    }

    public static boolean allowed(OpportunityStatus from, OpportunityStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    public static String checkStatus(OpportunityStatus from, OpportunityStatus to, String note) {
        if (to == null) {
            throw Rejection.invalid("required", "status", "Der neue Status fehlt.", "status is required.");
        }
        if (!allowed(from, to)) {
            throw new Rejection(Rejection.Kind.CONFLICT, "invalid-transition", "status",
                    "Eine Chance im Status " + from + " kann nicht in den Status " + to + " wechseln.",
                    "An opportunity in status " + from + " cannot move to " + to + ".",
                    Map.of("from", from.name(), "to", to.name()));
        }
        Violations v = Violations.collecting();
        String text = v.optionalText("note", "Die Begründung", note, MAX_TEXT);
        v.throwFirst();
        if (to == DROPPED && text == null) {
            throw Rejection.invalid("justification-required", "note", "Wer eine Chance verwirft, muss das begründen.",
                    "Dropping an opportunity needs a reason.");
        }
        return text;
    }
}
