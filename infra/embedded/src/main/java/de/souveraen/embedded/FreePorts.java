package de.souveraen.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free TCP ports on 127.0.0.1. */
public final class FreePorts {
    private FreePorts() {
    }

    /** A port on 127.0.0.1 that was free a moment ago (the caller binds it right away). */
    public static int find() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(EmbeddedPostgresServer.HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}
