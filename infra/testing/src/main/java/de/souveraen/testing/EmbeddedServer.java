package de.souveraen.testing;

import java.nio.file.Path;

/**
 * The lifecycle both embedded servers share (PostgreSQL and the Kafka broker): a directory that is deleted on close
 * when it is temporary, an exit hook that closes the server when the JVM ends unless an owner (the launcher) stops it
 * in order, views of a server another class loader runs ({@link SharedInfrastructure}), and shared instances that
 * only their exit hook closes.
 */
abstract class EmbeddedServer implements AutoCloseable {
    /** Where the server keeps its data. */
    protected final Path directory;
    /** Whether {@link #directory} was created for this server and is deleted when it closes. */
    protected final boolean temporary;
    /** Set on a view of a server that another class loader owns (see {@link SharedInfrastructure}). */
    protected final SharedInfrastructure.Remote owner;
    /** The port on 127.0.0.1. */
    protected final int port;

    private boolean closed;
    /** An instance of {@link SharedInfrastructure}: {@link #close()} leaves it running for the other tests. */
    private boolean shared;
    private Thread exitHook;

    protected EmbeddedServer(Path directory, boolean temporary, int port, SharedInfrastructure.Remote owner) {
        this.directory = directory;
        this.temporary = temporary;
        this.port = port;
        this.owner = owner;
    }

    /** Stops the server, keeping its port and data. */
    public abstract void stop();

    /** Closes the server when the JVM exits (unless {@link #leaveShutdownToOwner()} is called later). */
    protected final synchronized void closeAtExit() {
        exitHook = new Thread(this::closeNow, "souveraen-" + port + "-close");
        Runtime.getRuntime().addShutdownHook(exitHook);
    }

    protected final synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Stops the server; a temporary directory is deleted, a given one is kept. On the instances of
     * {@link SharedInfrastructure} this does nothing: they are closed when the JVM exits.
     */
    @Override
    public synchronized void close() {
        if (owner != null || shared) {
            return;
        }
        closeNow();
    }

    /** Marks an instance of {@link SharedInfrastructure}: only its exit hook closes it. */
    synchronized void share() {
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
}
