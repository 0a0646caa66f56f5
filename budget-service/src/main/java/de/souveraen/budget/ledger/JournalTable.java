package de.souveraen.budget.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.souveraen.budget.fiscalyear.BudgetDecider;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.Json;
import de.souveraen.contracts.budget.ExpenseReversed;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.eventstore.store.EventStore;
import de.souveraen.eventstore.store.StateTable;
import io.quarkus.arc.Unremovable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the bookings journal of every fiscal year and municipality in {@code bud_booking}, one row per booking, and
 * the commitments register in {@code bud_commitment}, one row per commitment, in the transaction that appends the
 * year's events. A fiscal year is one stream: the table remembers up to which
 * version it applied the stream ({@code bud_fiscal_year}) and applies only the events after it with
 * {@link Ledger#book}, seeded with the rows their reversals refer to; only the rows those events touch are written.
 */
@ApplicationScoped
@Unremovable
public class JournalTable implements StateTable<BudgetState> {
    private static final String UPSERT = "insert into bud_booking (tenant, fiscal_year, id, seq, version, kind,"
            + " line_code, vendor_key, booked_on, booking) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::jsonb)"
            + " on conflict (tenant, fiscal_year, id) do update set version = excluded.version, kind = excluded.kind,"
            + " line_code = excluded.line_code, vendor_key = excluded.vendor_key, booked_on = excluded.booked_on,"
            + " booking = excluded.booking";

    private static final String UPSERT_COMMITMENT = "insert into bud_commitment (tenant, fiscal_year, id, seq, version,"
            + " line_code, status, commitment) values ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb)"
            + " on conflict (tenant, fiscal_year, id) do update set version = excluded.version,"
            + " line_code = excluded.line_code, status = excluded.status, commitment = excluded.commitment";

    private final EventStore events;

    JournalTable(EventStore events) {
        this.events = events;
    }

    @Override
    public Aggregate<?, BudgetState, ?> aggregate() {
        return BudgetDecider.AGGREGATE;
    }

    @Override
    public Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, BudgetState state) {
        return catchUp(tx, tenant, year(streamId), version);
    }

    /**
     * After an append: when the tables stand exactly at the version the stream had before the appended events, the
     * year's row is moved on to the new version (which also locks it) and the events the handler has in hand are
     * applied, without reading the stream back. Otherwise (the tables are behind, e.g. after a failed rebuild) the
     * events after the recorded version are read from the stream, as a rebuild does.
     */
    @Override
    public Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, BudgetState state,
            Appended appended) {
        int year = year(streamId);
        if (appended == null || appended.toVersion() != version || appended.envelopes().isEmpty()) {
            return catchUp(tx, tenant, year, version);
        }
        long from = appended.fromVersion();
        Uni<Boolean> claimed = from == 0
                ? tx.preparedQuery("insert into bud_fiscal_year (tenant, fiscal_year, version, commitments_version)"
                                + " values ($1, $2, $3, $3) on conflict (tenant, fiscal_year) do nothing")
                        .execute(Tuple.of(tenant, year, version)).map(rows -> rows.rowCount() == 1)
                : tx.preparedQuery("update bud_fiscal_year set version = $3, commitments_version = $3"
                                + " where tenant = $1 and fiscal_year = $2 and version = $4 and commitments_version = $4")
                        .execute(Tuple.of(tenant, year, version, from)).map(rows -> rows.rowCount() == 1);
        return claimed.chain(inStep -> inStep
                ? applyAll(tx, tenant, year, appended.envelopes(), List.copyOf(appended.events()), from, from)
                : catchUp(tx, tenant, year, version));
    }

    private static int year(String streamId) {
        return Integer.parseInt(streamId.substring(BudgetDecider.STREAM_TYPE.length() + 1));
    }

    /** Applies the stream's events after the versions the tables recorded (locked), read from the store. */
    private Uni<Void> catchUp(SqlConnection tx, String tenant, int year, long version) {
        return tx.preparedQuery("select version, commitments_version from bud_fiscal_year where tenant = $1"
                        + " and fiscal_year = $2 for update")
                .execute(Tuple.of(tenant, year))
                .chain(rows -> {
                    long applied = rows.size() == 0 ? 0 : rows.iterator().next().getLong(0);
                    long commitmentsApplied = rows.size() == 0 ? 0 : rows.iterator().next().getLong(1);
                    if (applied >= version && commitmentsApplied >= version) {
                        return Uni.createFrom().voidItem();
                    }
                    long from = Math.min(applied, commitmentsApplied);
                    return events.load(tx, tenant, BudgetDecider.STREAM_TYPE + "-" + year, from)
                            .chain(envelopes -> {
                                List<Object> decoded = new ArrayList<>(envelopes.size());
                                for (EventEnvelope envelope : envelopes) {
                                    decoded.add(envelope.decode(events.registry()));
                                }
                                return applyAll(tx, tenant, year, envelopes, decoded, applied, commitmentsApplied);
                            })
                            .chain(() -> tx.preparedQuery("insert into bud_fiscal_year (tenant, fiscal_year, version,"
                                            + " commitments_version) values ($1, $2, $3, $3) on conflict (tenant,"
                                            + " fiscal_year) do update set version = excluded.version,"
                                            + " commitments_version = excluded.commitments_version")
                                    .execute(Tuple.of(tenant, year, version)).replaceWithVoid());
                });
    }

    /** Applies the events (each decoded once) after the bookings' and the commitments' recorded versions. */
    private Uni<Void> applyAll(SqlConnection tx, String tenant, int year, List<EventEnvelope> envelopes,
            List<?> decoded, long applied, long commitmentsApplied) {
        return apply(tx, tenant, year, after(envelopes, decoded, applied))
                .chain(() -> applyCommitments(tx, tenant, year, after(envelopes, decoded, commitmentsApplied)));
    }

    @Override
    public Uni<Void> clear(SqlConnection tx) {
        return tx.query("delete from bud_booking").execute()
                .chain(() -> tx.query("delete from bud_commitment").execute())
                .chain(() -> tx.query("delete from bud_fiscal_year").execute()).replaceWithVoid();
    }

    /** An event as stored and decoded. */
    private record Applied(EventEnvelope envelope, Object event) {
    }

    private static List<Applied> after(List<EventEnvelope> envelopes, List<?> decoded, long version) {
        List<Applied> result = new ArrayList<>(envelopes.size());
        for (int i = 0; i < envelopes.size(); i++) {
            if (envelopes.get(i).streamVersion() > version) {
                result.add(new Applied(envelopes.get(i), decoded.get(i)));
            }
        }
        return result;
    }

    /** Applies the new events to the commitment rows they touch (seeded with the rows they refer to). */
    private Uni<Void> applyCommitments(SqlConnection tx, String tenant, int year, List<Applied> envelopes) {
        return applyRows(tx, tenant, year, envelopes, "bud_commitment", "commitment", Ledger::commitmentsReferred,
                JournalTable::readCommitment, Ledger::commit, UPSERT_COMMITMENT,
                (id, seq, at, c) -> Arrays.asList(tenant, year, id, seq, at, c.lineCode(), c.status().name(),
                        json(c)));
    }

    /** Applies the new events to the booking rows they touch (seeded with the bookings their reversals refer to). */
    private Uni<Void> apply(SqlConnection tx, String tenant, int year, List<Applied> envelopes) {
        return applyRows(tx, tenant, year, envelopes, "bud_booking", "booking",
                event -> event instanceof ExpenseReversed reversal ? List.of(reversal.expenseId()) : List.of(),
                JournalTable::read, Ledger::book, UPSERT,
                (id, seq, at, b) -> Arrays.asList(tenant, year, id, seq, at, b.kind().name(), b.lineCode(),
                        vendorKey(b.vendor()), b.bookedOn(), write(b)));
    }

    /** How the events change a table's rows: the ids of the rows changed by one event. */
    @FunctionalInterface
    private interface RowApplier<R> {
        java.util.Collection<UUID> apply(Map<UUID, R> rows, Object event, String actor, java.time.Instant at);
    }

    /** The values of one row's upsert: its id, first and last stream version, and the row. */
    @FunctionalInterface
    private interface RowValues<R> {
        List<Object> of(UUID id, long seq, long version, R row);
    }

    /**
     * Applies the new events to the rows of {@code table} they touch: reads the rows the events refer to (their JSON
     * in {@code column}), applies each event in order, and upserts each touched row once with the version of the
     * last event that changed it and the version of the event that created it.
     */
    private <R> Uni<Void> applyRows(SqlConnection tx, String tenant, int year, List<Applied> envelopes,
            String table, String column, java.util.function.Function<Object, java.util.Collection<UUID>> refersTo,
            java.util.function.Function<String, R> reader, RowApplier<R> applier, String upsert,
            RowValues<R> values) {
        if (envelopes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<UUID> referred = new LinkedHashSet<>();
        for (Applied applied : envelopes) {
            referred.addAll(refersTo.apply(applied.event()));
        }
        Uni<Map<UUID, Row>> known = referred.isEmpty() ? Uni.createFrom().item(Map.of())
                : tx.preparedQuery("select id, seq, " + column + "::text from " + table + " where tenant = $1"
                                + " and fiscal_year = $2 and id = any($3)")
                        .execute(Tuple.of(tenant, year, referred.toArray(new UUID[0])))
                        .map(rows -> {
                            Map<UUID, Row> byId = new HashMap<>();
                            rows.forEach(row -> byId.put(row.getUUID(0), row));
                            return byId;
                        });
        return known.chain(rows -> {
            Map<UUID, R> current = new LinkedHashMap<>();
            Map<UUID, Long> seq = new HashMap<>();
            rows.forEach((id, row) -> {
                current.put(id, reader.apply(row.getString(2)));
                seq.put(id, row.getLong(1));
            });
            Map<UUID, Long> touched = new LinkedHashMap<>();
            for (Applied applied : envelopes) {
                EventEnvelope envelope = applied.envelope();
                long at = envelope.streamVersion();
                for (UUID id : applier.apply(current, applied.event(), envelope.actor().name(),
                        envelope.recordedAt())) {
                    seq.putIfAbsent(id, at);
                    touched.put(id, at);
                }
            }
            if (touched.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            List<Tuple> batch = new ArrayList<>();
            touched.forEach((id, at) -> batch.add(Tuple.from(values.of(id, seq.get(id), at, current.get(id)))));
            return tx.preparedQuery(upsert).executeBatch(batch).replaceWithVoid();
        });
    }

    static String vendorKey(String vendor) {
        return vendor == null ? null : vendor.toLowerCase(Locale.ROOT);
    }

    static String write(Ledger.Booking booking) {
        try {
            return Json.mapper().writeValueAsString(booking);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a booking as JSON", e);
        }
    }

    static String json(Object row) {
        try {
            return Json.mapper().writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a register row as JSON", e);
        }
    }

    static Ledger.CommitmentRow readCommitment(String json) {
        try {
            return Json.mapper().readValue(json, Ledger.CommitmentRow.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored commitment is not a register row", e);
        }
    }

    static Ledger.Booking read(String json) {
        try {
            return Json.mapper().readValue(json, Ledger.Booking.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored booking is not a journal row", e);
        }
    }
}
