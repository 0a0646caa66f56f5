package de.souveraen.testing;

import java.nio.file.Path;
import java.util.Map;

/**
 * {@link de.souveraen.embedded.EmbeddedPostgresServer} as the tests know it: the type {@link SharedInfrastructure}
 * hands out, so that tests keep naming it from this package. Everything it does lives in
 * {@code de.souveraen.embedded}.
 */
public final class EmbeddedPostgresServer extends de.souveraen.embedded.EmbeddedPostgresServer {
    private EmbeddedPostgresServer(Path dataDirectory, boolean temporary, int port, Remote owner) {
        super(dataDirectory, temporary, port, owner);
    }

    /** See {@link de.souveraen.embedded.EmbeddedPostgresServer#start(Path, int)}. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, (directory, temporary, chosenPort) ->
                new EmbeddedPostgresServer(directory, temporary, chosenPort, null));
    }

    /** A server on a temporary directory and a free port. */
    public static EmbeddedPostgresServer startTemporary() {
        return start(null, 0);
    }

    /** A view of a server another class loader runs: same port and data, its lifecycle delegated. */
    public static EmbeddedPostgresServer view(Map<String, Object> handle) {
        Remote owner = Remote.of(handle);
        return new EmbeddedPostgresServer(owner.directory(), true, owner.port(), owner);
    }
}
