package de.souveraen.eventstore.idempotency;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Optional;

/**
 * Idempotency keys in {@code es_idempotency_key}, always used inside the transaction that does the work:
 * {@link #claim} first (a concurrent request with the same key waits on the row lock until the first one
 * commits or rolls back), then {@link #complete} with the answer before commit.
 */
public final class IdempotencyStore {

    /** The outcome of trying to claim a key. */
    public sealed interface Claim {
        /** The key is new: do the work and {@link #complete} it in this transaction. */
        record Claimed() implements Claim {
        }

        /** The key was used before with the same request: answer this. */
        record Replay(StoredResponse response) implements Claim {
        }
    }

    public Uni<Claim> claim(SqlConnection tx, IdempotencyKey key) {
        return tx.preparedQuery("insert into es_idempotency_key (scope, key, request_hash, status) values ($1, $2, $3, 0)"
                        + " on conflict (scope, key) do nothing")
                .execute(Tuple.of(key.scope(), key.key(), key.requestHash()))
                .chain(inserted -> inserted.rowCount() == 1
                        ? Uni.createFrom().item((Claim) new Claim.Claimed())
                        : existing(tx, key));
    }

    private Uni<Claim> existing(SqlConnection tx, IdempotencyKey key) {
        return tx.preparedQuery("select request_hash, status, response from es_idempotency_key where scope = $1 and key = $2")
                .execute(Tuple.of(key.scope(), key.key()))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    if (!row.getString(0).equals(key.requestHash())) {
                        throw new IdempotencyKeyReusedException(key.key());
                    }
                    return new Claim.Replay(new StoredResponse(row.getInteger(1), row.getString(2)));
                });
    }

    public Uni<Void> complete(SqlConnection tx, IdempotencyKey key, StoredResponse response, String streamId) {
        return tx.preparedQuery("update es_idempotency_key set status = $3, response = $4, stream_id = $5"
                        + " where scope = $1 and key = $2")
                .execute(Tuple.of(key.scope(), key.key(), response.status(), response.body(), streamId))
                .replaceWithVoid();
    }

    /** Reads a stored answer outside of a claim (diagnostics and tests). */
    public Uni<Optional<StoredResponse>> find(io.vertx.mutiny.sqlclient.SqlClient client, String scope, String key) {
        return client.preparedQuery("select status, response from es_idempotency_key where scope = $1 and key = $2 and status > 0")
                .execute(Tuple.of(scope, key))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty()
                        : Optional.of(new StoredResponse(rows.iterator().next().getInteger(0), rows.iterator().next().getString(1))));
    }
}
