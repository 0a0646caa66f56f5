package de.souveraen.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The lifecycle both embedded servers share (PostgreSQL and the Kafka broker): a directory that is deleted on close
 * when it is temporary, an exit hook that closes the server when the JVM ends unless an owner (the launcher) stops it
 * in order, views of a server another class loader runs ({@link Remote}; the test support's
 * {@code SharedInfrastructure} uses them), and shared instances that only their exit hook closes.
 */
public abstract class EmbeddedServer implements AutoCloseable {
    /** Where the server keeps its data. */
    protected final Path directory;
    /** Whether {@link #directory} was created for this server and is deleted when it closes. */
    protected final boolean temporary;
    /** Set on a view of a server that another class loader owns (see {@link Remote}). */
    protected final Remote owner;
    /** The port on 127.0.0.1. */
    protected final int port;

    private boolean closed;
    /** A shared instance ({@link #share()}): {@link #close()} leaves it running for its other users. */
    private boolean shared;
    private Thread exitHook;

    protected EmbeddedServer(Path directory, boolean temporary, int port, Remote owner) {
        this.directory = directory;
        this.temporary = temporary;
        this.port = port;
        this.owner = owner;
    }

    /** Stops the server, keeping its port and data. */
    public abstract void stop();

    /** Starts the server again after {@link #stop()}, on the same port and data; does nothing while it runs. */
    public abstract void start();

    /** Whether the server is running (between {@link #start()} and {@link #stop()}). */
    public abstract boolean isRunning();

    /** This server as JDK types only, for views in other class loaders ({@link Remote#of(Map)}). */
    public Map<String, Object> handle() {
        return Remote.handle(port, directory, this::start, this::stop, this::isRunning);
    }

    /**
     * Creates the directory of a new server: a temporary one when {@code given} is {@code null}, else {@code given}
     * (created if missing).
     */
    protected static Path directory(Path given, String temporaryPrefix) throws java.io.IOException {
        Path directory = given == null ? java.nio.file.Files.createTempDirectory(temporaryPrefix)
                : given.toAbsolutePath();
        java.nio.file.Files.createDirectories(directory);
        return directory;
    }

    /** Registers the exit hook of a new server and starts it; closes it again when the start fails. */
    protected static <S extends EmbeddedServer> S launch(S server) {
        try {
            server.closeAtExit();
            server.start();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Closes the server when the JVM exits (unless {@link #leaveShutdownToOwner()} is called later). */
    protected final synchronized void closeAtExit() {
        exitHook = new Thread(this::closeNow, "souveraen-" + port + "-close");
        Runtime.getRuntime().addShutdownHook(exitHook);
    }

    protected final synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Stops the server; a temporary directory is deleted, a given one is kept. On shared instances
     * ({@link #share()}) and views ({@link Remote}) this does nothing: they are closed when the JVM exits.
     */
    @Override
    public synchronized void close() {
        if (owner != null || shared) {
            return;
        }
        closeNow();
    }

    /** Marks a shared instance (one per JVM, used by many tests): only its exit hook closes it. */
    public synchronized void share() {
        shared = true;
    }

    private synchronized void closeNow() {
        if (closed) {
            return;
        }
        try {
            stop();
        } finally {
            closed = true;
            removeExitHook();
            if (temporary) {
                FileTrees.deleteQuietly(directory);
            }
        }
    }

    /**
     * Leaves stopping this server at JVM exit to its owner, who stops it from its own exit hook in order (the
     * launcher stops the services first). Otherwise the JVM runs both hooks at once and the server may stop while
     * the services that use it are still stopping.
     */
    public synchronized void leaveShutdownToOwner() {
        removeExitHook();
    }

    private void removeExitHook() {
        if (exitHook != null && exitHook != Thread.currentThread()) {
            try {
                Runtime.getRuntime().removeShutdownHook(exitHook);
            } catch (IllegalStateException jvmExiting) {
                // the hook runs anyway and finds this instance closed
            }
        }
        exitHook = null;
    }

    /**
     * A server's port, directory and lifecycle as JDK types, so that it can cross class loaders (Quarkus runs each
     * test application in a class loader of its own); the functions run in the owner's class loader.
     */
    public record Remote(int port, Path directory, Runnable start, Runnable stop, BooleanSupplier running) {
        static Map<String, Object> handle(int port, Path directory, Runnable start, Runnable stop,
                BooleanSupplier running) {
            return Map.of("port", port, "directory", directory, "start", start, "stop", stop, "running", running);
        }

        /** The server behind a {@link EmbeddedServer#handle()} made in another class loader. */
        public static Remote of(Map<String, Object> handle) {
            return new Remote((Integer) handle.get("port"), (Path) handle.get("directory"),
                    (Runnable) handle.get("start"), (Runnable) handle.get("stop"), (BooleanSupplier) handle.get("running"));
        }
    }
}
