package de.souveraen.reporting.report;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who reads drafts: a caller with one of the realm roles {@code administration}, {@code workgroup} or
 * {@code council}. Being signed in is not enough: a signed-in caller without any of them gets what an anonymous
 * visitor gets (published reports only), and a draft answers 403 to such a caller, 401 to an anonymous one.
 */
@ApplicationScoped
public class Readers {
    private final CurrentIdentityAssociation identity;

    Readers(CurrentIdentityAssociation identity) {
        this.identity = identity;
    }

    /** The caller (anonymous included), resolved when the request first needs it. */
    public Uni<SecurityIdentity> caller() {
        return identity.getDeferredIdentity();
    }

    public static boolean isReader(SecurityIdentity who) {
        return de.souveraen.eventstore.web.Readers.mayReadInternal(who);
    }

    /** The answer to a caller who is not a reader and asks for a draft: 401 if anonymous, else 403. */
    public static RuntimeException draftRefused(SecurityIdentity who) {
        return who.isAnonymous() ? new UnauthorizedException("draft reports need a sign-in")
                : new ForbiddenException("draft reports need the role administration, workgroup or council");
    }
}
