package de.souveraen.testing;

import java.nio.file.Path;
import java.util.Map;

/**
 * {@link de.souveraen.embedded.EmbeddedKafkaBroker} as the tests know it: the type {@link SharedInfrastructure} hands
 * out, so that tests keep naming it from this package. Everything it does lives in {@code de.souveraen.embedded}.
 */
public final class EmbeddedKafkaBroker extends de.souveraen.embedded.EmbeddedKafkaBroker {
    private EmbeddedKafkaBroker(Path logDirectory, boolean temporary, int port, int controllerPort, Remote owner) {
        super(logDirectory, temporary, port, controllerPort, owner);
    }

    /** See {@link de.souveraen.embedded.EmbeddedKafkaBroker#start(Path, int)}. */
    public static EmbeddedKafkaBroker start(Path logDirectory, int port) {
        return start(logDirectory, port, (directory, temporary, clientPort, controllerPort) ->
                new EmbeddedKafkaBroker(directory, temporary, clientPort, controllerPort, null));
    }

    /** A broker on a temporary directory and a free port. */
    public static EmbeddedKafkaBroker startTemporary() {
        return start(null, 0);
    }

    /** A view of a broker another class loader runs: same port and data, its lifecycle delegated. */
    public static EmbeddedKafkaBroker view(Map<String, Object> handle) {
        Remote owner = Remote.of(handle);
        return new EmbeddedKafkaBroker(owner.directory(), true, owner.port(), -1, owner);
    }
}
