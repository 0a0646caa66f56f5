package de.souveraen.budget.ledger;

import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventTypeRegistry;
import de.souveraen.contracts.budget.CarriedCommitment;
import de.souveraen.contracts.budget.CommitmentAdjusted;
import de.souveraen.contracts.budget.CommitmentsCarriedOver;
import de.souveraen.contracts.budget.CommitmentsReceived;
import de.souveraen.contracts.budget.CommitmentReleased;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.budget.ExpenseReversed;
import de.souveraen.contracts.budget.FundsCommitted;
import de.souveraen.contracts.budget.OverPlan;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The year's bookings journal and commitments register, read from its events (pure: envelopes in, rows out).
 * A booking is an expense or a reversal (negative amount); nothing is ever edited, a reversal is its own row and
 * marks the expense it corrects. Each row carries who recorded it and when (from the event metadata).
 */
public record Ledger(List<Booking> bookings, List<CommitmentRow> commitments, List<EventEnvelope> events) {

    public enum BookingKind {
        EXPENSE, REVERSAL
    }

    public enum CommitmentStatus {
        OPEN, SETTLED, RELEASED, CARRIED_OVER
    }

    public record Booking(UUID id, BookingKind kind, String lineCode, BigDecimal amount, LocalDate bookedOn,
            String vendor, String description, String invoiceRef, UUID commitmentId, String overPlanApprovalReference,
            BigDecimal overPlanAmount, UUID expenseId, UUID reversedBy, String reason, String recordedBy,
            Instant recordedAt) {
    }

    public record CommitmentRow(UUID id, String lineCode, BigDecimal amount, BigDecimal settled, BigDecimal open,
            CommitmentStatus status, String vendor, String reference, String description, LocalDate committedOn,
            String overPlanApprovalReference, String recordedBy, Instant recordedAt) {
    }

    /** One change to a booking or commitment: who, when, what (the event as published). */
    public record AuditEntry(UUID eventId, String type, long streamVersion, Instant occurredAt, Instant recordedAt,
            String actorSubject, String actorName, UUID correlationId, Object change) {
    }

    public static Ledger of(List<EventEnvelope> envelopes, EventTypeRegistry registry) {
        Map<UUID, Booking> bookings = new LinkedHashMap<>();
        Map<UUID, CommitmentRow> commitments = new LinkedHashMap<>();
        for (EventEnvelope envelope : envelopes) {
            Object event = envelope.decode(registry);
            String by = envelope.actor().name();
            Instant at = envelope.recordedAt();
            book(bookings, event, by, at);
            commit(commitments, event, by, at);
        }
        return new Ledger(List.copyOf(bookings.values()), List.copyOf(commitments.values()), List.copyOf(envelopes));
    }

    /**
     * Applies one event of the year to the journal {@code bookings} (by id, in the order of their first event): an
     * expense adds its row, a reversal adds its own (negative) row and marks the expense it corrects. Returns the
     * ids of the rows it added or changed (none for other events). The journal's table applies the events after its
     * row version with it, seeded with the rows a reversal refers to.
     */
    public static List<UUID> book(Map<UUID, Booking> bookings, Object event, String by, Instant at) {
        if (event instanceof ExpenseBooked e) {
            bookings.put(e.expenseId(), new Booking(e.expenseId(), BookingKind.EXPENSE, e.lineCode(), e.amount(),
                    e.bookedOn(), e.vendor(), e.description(), e.invoiceRef(), e.commitmentId(), ref(e.overPlan()),
                    amount(e.overPlan()), e.expenseId(), null, null, by, at));
            return List.of(e.expenseId());
        } else if (event instanceof ExpenseReversed e) {
            Booking original = bookings.get(e.expenseId());
            bookings.put(e.reversalId(), new Booking(e.reversalId(), BookingKind.REVERSAL, e.lineCode(),
                    e.amount().negate(), e.reversedOn(), original == null ? null : original.vendor(),
                    original == null ? null : original.description(), e.invoiceRef(), e.commitmentId(), null, null,
                    e.expenseId(), null, e.reason(), by, at));
            if (original == null) {
                return List.of(e.reversalId());
            }
            bookings.put(e.expenseId(), withReversal(original, e.reversalId()));
            return List.of(e.reversalId(), e.expenseId());
        }
        return List.of();
    }


