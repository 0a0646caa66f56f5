package de.souveraen.reporting.entry;

import io.smallrye.config.ConfigMapping;
import java.net.URI;

/**
 * Where the portal's forms send what people enter: the write services' base URLs. Only {@code %prod} or the
 * environment name real hosts ({@code SOUVERAEN_BUDGET_URL}, …); the local stack passes its loopback ports.
 */
@ConfigMapping(prefix = "souveraen.services")
public interface WriteServices {
    URI budget();

    URI inventory();

    URI workgroup();

    /** The reporting service's own API (narratives, publication), by default on this instance's own port. */
    @io.smallrye.config.WithDefault("http://127.0.0.1:8080")
    URI reporting();
}
