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

    /**
     * The reporting service's own API (narratives, publication) for its forms; absent (the default): this instance
     * itself, on the port it listens on.
     */
    java.util.Optional<URI> reporting();

    /** {@code services} with this instance (listening on {@code port}) as the reporting service unless configured. */
    static WriteServices withOwn(WriteServices services, int port) {
        URI own = services.reporting().orElseGet(() -> URI.create("http://127.0.0.1:" + port));
        return new WriteServices() {
            @Override
            public URI budget() {
                return services.budget();
            }

            @Override
            public URI inventory() {
                return services.inventory();
            }

            @Override
            public URI workgroup() {
                return services.workgroup();
            }

            @Override
            public java.util.Optional<URI> reporting() {
                return java.util.Optional.of(own);
            }
        };
    }
}