    /**
     * Applies one event of the year to the commitments register {@code commitments} (by id, in the order of their
     * first event): a commitment adds its row, expenses and reversals settle or restore it, an adjustment, a release
     * or a carry-over changes it. Returns the ids of the rows it added or changed (none for other events).
     */
    public static List<UUID> commit(Map<UUID, CommitmentRow> commitments, Object event, String by, Instant at) {
        List<UUID> touched = new ArrayList<>();
        if (event instanceof ExpenseBooked e) {
            if (e.commitmentId() != null && e.settledAmount() != null) {
                change(commitments, touched, e.commitmentId(), c -> settle(c, e.settledAmount()));
            }
        } else if (event instanceof ExpenseReversed e) {
            if (e.commitmentId() != null && e.restoredToCommitment() != null) {
                change(commitments, touched, e.commitmentId(), c -> settle(c, e.restoredToCommitment().negate()));
            }
        } else if (event instanceof FundsCommitted e) {
            commitments.put(e.commitmentId(), status(new CommitmentRow(e.commitmentId(), e.lineCode(), e.amount(),
                    BigDecimal.ZERO.setScale(2), e.amount(), CommitmentStatus.OPEN, e.vendor(), e.reference(),
                    e.description(), e.committedOn(), ref(e.overPlan()), by, at)));
            touched.add(e.commitmentId());
        } else if (event instanceof CommitmentAdjusted e) {
            change(commitments, touched, e.commitmentId(), c -> status(new CommitmentRow(c.id(), c.lineCode(),
                    e.amount(), c.settled(), c.open(), c.status(), c.vendor(), c.reference(), c.description(),
                    c.committedOn(), e.overPlan() != null ? ref(e.overPlan()) : c.overPlanApprovalReference(),
                    c.recordedBy(), c.recordedAt())));
        } else if (event instanceof CommitmentsCarriedOver e) {
            for (CarriedCommitment carried : e.commitments()) {
                change(commitments, touched, carried.commitmentId(), c -> new CommitmentRow(c.id(), c.lineCode(),
                        c.amount(), c.settled(), BigDecimal.ZERO.setScale(2), CommitmentStatus.CARRIED_OVER,
                        c.vendor(), c.reference(), c.description(), c.committedOn(), c.overPlanApprovalReference(),
                        c.recordedBy(), c.recordedAt()));
            }
        } else if (event instanceof CommitmentsReceived e) {
            for (CarriedCommitment carried : e.commitments()) {
                commitments.put(carried.commitmentId(), status(new CommitmentRow(carried.commitmentId(),
                        e.lineCode(), carried.openAmount(), BigDecimal.ZERO.setScale(2), carried.openAmount(),
                        CommitmentStatus.OPEN, carried.vendor(), carried.reference(), carried.description(),
                        carried.committedOn(), null, by, at)));
                touched.add(carried.commitmentId());
            }
        } else if (event instanceof CommitmentReleased e) {
            change(commitments, touched, e.commitmentId(), c -> new CommitmentRow(c.id(), c.lineCode(), c.amount(),
                    c.settled(), BigDecimal.ZERO.setScale(2), CommitmentStatus.RELEASED, c.vendor(), c.reference(),
                    c.description(), c.committedOn(), c.overPlanApprovalReference(), c.recordedBy(),
                    c.recordedAt()));
        }
        return touched;
    }

    /** Every event that touched the booking or commitment {@code id}, oldest first. */
    public List<AuditEntry> audit(UUID id, EventTypeRegistry registry) {
        String text = id.toString();
        List<AuditEntry> trail = new ArrayList<>();
        for (EventEnvelope envelope : events) {
            boolean touches = false;
            for (String field : List.of("expenseId", "reversalId", "commitmentId")) {
                if (envelope.payload().hasNonNull(field) && envelope.payload().get(field).asText().equals(text)) {
                    touches = true;
                }
            }
            if (!touches && envelope.payload().has("commitments")) {
                for (com.fasterxml.jackson.databind.JsonNode carried : envelope.payload().get("commitments")) {
                    touches |= carried.path("commitmentId").asText().equals(text);
                }
            }
            if (touches) {
                trail.add(new AuditEntry(envelope.eventId(), envelope.type(), envelope.streamVersion(),
                        envelope.occurredAt(), envelope.recordedAt(), envelope.actor().subject(),
                        envelope.actor().name(), envelope.correlationId(), envelope.payload()));
            }
        }
        return trail;
    }

    /** The commitments an event of the year refers to without recording them (their rows must be known first). */
    public static List<UUID> commitmentsReferred(Object event) {
        if (event instanceof ExpenseBooked e && e.commitmentId() != null) {
            return List.of(e.commitmentId());
        } else if (event instanceof ExpenseReversed e && e.commitmentId() != null) {
            return List.of(e.commitmentId());
        } else if (event instanceof CommitmentAdjusted e) {
            return List.of(e.commitmentId());
        } else if (event instanceof CommitmentReleased e) {
            return List.of(e.commitmentId());
        } else if (event instanceof CommitmentsCarriedOver e) {
            return e.commitments().stream().map(CarriedCommitment::commitmentId).toList();
        }
        return List.of();
    }

    private static void change(Map<UUID, CommitmentRow> commitments, List<UUID> touched, UUID id,
            java.util.function.UnaryOperator<CommitmentRow> change) {
        if (commitments.computeIfPresent(id, (key, c) -> change.apply(c)) != null) {
            touched.add(id);
        }
    }

    private static CommitmentRow settle(CommitmentRow c, BigDecimal settledNow) {
        return status(new CommitmentRow(c.id(), c.lineCode(), c.amount(), c.settled().add(settledNow), c.open(),
                c.status(), c.vendor(), c.reference(), c.description(), c.committedOn(),
                c.overPlanApprovalReference(), c.recordedBy(), c.recordedAt()));
    }

    private static CommitmentRow status(CommitmentRow c) {
        if (c.status() == CommitmentStatus.RELEASED || c.status() == CommitmentStatus.CARRIED_OVER) {
            return c;
        }
        BigDecimal open = c.amount().subtract(c.settled()).max(BigDecimal.ZERO);
        return new CommitmentRow(c.id(), c.lineCode(), c.amount(), c.settled(), open,
                open.signum() == 0 ? CommitmentStatus.SETTLED : CommitmentStatus.OPEN, c.vendor(), c.reference(),
                c.description(), c.committedOn(), c.overPlanApprovalReference(), c.recordedBy(), c.recordedAt());
    }

    private static Booking withReversal(Booking b, UUID reversalId) {
        return new Booking(b.id(), b.kind(), b.lineCode(), b.amount(), b.bookedOn(), b.vendor(), b.description(),
                b.invoiceRef(), b.commitmentId(), b.overPlanApprovalReference(), b.overPlanAmount(), b.expenseId(),
                reversalId, b.reason(), b.recordedBy(), b.recordedAt());
    }

    private static String ref(OverPlan overPlan) {
        return overPlan == null ? null : overPlan.approvalReference();
    }

    private static BigDecimal amount(OverPlan overPlan) {
        return overPlan == null ? null : overPlan.amount();
    }
}
