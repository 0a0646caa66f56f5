package de.souveraen.inventory.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.souveraen.contracts.DomainEvent;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.domain.Rejection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * given(events…) / when(command) / then(events…) or thenRejected(code, field) for a pure decider. The history is
 * folded with {@code evolve}, the command decided against it, and the result compared with records' equality.
 */
public final class DeciderSpec<C, S, E extends DomainEvent> {
    private final Decider<C, S, E> decider;
    private final List<E> history = new ArrayList<>();

    private DeciderSpec(Decider<C, S, E> decider) {
        this.decider = decider;
    }

    public static <C, S, E extends DomainEvent> DeciderSpec<C, S, E> of(Decider<C, S, E> decider) {
        return new DeciderSpec<>(decider);
    }

    @SafeVarargs
    public final DeciderSpec<C, S, E> given(E... events) {
        history.addAll(Arrays.asList(events));
        return this;
    }

    public DeciderSpec<C, S, E> given(List<? extends E> events) {
        history.addAll(events);
        return this;
    }

    public S state() {
        return decider.fold(history);
    }

    public When when(C command) {
        return new When(command);
    }

    public final class When {
        private final C command;

        private When(C command) {
            this.command = command;
        }

        @SafeVarargs
        public final List<E> then(E... expected) {
            List<E> events = decider.decide(command, decider.fold(history));
            assertThat(events).containsExactly(expected);
            return events;
        }

        /** The events decided, for assertions on single fields. */
        public List<E> events() {
            return decider.decide(command, decider.fold(history));
        }

        /** The state after the decided events are evolved into the history. */
        public S stateAfter() {
            List<E> all = new ArrayList<>(history);
            all.addAll(events());
            return decider.fold(all);
        }

        public void thenNothing() {
            assertThat(decider.decide(command, decider.fold(history))).isEmpty();
        }

        public Rejection thenRejected(String code, String field) {
            S state = decider.fold(history);
            Rejection rejection = catchThrowableOfType(Rejection.class, () -> decider.decide(command, state));
            assertThat(rejection).as("expected rejection %s on %s", code, field).isNotNull();
            assertThat(rejection.code()).isEqualTo(code);
            assertThat(rejection.field()).isEqualTo(field);
            assertThat(rejection.messageDe()).isNotBlank();
            assertThat(rejection.messageEn()).isNotBlank();
            return rejection;
        }

        public Rejection thenRejected(Rejection.Kind kind, String code, String field) {
            Rejection rejection = thenRejected(code, field);
            assertThat(rejection.kind()).isEqualTo(kind);
            return rejection;
        }
    }
}
