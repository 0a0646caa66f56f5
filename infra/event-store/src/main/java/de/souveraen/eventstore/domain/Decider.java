package de.souveraen.eventstore.domain;

import de.souveraen.contracts.DomainEvent;
import java.util.List;

/**
 * The pure core of one aggregate: {@code decide(command, state) -> events} and
 * {@code evolve(state, event) -> state}. No I/O, no clock, no security context: time, ids and the
 * acting user arrive on the command. A refused command throws a {@link Rejection}.
 *
 * @param <C> sealed interface of the aggregate's command records
 * @param <S> state record (the initial state stands for "does not exist yet")
 * @param <E> sealed interface of the aggregate's event records
 */
public interface Decider<C, S, E extends DomainEvent> {

    S initialState();

    List<E> decide(C command, S state);

    S evolve(S state, E event);

    /** Folds a history into the current state. */
    default S fold(List<? extends E> events) {
        S state = initialState();
        for (E event : events) {
            state = evolve(state, event);
        }
        return state;
    }
}
