package de.souveraen.contracts.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadlineDecisionTest {

    @Test
    void express_renewal_asks_to_renew_or_let_lapse_tacit_renewal_to_cancel() {
        assertThat(DeadlineDecision.of(Renewal.EXPRESS)).isEqualTo(DeadlineDecision.RENEW_OR_LAPSE);
        assertThat(InventoryLabels.de(DeadlineDecision.RENEW_OR_LAPSE)).isEqualTo("Verlängern oder auslaufen lassen");
        assertThat(DeadlineDecision.of(Renewal.TACIT)).isEqualTo(DeadlineDecision.CANCEL);
        assertThat(InventoryLabels.de(DeadlineDecision.CANCEL)).isEqualTo("Kündigen");
        assertThat(DeadlineDecision.of(null)).isNull();
    }
}
