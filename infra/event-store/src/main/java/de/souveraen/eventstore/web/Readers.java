package de.souveraen.eventstore.web;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;

/**
 * Who may read more than the public: a caller with one of the realm roles {@code administration}, {@code workgroup}
 * or {@code council}. Being signed in is not enough — in production the realm holds every employee of the
 * municipality, and a caller without one of these roles sees exactly what an anonymous caller sees (published
 * reports, public meetings and agenda items, open data).
 */
public final class Readers {
    /** The realm roles that may read drafts and non-public details. */
    public static final List<String> ROLES = List.of("administration", "workgroup", "council");

    private Readers() {
    }

    /** True when {@code who} carries one of {@link #ROLES}; false for anonymous and role-less callers. */
    public static boolean mayReadInternal(SecurityIdentity who) {
        if (who == null || who.isAnonymous()) {
            return false;
        }
        for (String role : ROLES) {
            if (who.hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}
