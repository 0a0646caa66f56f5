package de.souveraen.eventstore;

import de.souveraen.testing.EmbeddedPostgresServer;
import de.souveraen.testing.SharedInfrastructure;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database on the shared embedded PostgreSQL with the kernel's migrations applied, and both
 * ways to reach it: the reactive pool (request path) and a JDBC data source (relay). No Quarkus.
 */
final class KernelFixture implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    final String database;
    final Vertx vertx;
    final Pool pool;
    final DataSource dataSource;
    private final EmbeddedPostgresServer postgres;

    KernelFixture() {
        postgres = SharedInfrastructure.postgres();
        database = "kernel_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        postgres.createDatabaseIfMissing(database);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(postgres.jdbcUrl(database));
        ds.setUser(postgres.username());
        ds.setPassword(postgres.password());
        dataSource = ds;
        Flyway.configure().dataSource(ds).locations("classpath:db/event-store").load().migrate();
        // Mutiny sets up its context propagation on first use, which is not safe to race from many threads
        io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool();
        // ... and so does its wrapping of completion stages (the command handler answers through one)
        io.smallrye.mutiny.Uni.createFrom().completionStage(java.util.concurrent.CompletableFuture.completedFuture(1))
                .await().indefinitely();
        vertx = Vertx.vertx();
        pool = PgPool.pool(vertx, new PgConnectOptions().setHost("127.0.0.1").setPort(postgres.port())
                .setDatabase(database).setUser(postgres.username()).setPassword(postgres.password()),
                new PoolOptions().setMaxSize(24));
    }

    Connection jdbc() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }

    long count(String sql) {
        try (Connection c = jdbc(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pool.closeAndAwait();
        vertx.closeAndAwait();
    }
}
