package de.souveraen.inventory.tracked;

import de.souveraen.contracts.inventory.InventoryEvent;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.inventory.tracked.TrackedChange.Recorded;
import de.souveraen.inventory.tracked.TrackedChange.StatusChanged;
import de.souveraen.inventory.tracked.TrackedChange.Updated;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The decider of an item with a life of its own, recorded with details and moved between statuses (a risk, an
 * opportunity), one stream per item:
 * <ul>
 * <li>recording needs an item not recorded yet and valid details; it starts in the {@code initial} status;</li>
 * <li>an update replaces the details, not while the item is in the {@code closed} status (reopen it first); the
 * same details again record nothing;</li>
 * <li>a status change follows the kind's rules ({@link #checkStatus}).</li>
 * </ul>
 * Every change carries its date. The kinds say how their commands and events read ({@link TrackedChange}), how their
 * details are normalised and which status changes they allow.
 */
public abstract class TrackedDecider<C, S extends TrackedState<D, T>, D, T extends Enum<T>, E extends InventoryEvent>
        implements Decider<C, S, E> {
    private final Wording wording;
    private final S none;
    private final T initial;
    private final T closed;

    protected TrackedDecider(Wording wording, S none, T initial, T closed) {
        this.wording = wording;
        this.none = none;
        this.initial = initial;
        this.closed = closed;
    }

    /** What the command asks. */
    protected abstract TrackedChange<D, T> asked(C command);

    /** What the event records. */
    protected abstract TrackedChange<D, T> happened(E event);

    protected abstract E recorded(UUID id, D details, LocalDate on);

    protected abstract E updated(UUID id, D details, LocalDate on);

    protected abstract E statusChanged(UUID id, T from, T to, String note, LocalDate on);

    protected abstract S state(UUID id, D details, T status);

    /** The checked, normalised details; throws the first broken rule. */
    protected abstract D normalise(D details);

    /** Checks the change of {@code state} to {@code to}; returns the stripped note. */
    protected abstract String checkStatus(S state, T to, String note);

    @Override
    public S initialState() {
        return none;
    }

    @Override
    public List<E> decide(C command, S state) {
        TrackedChange<D, T> change = asked(command);
        UUID id = Check.id(wording.idField(), wording.idDe(), change.id());
        if (change instanceof Recorded<D, T> c) {
            if (state.exists()) {
                throw Rejection.conflict(wording.alreadyRecordedCode(), wording.idField(),
                        wording.thisDe() + " ist bereits erfasst.", "This " + wording.en() + " is already recorded.");
            }
            D details = normalise(c.details());
            return List.of(recorded(id, details, Check.present(wording.recordedField(), "Das Datum", c.on())));
        }
        if (!state.exists()) {
            throw Rejection.notFound(wording.notFoundCode(), wording.thisDe() + " ist nicht erfasst.",
                    "No such " + wording.en() + ".");
        }
        if (change instanceof Updated<D, T> c) {
            if (state.status() == closed) {
                throw Rejection.conflict(wording.closedCode(), "status", wording.closedDe(), wording.closedEn());
            }
            D details = normalise(c.details());
            if (details.equals(state.details())) {
                return List.of();
            }
            return List.of(updated(id, details, Check.present("updatedOn", "Das Datum", c.on())));
        }
        StatusChanged<D, T> c = (StatusChanged<D, T>) change;
        String note = checkStatus(state, c.status(), c.note());
        return List.of(statusChanged(id, state.status(), c.status(), note,
                Check.present("changedOn", "Das Datum", c.on())));
    }

    @Override
    public S evolve(S state, E event) {
        TrackedChange<D, T> change = happened(event);
        if (change instanceof Recorded<D, T> e) {
            return state(e.id(), e.details(), initial);
        } else if (change instanceof Updated<D, T> e) {
            return state(state.id(), e.details(), state.status());
        }
        return state(state.id(), state.details(), ((StatusChanged<D, T>) change).status());
    }
}
