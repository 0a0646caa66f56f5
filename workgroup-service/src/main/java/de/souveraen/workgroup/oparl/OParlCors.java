package de.souveraen.workgroup.oparl;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * OParl is open data for any web client: every response below {@code /oparl/v1.1} and a municipality's
 * {@code /{tenant}/oparl/v1.1} carries
 * {@code Access-Control-Allow-Origin: *}, errors (problem+json 400 and 404, unknown paths, a rejected token)
 * included. A Vert.x route ahead of every other one sets the header just before the headers are written, so it holds
 * whichever handler answers; no other path gets it.
 */
@ApplicationScoped
public class OParlCors {
    static final String PATH = "/oparl/v1.1";
    /** A municipality's OParl system: {@code /{tenant}/oparl/v1.1/…}. */
    static final java.util.regex.Pattern MUNICIPAL = java.util.regex.Pattern.compile("^/[^/]+/oparl/v1\\.1(/.*)?$");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String path = rc.normalizedPath();
            if (path.equals(PATH) || path.startsWith(PATH + "/") || MUNICIPAL.matcher(path).matches()) {
                rc.addHeadersEndHandler(v -> rc.response().headers().set("Access-Control-Allow-Origin", "*"));
            }
            rc.next();
        });
    }
}
