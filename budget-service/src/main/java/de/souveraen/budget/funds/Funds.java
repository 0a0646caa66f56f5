package de.souveraen.budget.funds;

import de.souveraen.budget.fiscalyear.LineState;
import de.souveraen.budget.shared.Money;
import de.souveraen.contracts.budget.OverPlan;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a line can carry a new obligation: what it needs must not exceed what is available (adjusted −
 * committed − spent) — unless an over-plan approval (§ 83 GO NRW) is referenced, which then covers the shortfall.
 */
public final class Funds {
    private Funds() {
    }

    /**
     * Null when {@code needed} fits into the line's available funds; otherwise the over-plan part covered by
     * {@code approvalReference}, or a 409 {@code insufficient-funds} naming {@code amount}, the line and what is
     * available when there is no approval.
     */
    public static OverPlan cover(LineState line, BigDecimal needed, String approvalReference) {
        BigDecimal available = line.available();
        if (!Money.exceeds(needed, available)) {
            return null;
        }
        if (approvalReference == null) {
            throw insufficient(line, needed);
        }
        return new OverPlan(approvalReference, needed.subtract(Money.max(available, Money.ZERO)));
    }

    /** 409: {@code needed} exceeds what the line has available. */
    public static Rejection insufficient(LineState line, BigDecimal needed) {
        BigDecimal available = line.available();
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("lineCode", line.code());
        extensions.put("available", available);
        extensions.put("requested", needed);
        return new Rejection(Kind.CONFLICT, "insufficient-funds", "amount",
                "Auf der Haushaltsposition " + line.code() + " sind nur " + Money.german(available)
                        + " verfügbar, benötigt werden " + Money.german(needed) + ".",
                "Budget line " + line.code() + " has only " + Money.english(available) + " available, "
                        + Money.english(needed) + " are needed.",
                extensions);
    }
}
