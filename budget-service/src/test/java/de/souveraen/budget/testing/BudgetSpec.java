package de.souveraen.budget.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.souveraen.budget.fiscalyear.BudgetCommand;
import de.souveraen.budget.fiscalyear.BudgetDecider;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.budget.overview.BudgetOverview;
import de.souveraen.budget.overview.LineOverview;
import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.eventstore.domain.Rejection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * given(events…) / when(command) / then(events…) or thenRejected(kind, code, field) for the budget decider.
 * Every decided event is also sent through the published JSON (encode → decode) and must come back equal, so a
 * scale or shape problem shows up here first.
 */
public final class BudgetSpec {
    public static final BudgetDecider DECIDER = new BudgetDecider();
    private static final EventTypeRegistry REGISTRY = EventTypeRegistry.builder().registerSealed(FiscalYearEvent.class)
            .build();

    private final List<FiscalYearEvent> history = new ArrayList<>();

    private BudgetSpec() {
    }

    public static BudgetSpec given(FiscalYearEvent... events) {
        return new BudgetSpec().and(events);
    }

    public static BudgetSpec given(List<? extends FiscalYearEvent> events) {
        BudgetSpec spec = new BudgetSpec();
        spec.history.addAll(events);
        return spec;
    }

    public BudgetSpec and(FiscalYearEvent... events) {
        history.addAll(Arrays.asList(events));
        return this;
    }

    public BudgetState state() {
        return DECIDER.fold(history);
    }

    public List<FiscalYearEvent> history() {
        return List.copyOf(history);
    }

    public When when(BudgetCommand command) {
        return new When(command);
    }

    /** Decides {@code command} and appends its events to the history (for building up a scenario). */
    public BudgetSpec accepted(BudgetCommand command) {
        history.addAll(when(command).events());
        return this;
    }

    public final class When {
        private final BudgetCommand command;

        private When(BudgetCommand command) {
            this.command = command;
        }

        public List<FiscalYearEvent> events() {
            List<FiscalYearEvent> events = DECIDER.decide(command, state());
            for (FiscalYearEvent event : events) {
                assertThat(REGISTRY.decode(REGISTRY.nameOf(event), REGISTRY.encode(event)))
                        .as("JSON round trip of %s", event).isEqualTo(event);
            }
            return events;
        }

        public List<FiscalYearEvent> then(FiscalYearEvent... expected) {
            List<FiscalYearEvent> events = events();
            assertThat(events).containsExactly(expected);
            return events;
        }

        public void thenNothing() {
            assertThat(events()).isEmpty();
        }

        /** The state after the decided events. */
        public BudgetState stateAfter() {
            List<FiscalYearEvent> all = new ArrayList<>(history);
            all.addAll(events());
            return DECIDER.fold(all);
        }

        public BudgetOverview overviewAfter() {
            return BudgetOverview.of(stateAfter());
        }

        public LineOverview lineAfter(String code) {
            return overviewAfter().lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
        }

        public Rejection thenRejected(Rejection.Kind kind, String code, String field) {
            BudgetState state = state();
            Rejection rejection = catchThrowableOfType(Rejection.class, () -> DECIDER.decide(command, state));
            assertThat(rejection).as("rejection of %s", command).isNotNull();
            assertThat(rejection.code()).as("code (%s)", rejection.messageEn()).isEqualTo(code);
            assertThat(rejection.field()).as("field (%s)", rejection.messageEn()).isEqualTo(field);
            assertThat(rejection.kind()).as("kind (%s)", rejection.messageEn()).isEqualTo(kind);
            assertThat(rejection.messageDe()).isNotBlank().isNotEqualTo(rejection.messageEn());
            return rejection;
        }
    }
}
