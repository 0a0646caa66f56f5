package de.souveraen.eventstore.domain;

import de.souveraen.contracts.DomainEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * given(events…) / when(command) / then(events…), thenNothing() or thenRejected([kind,] code, field) for a pure
 * {@link Decider}: the history is folded with {@code evolve}, the command decided against it, the result compared
 * by record equality. A rejection must name the code and field and carry a German and an English message.
 *
 * <p>It lives beside {@link Decider} in the kernel (not in infra/testing, whose module the kernel's own tests use)
 * and needs no assertion library: a failed expectation throws {@link AssertionError}, which every test runner
 * reports as a failure.
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

        /** The events decided, for assertions on single fields. */
        public List<E> events() {
            return decider.decide(command, decider.fold(history));
        }

        @SafeVarargs
        public final List<E> then(E... expected) {
            List<E> events = events();
            check(events.equals(List.of(expected)), "expected events%n  %s%nbut %s decided%n  %s",
                    List.of(expected), command, events);
            return events;
        }

        /** The only event decided, cast to its type. */
        public <T extends E> T event(Class<T> type) {
            List<E> events = events();
            check(events.size() == 1 && type.isInstance(events.get(0)), "expected one %s but %s decided %s",
                    type.getSimpleName(), command, events);
            return type.cast(events.get(0));
        }

        /** The state after the decided events are evolved into the history. */
        public S stateAfter() {
            List<E> all = new ArrayList<>(history);
            all.addAll(events());
            return decider.fold(all);
        }

        public void thenNothing() {
            List<E> events = events();
            check(events.isEmpty(), "expected no events but %s decided %s", command, events);
        }

        public Rejection thenRejected(String code, String field) {
            S state = decider.fold(history);
            Rejection rejection;
            try {
                List<E> events = decider.decide(command, state);
                throw new AssertionError("expected rejection " + code + " on " + field + " but " + command
                        + " decided " + events);
            } catch (Rejection r) {
                rejection = r;
            }
            check(Objects.equals(rejection.code(), code) && Objects.equals(rejection.field(), field),
                    "expected rejection %s on %s but got %s on %s (%s)", code, field, rejection.code(),
                    rejection.field(), rejection.messageEn());
            check(notBlank(rejection.messageDe()) && notBlank(rejection.messageEn()),
                    "rejection %s needs a German and an English message", code);
            return rejection;
        }

        public Rejection thenRejected(Rejection.Kind kind, String code, String field) {
            Rejection rejection = thenRejected(code, field);
            check(rejection.kind() == kind, "expected rejection kind %s but got %s for %s", kind, rejection.kind(),
                    code);
            return rejection;
        }
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static void check(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new AssertionError(String.format(message, args));
        }
    }
}
