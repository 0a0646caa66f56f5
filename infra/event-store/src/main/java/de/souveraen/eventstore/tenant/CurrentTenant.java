package de.souveraen.eventstore.tenant;

import de.souveraen.eventstore.quarkus.KernelConfig;
import de.souveraen.eventstore.store.Streams;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The municipality (tenant) of the current request, taken from the verified token's claim
 * ({@code souveraen.tenancy.claim}, default {@code tenant}) and never from a path, parameter or body. A token without
 * the claim belongs to the installation's one municipality ({@code souveraen.tenancy.default-tenant}) unless the
 * installation serves many ({@code souveraen.tenancy.claim-required}): then it is refused with 403. An anonymous
 * request reads the default municipality; public pages of a named municipality bind the store to it explicitly.
 * The identity is the one the request was authenticated with (never resolved here: a public endpoint under lazy
 * authentication must not block the event loop to verify a token it does not need).
 */
@RequestScoped
public class CurrentTenant {
    private final CurrentVertxRequest request;
    private final KernelConfig.Tenancy config;
    private String key;

    CurrentTenant(CurrentVertxRequest request, KernelConfig config) {
        this.request = request;
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
        RoutingContext context = request.getCurrent();
        SecurityIdentity identity = context != null && context.user() instanceof QuarkusHttpUser user
                ? user.getSecurityIdentity() : null;
        Object claim = identity == null || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) ? null : jwt.getClaim(config.claim());
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
