package de.souveraen.eventstore.idempotency;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotency keys in {@code es_idempotency_key}, always used inside the transaction that does the work: the keys
 * of a group of commands are looked up first ({@link #findAll}); a key is stored with its answer only for a command
 * that was accepted, in the transaction that appends its events ({@link #storeAll}). A concurrent transaction with
 * the same key waits on the row until the first commits; it then stores nothing and must retry (and replays).
 */
public final class IdempotencyStore {

    /** A key as stored: the hash of its first request and that request's answer. */
    public record Stored(String requestHash, StoredResponse response) {
    }

    /** A key to store with the answer of the command it came with. */
    public record Completion(IdempotencyKey key, StoredResponse response, String streamId) {
    }

    /** The stored keys among {@code keys}, by {@link #id(IdempotencyKey)}. */
    public Uni<Map<String, Stored>> findAll(SqlConnection tx, List<IdempotencyKey> keys) {
        String[] scopes = keys.stream().map(IdempotencyKey::scope).toArray(String[]::new);
        String[] names = keys.stream().map(IdempotencyKey::key).toArray(String[]::new);
        return tx.preparedQuery("select k.scope, k.key, k.request_hash, k.status, k.response from es_idempotency_key k"
                        + " join unnest($1::text[], $2::text[]) as u(scope, key) on k.scope = u.scope and k.key = u.key")
                .execute(Tuple.of(scopes, names))
                .map(rows -> {
                    Map<String, Stored> found = new HashMap<>();
                    for (Row row : rows) {
                        found.put(id(row.getString(0), row.getString(1)), new Stored(row.getString(2),
                                new StoredResponse(row.getInteger(3), row.getString(4))));
                    }
                    return found;
                });
    }

    /** Stores the keys with their answers; returns how many were new (fewer: another transaction stored one first). */
    public Uni<Integer> storeAll(SqlConnection tx, List<Completion> unordered) {
        // one order for every transaction, so two writers waiting on each other's keys cannot deadlock
        List<Completion> completions = unordered.stream()
                .sorted(java.util.Comparator.comparing((Completion c) -> c.key().scope()).thenComparing(c -> c.key().key()))
                .toList();
        int n = completions.size();
        String[] scopes = new String[n];
        String[] names = new String[n];
        String[] hashes = new String[n];
        Integer[] statuses = new Integer[n];
        String[] bodies = new String[n];
        String[] streams = new String[n];
        for (int i = 0; i < n; i++) {
            Completion c = completions.get(i);
            scopes[i] = c.key().scope();
            names[i] = c.key().key();
            hashes[i] = c.key().requestHash();
            statuses[i] = c.response().status();
            bodies[i] = c.response().body();
            streams[i] = c.streamId();
        }
        return tx.preparedQuery("insert into es_idempotency_key (scope, key, request_hash, status, response, stream_id)"
                        + " select * from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[])"
                        + " on conflict (scope, key) do nothing")
                .execute(Tuple.of(scopes, names, hashes, statuses, bodies, streams))
                .map(rows -> rows.rowCount());
    }

    /** The identity of a key within the store: scope and key. */
    public static String id(IdempotencyKey key) {
        return id(key.scope(), key.key());
    }

    private static String id(String scope, String key) {
        return scope + '\u0000' + key;
    }

    /** Reads a stored answer outside of a transaction (diagnostics and tests). */
    public Uni<Optional<StoredResponse>> find(io.vertx.mutiny.sqlclient.SqlClient client, String scope, String key) {
        return client.preparedQuery("select status, response from es_idempotency_key where scope = $1 and key = $2 and status > 0")
                .execute(Tuple.of(scope, key))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty()
                        : Optional.of(new StoredResponse(rows.iterator().next().getInteger(0), rows.iterator().next().getString(1))));
    }
}
