package de.souveraen.contracts.budget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.contracts.Upcaster;

/** {@code budget.BudgetLineFrozen.v1} knew one kind of freeze, documented as the council's (§ 81 GO NRW). */
public final class BudgetLineFrozenV1ToV2 implements Upcaster {
    @Override
    public String fromType() {
        return "budget.BudgetLineFrozen.v1";
    }

    @Override
    public String toType() {
        return "budget.BudgetLineFrozen.v2";
    }

    @Override
    public ObjectNode upcast(ObjectNode payload) {
        payload.put("authority", FreezeAuthority.COUNCIL.name());
        return payload;
    }
}
