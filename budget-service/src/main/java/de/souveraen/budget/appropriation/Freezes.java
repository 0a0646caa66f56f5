package de.souveraen.budget.appropriation;

import de.souveraen.budget.fiscalyear.BudgetCommand.FreezeLine;
import de.souveraen.budget.fiscalyear.BudgetCommand.ReleaseLine;
import de.souveraen.budget.fiscalyear.BudgetRules;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.budget.fiscalyear.LineState;
import de.souveraen.contracts.budget.BudgetLineFrozen;
import de.souveraen.contracts.budget.BudgetLineReleased;
import de.souveraen.contracts.budget.FreezeAuthority;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import java.util.List;

/**
 * The freeze of a single line and its release: the treasurer's haushaltswirtschaftliche Sperre (§ 25 KomHVO NRW,
 * the council is informed) or the council's freeze (§ 81 GO NRW). A freeze changes no amount;
 * it stops new commitments and expenses that are not covered by an existing commitment.
 */
public final class Freezes {
    private Freezes() {
    }

    public static List<FiscalYearEvent> freeze(FreezeLine c, BudgetState state) {
        LineState line = BudgetRules.lineToChange(state, c.lineCode());
        FreezeAuthority authority = Check.present("authority", "Wer die Sperre verfügt", c.authority());
        String reference = Check.text("reference", "Die Fundstelle der Sperre", c.reference(), 100);
        String reason = Check.optionalText("reason", "Die Begründung", c.reason(), 1000);
        BudgetRules.dateInYear("frozenOn", "Das Datum der Sperre", c.frozenOn(), state.fiscalYear());
        if (line.frozen()) {
            throw Rejection.conflict("line-frozen", "lineCode",
                    "Die Haushaltsposition " + line.code() + " ist bereits gesperrt.",
                    "Budget line " + line.code() + " is already frozen.");
        }
        return List.of(new BudgetLineFrozen(state.fiscalYear(), line.code(), authority, reference, reason,
                c.frozenOn()));
    }

    public static List<FiscalYearEvent> release(ReleaseLine c, BudgetState state) {
        LineState line = BudgetRules.lineToChange(state, c.lineCode());
        String reference = Check.text("reference", "Die Fundstelle der Freigabe", c.reference(), 100);
        String reason = Check.optionalText("reason", "Die Begründung", c.reason(), 1000);
        BudgetRules.dateInYear("releasedOn", "Das Datum der Freigabe", c.releasedOn(), state.fiscalYear());
        if (!line.frozen()) {
            throw Rejection.conflict("line-not-frozen", "lineCode",
                    "Die Haushaltsposition " + line.code() + " ist nicht gesperrt.",
                    "Budget line " + line.code() + " is not frozen.");
        }
        return List.of(new BudgetLineReleased(state.fiscalYear(), line.code(), reference, reason, c.releasedOn()));
    }

    public static BudgetState frozen(BudgetState state, BudgetLineFrozen e) {
        return state.updateLine(e.lineCode(), line -> line.frozen(true));
    }

    public static BudgetState released(BudgetState state, BudgetLineReleased e) {
        return state.updateLine(e.lineCode(), line -> line.frozen(false));
    }
}
