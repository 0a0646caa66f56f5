package de.souveraen.inventory.opportunity;

import static de.souveraen.inventory.testing.Fixtures.M365;
import static de.souveraen.inventory.testing.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.OpportunityEvent;
import de.souveraen.contracts.inventory.OpportunityCategory;
import de.souveraen.contracts.inventory.OpportunityDetails;
import de.souveraen.contracts.inventory.OpportunityRecorded;
import de.souveraen.contracts.inventory.OpportunityStatus;
import de.souveraen.contracts.inventory.OpportunityStatusChanged;
import de.souveraen.contracts.inventory.OpportunityUpdated;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.inventory.opportunity.OpportunityCommand.ChangeOpportunityStatus;
import de.souveraen.inventory.opportunity.OpportunityCommand.RecordOpportunity;
import de.souveraen.inventory.opportunity.OpportunityCommand.UpdateOpportunity;
import de.souveraen.eventstore.domain.DeciderSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpportunityDeciderTest {
    private static final UUID OPP = UUID.fromString("e4c8a1b2-5d3f-4e7a-9b6c-8d0e2f4a6b01");
    private final DeciderSpec<OpportunityCommand, OpportunityState, OpportunityEvent> spec = DeciderSpec
            .of(new OpportunityDecider());

    private static OpportunityDetails savings(String yearly, String oneOff) {
        return new OpportunityDetails("Lizenzkosten Microsoft 365 entfallen", null, OpportunityCategory.COST_SAVINGS,
                yearly == null ? null : new BigDecimal(yearly), oneOff == null ? null : new BigDecimal(oneOff),
                "Kämmerei", List.of(M365));
    }

    @Test
    void an_opportunity_is_recorded_open_with_savings_in_two_decimals() {
        var when = spec.when(new RecordOpportunity(OPP, savings("38400", "12000.5"), TODAY));
        when.then(new OpportunityRecorded(OPP, savings("38400.00", "12000.50"), TODAY));
        assertThat(when.stateAfter().status()).isEqualTo(OpportunityStatus.OPEN);
    }

    @Test
    void savings_and_costs_are_optional_but_positive_with_two_decimals() {
        assertThat(spec.when(new RecordOpportunity(OPP, savings(null, null), TODAY)).events()).hasSize(1);
        spec.when(new RecordOpportunity(OPP, savings("0", null), TODAY)).thenRejected(Kind.UNPROCESSABLE, "not-positive",
                "yearlySavings");
        spec.when(new RecordOpportunity(OPP, savings("10.001", null), TODAY)).thenRejected(Kind.BAD_REQUEST,
                "too-many-decimals", "yearlySavings");
        spec.when(new RecordOpportunity(OPP, savings(null, "-5"), TODAY)).thenRejected("not-positive", "oneOffCost");
        spec.when(new RecordOpportunity(OPP, savings("1000000000.00", null), TODAY)).thenRejected("too-large",
                "yearlySavings");
    }

    @Test
    void title_and_category_are_required() {
        spec.when(new RecordOpportunity(OPP, new OpportunityDetails(null, null, OpportunityCategory.SKILLS, null, null,
                null, null), TODAY)).thenRejected("required", "title");
        spec.when(new RecordOpportunity(OPP, new OpportunityDetails("t", null, null, null, null, null, null), TODAY))
                .thenRejected("required", "category");
    }

    @Test
    void dropping_needs_a_reason_and_a_dropped_one_is_reopened_before_it_is_updated() {
        var recorded = spec.given(new OpportunityRecorded(OPP, savings("38400.00", null), TODAY));
        recorded.when(new ChangeOpportunityStatus(OPP, OpportunityStatus.DROPPED, null, TODAY))
                .thenRejected(Kind.UNPROCESSABLE, "justification-required", "note");
        var dropped = recorded.given(new OpportunityStatusChanged(OPP, OpportunityStatus.OPEN, OpportunityStatus.DROPPED,
                "Landesrahmenvertrag günstiger", TODAY));
        dropped.when(new UpdateOpportunity(OPP, savings("1000.00", null), TODAY))
                .thenRejected(Kind.CONFLICT, "opportunity-dropped", "status");
        dropped.when(new ChangeOpportunityStatus(OPP, OpportunityStatus.OPEN, null, TODAY))
                .then(new OpportunityStatusChanged(OPP, OpportunityStatus.DROPPED, OpportunityStatus.OPEN, null, TODAY));
    }

    @Test
    void realised_is_final() {
        var realised = spec.given(new OpportunityRecorded(OPP, savings("38400.00", null), TODAY),
                new OpportunityStatusChanged(OPP, OpportunityStatus.OPEN, OpportunityStatus.REALISED, null, TODAY));
        for (OpportunityStatus to : OpportunityStatus.values()) {
            realised.when(new ChangeOpportunityStatus(OPP, to, "x", TODAY)).thenRejected(Kind.CONFLICT,
                    "invalid-transition", "status");
        }
    }

    @Test
    void a_realised_opportunity_can_still_be_corrected_and_an_identical_update_changes_nothing() {
        var realised = spec.given(new OpportunityRecorded(OPP, savings("38400.00", null), TODAY),
                new OpportunityStatusChanged(OPP, OpportunityStatus.OPEN, OpportunityStatus.REALISED, null, TODAY));
        realised.when(new UpdateOpportunity(OPP, savings("36000", null), TODAY))
                .then(new OpportunityUpdated(OPP, savings("36000.00", null), TODAY));
        realised.when(new UpdateOpportunity(OPP, savings("38400", null), TODAY)).thenNothing();
    }

    @Test
    void an_unknown_opportunity_is_not_found() {
        spec.when(new UpdateOpportunity(OPP, savings(null, null), TODAY))
                .thenRejected(Kind.NOT_FOUND, "opportunity-not-found", null);
    }
}
