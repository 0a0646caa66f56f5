package de.souveraen.reporting.entry;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The portal's form guard, keyed by {@code souveraen.portal.form-secret} (at least 32 characters) when set. */
@Singleton
public class FormGuardProducer {

    /** The portal's own settings. */
    @ConfigMapping(prefix = "souveraen.portal")
    public interface PortalConfig {
        /** Signs the forms' CSRF tokens; without it (local stack, tests) a random one per process. */
        Optional<String> formSecret();
    }

    @Produces
    @Singleton
    FormGuard guard(PortalConfig config) {
        return new FormGuard(config.formSecret().filter(s -> !s.isBlank()));
    }
}
