package de.souveraen.workgroup.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.souveraen.contracts.DomainEvent;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.domain.Rejection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * given(events…) / when(command) / then(events…), thenNothing() or thenRejected(kind, code, field) for a pure
 * decider: the history is folded with {@code evolve}, the command decided against it, the result compared by
 * record equality. A rejection must name a code, the field and carry both messages.
 */
public final class Spec<C, S, E extends DomainEvent> {
    private final Decider<C, S, E> decider;
    private final List<E> history = new ArrayList<>();

    private Spec(Decider<C, S, E> decider) {
        this.decider = decider;
    }

    public static <C, S, E extends DomainEvent> Spec<C, S, E> of(Decider<C, S, E> decider) {
        return new Spec<>(decider);
    }

    @SafeVarargs
    public final Spec<C, S, E> given(E... events) {
        history.addAll(Arrays.asList(events));
        return this;
    }

    public Spec<C, S, E> given(List<? extends E> events) {
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
            List<E> events = events();
            assertThat(events).containsExactly(expected);
            return events;
        }

        public List<E> events() {
            return decider.decide(command, decider.fold(history));
        }

        /** The only event decided, cast to its type. */
        public <T extends E> T event(Class<T> type) {
            List<E> events = events();
            assertThat(events).hasSize(1);
            assertThat(events.get(0)).isInstanceOf(type);
            return type.cast(events.get(0));
        }

        /** The state after the decided events are evolved into the history. */
        public S stateAfter() {
            List<E> all = new ArrayList<>(history);
            all.addAll(events());
            return decider.fold(all);
        }

        public void thenNothing() {
            assertThat(events()).isEmpty();
        }

        public Rejection thenRejected(Rejection.Kind kind, String code, String field) {
            S state = decider.fold(history);
            Rejection rejection = catchThrowableOfType(Rejection.class, () -> decider.decide(command, state));
            assertThat(rejection).as("expected rejection %s on %s", code, field).isNotNull();
            assertThat(rejection.code()).isEqualTo(code);
            assertThat(rejection.field()).isEqualTo(field);
            assertThat(rejection.kind()).isEqualTo(kind);
            assertThat(rejection.messageDe()).isNotBlank();
            assertThat(rejection.messageEn()).isNotBlank();
            return rejection;
        }
    }
}
