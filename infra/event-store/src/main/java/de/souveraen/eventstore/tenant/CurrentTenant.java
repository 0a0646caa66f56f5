package de.souveraen.eventstore.tenant;

import de.souveraen.eventstore.quarkus.KernelConfig;
import de.souveraen.eventstore.store.Streams;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The municipality (tenant) of the current request, taken from the verified token's claim
 * ({@code souveraen.tenancy.claim}, default {@code tenant}) and never from a path, parameter or body. A token without
 * the claim belongs to the installation's one municipality ({@code souveraen.tenancy.default-tenant}) unless the
 * installation serves many ({@code souveraen.tenancy.claim-required}): then it is refused with 403. An anonymous
 * request reads the default municipality; public pages of a named municipality bind the store to it explicitly.
 */
@RequestScoped
public class CurrentTenant {
    private final SecurityIdentity identity;
    private final KernelConfig.Tenancy config;
    private String key;

    CurrentTenant(SecurityIdentity identity, KernelConfig config) {
        this.identity = identity;
        this.config = config.tenancy();
    }

    /** The municipality's key, e.g. {@code blankenheim}. */
    public String key() {
        if (key == null) {
            key = resolve();
        }
        return key;
    }

    private String resolve() {
        Object claim = identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt) ? null
                : jwt.getClaim(config.claim());
        String value = claim == null ? null : claim.toString().trim();
        if (value == null || value.isEmpty()) {
            if (config.claimRequired()) {
                throw new ForbiddenException("the token names no municipality");
            }
            return config.defaultTenant();
        }
        if (!Streams.validTenant(value)) {
            throw new ForbiddenException("the token names no valid municipality");
        }
        return value;
    }
}
