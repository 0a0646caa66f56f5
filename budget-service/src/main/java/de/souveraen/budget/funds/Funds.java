package de.souveraen.budget.funds;

import de.souveraen.budget.fiscalyear.LineState;
import de.souveraen.contracts.budget.OverPlan;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.eventstore.text.German;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a line can carry a new obligation: what it needs must not exceed what is available (adjusted −
 * committed − spent) — unless an over-plan approval (§ 83 GO NRW) is referenced, which then covers the shortfall.
 */
public final class Funds {
    /** 0.00 €: amounts are EUR with scale 2. */
    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Funds() {
    }

    /**
     * Null when {@code needed} fits into the line's available funds; otherwise the over-plan part covered by
     * {@code approvalReference}, or a 409 {@code insufficient-funds} naming {@code amount}, the line and what is
     * available when there is no approval.
     */
    public static OverPlan cover(LineState line, BigDecimal needed, String approvalReference) {
        BigDecimal available = line.available();
        if (needed.compareTo(available) <= 0) {
            return null;
        }
        if (approvalReference == null) {
            throw insufficient(line, needed);
        }
        return new OverPlan(approvalReference, needed.subtract(available.max(ZERO)));
    }

    /** 409: {@code needed} exceeds what the line has available. */
    public static Rejection insufficient(LineState line, BigDecimal needed) {
        BigDecimal available = line.available();
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("lineCode", line.code());
        extensions.put("available", available);
        extensions.put("requested", needed);
        return new Rejection(Kind.CONFLICT, "insufficient-funds", "amount",
                "Auf der Haushaltsposition " + line.code() + " sind nur " + German.money(available)
                        + " verfügbar, benötigt werden " + German.money(needed) + ".",
                "Budget line " + line.code() + " has only " + english(available) + " available, "
                        + english(needed) + " are needed.",
                extensions);
    }

    /** {@code 15000.00 EUR}: how the English message shows an amount. */
    public static String english(BigDecimal amount) {
        return amount.setScale(2).toPlainString() + " EUR";
    }
}
