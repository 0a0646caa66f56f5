package de.souveraen.reporting.entry;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The portal's form guard, keyed by {@code souveraen.portal.form-secret} (at least 32 characters) when set. */
@Singleton
public class FormGuardProducer {

    @Produces
    @Singleton
    FormGuard guard(@ConfigProperty(name = "souveraen.portal.form-secret") Optional<String> secret) {
        return new FormGuard(secret);
    }
}
