package de.souveraen.eventstore;

import de.souveraen.contracts.DomainEvent;
import de.souveraen.contracts.EventType;
import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.Aggregate;
import java.util.List;

/** A tiny aggregate for kernel tests: a counter with an upper limit (a stand-in for "available funds"). */
final class Counter {
    sealed interface Command {
    }

    record Increment(int by, int limit) implements Command {
    }

    sealed interface Event extends DomainEvent {
    }

    @EventType("test.Incremented.v1")
    record Incremented(int by, int total) implements Event {
    }

    record State(int total) {
    }

    static final Decider<Command, State, Event> DECIDER = new Decider<>() {
        @Override
        public State initialState() {
            return new State(0);
        }

        @Override
        public List<Event> decide(Command command, State state) {
            Increment increment = (Increment) command;
            if (state.total() + increment.by() > increment.limit()) {
                throw Rejection.conflict("limit-reached", "by", "Grenze erreicht", "Limit reached")
                        .with("available", increment.limit() - state.total());
            }
            return List.of(new Incremented(increment.by(), state.total() + increment.by()));
        }

        @Override
        public State evolve(State state, Event event) {
            return new State(((Incremented) event).total());
        }
    };

    static final Aggregate<Command, State, Event> AGGREGATE = new Aggregate<>("counter", DECIDER, Event.class);

    static final EventTypeRegistry REGISTRY = EventTypeRegistry.builder().registerSealed(Event.class).build();

    private Counter() {
    }
}
