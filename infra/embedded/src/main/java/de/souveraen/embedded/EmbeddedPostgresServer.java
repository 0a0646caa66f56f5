package de.souveraen.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server (zonky's embedded binaries) listening on 127.0.0.1 only.
 *
 * <p>With a data directory the data is kept: closing and starting again on the same directory reuses it, and
 * the server keeps PostgreSQL's durability settings. Without one a temporary directory is used, tuned for
 * tests ({@code fsync=off}) and deleted on {@link #close()}. {@link #stop()} and {@link #start()} stop and
 * restart the same server on the same port and data, for fault tests.
 *
 * <pre>{@code
 * try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(null, 0)) {
 *     pg.createDatabaseIfMissing("budget");
 *     try (Connection c = pg.connect("budget")) { ... }   // or pg.jdbcUrl("budget"), pg.username(), pg.password()
 * }
 * }</pre>
 */
public class EmbeddedPostgresServer extends EmbeddedServer {
    /**
     * System property: when {@code true}, the server preloads {@code pg_stat_statements} (the benchmark captures the
     * statements of one command with it).
     */
    public static final String STATEMENT_STATISTICS = "souveraen.postgres.statement-statistics";

    /** The address PostgreSQL listens on; never any other. */
    public static final String HOST = "127.0.0.1";
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";

    private static final AtomicInteger FRESH = new AtomicInteger();
    private static final org.postgresql.Driver DRIVER = new org.postgresql.Driver();

    private EmbeddedPostgres postgres;

    /**
     * A server that is not started yet (see {@link #start(Path, int, Factory)}), or with {@code owner} a view of a
     * server another class loader runs.
     */
    protected EmbeddedPostgresServer(Path dataDirectory, boolean temporary, int port, Remote owner) {
        super(dataDirectory, temporary, port, owner);
    }

    /** A view of a server another class loader runs ({@link #handle()}): same port and data, lifecycle delegated. */
    public static EmbeddedPostgresServer view(Map<String, Object> handle) {
        Remote owner = Remote.of(handle);
        return new EmbeddedPostgresServer(owner.directory(), true, owner.port(), owner);
    }

    /**
     * Starts a server.
     *
     * @param dataDirectory where the data lives and is kept; {@code null} for a temporary directory that is
     *                      deleted on {@link #close()}
     * @param port          the port on 127.0.0.1; {@code 0} picks a free one (kept across {@link #stop()} and
     *                      {@link #start()})
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, (directory, temporary, chosenPort) ->
                new EmbeddedPostgresServer(directory, temporary, chosenPort, null));
    }

    /** Creates the instance of a server before it starts (for subclasses). */
    protected interface Factory<S extends EmbeddedPostgresServer> {
        S create(Path directory, boolean temporary, int port);
    }

    /** {@link #start(Path, int)} with the instance made by {@code factory}. */
    protected static <S extends EmbeddedPostgresServer> S start(Path dataDirectory, int port, Factory<S> factory) {
        try {
            Path directory = directory(dataDirectory, "souveraen-pg-");
            return launch(factory.create(directory, dataDirectory == null, port == 0 ? FreePorts.find() : port));
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL could not be started", e);
        }
    }

    /** A server on a temporary directory and a free port. */
    public static EmbeddedPostgresServer startTemporary() {
        return start(null, 0);
    }

    /**
     * Starts the server again after {@link #stop()}, on the same port and data; does nothing while it runs.
     */
    @Override
    public synchronized void start() {
        if (owner != null) {
            owner.start().run();
            return;
        }
        QuietLogging.postgres();
        if (isClosed()) {
            throw new IllegalStateException("PostgreSQL on port " + port + " is closed");
        }
        if (postgres != null) {
            return;
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false) // this class deletes a temporary directory itself, on close()
                .setRegisterShutdownHook(false) // this class's own exit hook stops the server, then deletes
                .setPort(port)
                // how long to wait for the server to accept connections: a restart after the chaos test's write
                // burst (durable data folder, fsync on) took over 60 s on a loaded 2-core machine, and over 180 s
                // with three more builds running beside it
                .setPGStartupWait(Duration.ofSeconds(300))
                .setServerConfig("listen_addresses", HOST)
                .setServerConfig("max_connections", "300");
        if (Boolean.getBoolean(STATEMENT_STATISTICS)) {
            // the benchmark reads which statements one command issues (pg_stat_statements must be preloaded)
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        if (temporary) {
            // a throw-away database: durability is not worth the disk flushes
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        } else {
            // zonky always passes -F (fsync off); data that is meant to be kept is written durably
            builder.setServerConfig("fsync", "on");
        }
        // threads started here (zonky's log pumps) inherit the context class loader: make it this class's
        Thread thread = Thread.currentThread();
        ClassLoader callers = thread.getContextClassLoader();
        thread.setContextClassLoader(EmbeddedPostgresServer.class.getClassLoader());
        try {
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL could not be started on " + HOST + ":" + port
                    + " with data in " + directory, e);
        } finally {
            thread.setContextClassLoader(callers);
        }
        try {
            // initdb sets trust for local connections, so any password works; set it anyway so that
            // clients that insist on sending one (and configurations copied to production) are honest
            execute("postgres", "ALTER ROLE " + USER + " PASSWORD '" + PASSWORD + "'");
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** Stops the server (fast shutdown: open sessions are ended), keeping its port and data for {@link #start()}. */
    @Override
    public synchronized void stop() {
        if (owner != null) {
            owner.stop().run();
            return;
        }
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL could not be stopped", e);
        } finally {
            postgres = null;
        }
    }

    /** Whether the server is running (between {@link #start()} and {@link #stop()}). */
    @Override
    public synchronized boolean isRunning() {
        return owner != null ? owner.running().getAsBoolean() : postgres != null;
    }

    /** The port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** Where the data lives. */
    public Path dataDirectory() {
        return directory;
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/database}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
    }

    /** {@code postgresql://127.0.0.1:PORT/database}, the form of {@code quarkus.datasource.reactive.url}. */
    public String reactiveUrl(String database) {
        return "postgresql://" + HOST + ":" + port + "/" + database;
    }

    /** The superuser's name. */
    public String username() {
        return USER;
    }

    /** The superuser's password. */
    public String password() {
        return PASSWORD;
    }

    /** A new JDBC connection to {@code database} as the superuser. */
    public Connection connect(String database) throws SQLException {
        return connect(jdbcUrl(database), USER, PASSWORD);
    }

    /**
     * A JDBC connection through this class loader's PostgreSQL driver. {@link java.sql.DriverManager} is
     * avoided on purpose: it refuses a driver that a different class loader (a Quarkus test application's)
     * registered first.
     */
    public static Connection connect(String jdbcUrl, String user, String password) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        Connection connection = DRIVER.connect(jdbcUrl, credentials);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return connection;
    }

    /**
     * Creates the database unless it exists (safe when several callers race for the same name).
     *
     * @param name a plain identifier: letters, digits and underscores, not starting with a digit
     */
    public void createDatabaseIfMissing(String name) {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = connect("postgres")) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + name + "\"");
            }
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) { // duplicate_database: another caller was quicker
                return;
            }
            throw new IllegalStateException("database " + name + " could not be created", e);
        }
    }

    /**
     * Creates a new, empty database named {@code prefix_N} with the first free number N (also free of
     * databases that other test JVMs or class loaders made) and returns its name.
     */
    public String createFreshDatabase(String prefix) {
        if (prefix == null || !prefix.matches("[A-Za-z_][A-Za-z0-9_]{0,50}")) {
            throw new IllegalArgumentException("not a plain database name prefix: " + prefix);
        }
        try (Connection connection = connect("postgres"); Statement create = connection.createStatement()) {
            for (int attempt = 0; attempt < 10_000; attempt++) {
                String name = prefix + "_" + FRESH.incrementAndGet();
                try {
                    create.execute("CREATE DATABASE \"" + name + "\"");
                    return name;
                } catch (SQLException e) {
                    if (!"42P04".equals(e.getSQLState())) { // duplicate_database: taken, try the next number
                        throw e;
                    }
                }
            }
            throw new IllegalStateException("no free database name for " + prefix);
        } catch (SQLException e) {
            throw new IllegalStateException("a database " + prefix + "_N could not be created", e);
        }
    }

    private void execute(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL " + HOST + ":" + port + " (" + (temporary ? "temporary " : "") + directory + ")";
    }
}
