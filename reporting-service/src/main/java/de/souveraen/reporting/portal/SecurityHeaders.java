package de.souveraen.reporting.portal;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response of the service: pages, documents, static files, redirects to the sign-in,
 * problem+json errors and the router's own 404. A Vert.x filter ahead of authentication sets them as the response's
 * headers are written, so no code path can end a response without them.
 *
 * <p>The Content-Security-Policy allows scripts, styles and connections from the portal itself only (no inline
 * script or style: the page's script and styles are {@code /portal.js} and {@code /portal.css}; the SVG charts
 * carry no style attributes), images also as {@code data:}, and no framing. The Quarkus endpoints under
 * {@code /q/} (health, metrics, OpenAPI; Dev UI in dev mode, which needs inline script) get all headers but the CSP;
 * a municipality's coat of arms ({@code /{tenant}/wappen}, possibly SVG) carries a stricter policy of its own.
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Runs before the authentication filter (priority 200), so 401s and sign-in redirects carry them too. */
    static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            boolean quarkus = context.request().path() != null && context.request().path().startsWith("/q/");
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                // a response with a policy of its own keeps it (the coat of arms: a sandbox without any source)
                if (!quarkus && !headers.contains("Content-Security-Policy")) {
                    headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                }
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "same-origin");
            });
            context.next();
        }, PRIORITY);
    }
}
