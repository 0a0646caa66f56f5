package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A member now represents another faction (or the administration) from {@code effectiveFrom} on.
 */
@EventType("workgroup.MemberAffiliationChanged.v1")
public record MemberAffiliationChanged(UUID memberId, Affiliation previous, Affiliation affiliation,
        LocalDate effectiveFrom) implements MemberEvent {
}
