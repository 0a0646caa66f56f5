package de.souveraen.testing.app;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.TreeSet;

/** A tiny endpoint of this module's test application: who the verified token says the caller is. */
@Path("/whoami")
public class WhoAmIResource {
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed({"administration", "workgroup", "council"})
    public String whoAmI() {
        return identity.getPrincipal().getName() + " " + new TreeSet<>(identity.getRoles());
    }

    @GET
    @Path("/admin")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed("administration")
    public String admin() {
        return "ok";
    }
}
