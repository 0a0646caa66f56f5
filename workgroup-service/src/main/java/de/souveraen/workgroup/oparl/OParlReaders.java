package de.souveraen.workgroup.oparl;

import de.souveraen.eventstore.quarkus.KernelConfig;
import de.souveraen.eventstore.store.Streams;
import de.souveraen.eventstore.web.Readers;
import de.souveraen.workgroup.municipality.Municipalities;
import de.souveraen.workgroup.municipality.Municipality;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who reads a municipality's public pages, and as what: the municipality comes from the URL (the default one for
 * the URLs without a municipality), the reader's own municipality only from the token. Only a reader with a role
 * (administration, workgroup, council) of that same municipality sees its non-public meetings, agenda items and
 * roll calls; everyone else — anonymous, without a role, or of another municipality — sees its public data.
 */
@ApplicationScoped
public class OParlReaders {
    private final CurrentIdentityAssociation identity;
    private final Municipalities municipalities;
    private final KernelConfig.Tenancy tenancy;
    private final String defaultTenant;

    OParlReaders(CurrentIdentityAssociation identity, Municipalities municipalities, KernelConfig config) {
        this.identity = identity;
        this.municipalities = municipalities;
        this.tenancy = config.tenancy();
        this.defaultTenant = tenancy.defaultTenant();
    }

    /** The installation's default municipality (the URLs without a municipality in their path). */
    public String defaultTenant() {
        return defaultTenant;
    }

    /** The target for the default municipality's URLs below {@code /oparl/v1.1}. */
    public Uni<OParlTables.Target> ofDefault(UriInfo uri) {
        return target(defaultTenant, uri.getBaseUri() + "oparl/v1.1");
    }

    /** The target for a municipality's URLs below {@code /{tenant}/oparl/v1.1}; 404 for no municipality. */
    public Uni<OParlTables.Target> of(String key, UriInfo uri) {
        return target(key, uri.getBaseUri() + key + "/oparl/v1.1");
    }

    private Uni<OParlTables.Target> target(String key, String root) {
        Municipality municipality = municipalities.find(key).orElse(null);
        if (municipality == null) {
            return Uni.createFrom().failure(OParlTables.notFound(root));
        }
        return identity.getDeferredIdentity().map(who -> new OParlTables.Target(key,
                new OParl(root, municipality, Readers.mayReadInternal(who) && key.equals(municipalityOf(who)))));
    }

    /**
     * The signed-in reader's municipality as {@code CurrentTenant} takes it from the token (its claim, the default
     * municipality for a token without one unless the claim is required); null when the token names none.
     */
    private String municipalityOf(SecurityIdentity who) {
        if (who.isAnonymous() || !(who.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        Object claim = jwt.getClaim(tenancy.claim());
        String value = claim == null ? "" : claim.toString().trim();
        if (value.isEmpty()) {
            return tenancy.claimRequired() ? null : tenancy.defaultTenant();
        }
        return Streams.validTenant(value) ? value : null;
    }
}
