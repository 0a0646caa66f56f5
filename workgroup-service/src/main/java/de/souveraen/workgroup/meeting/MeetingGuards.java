package de.souveraen.workgroup.meeting;

import de.souveraen.contracts.workgroup.MeetingStatus;
import de.souveraen.eventstore.domain.Rejection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which commands a meeting accepts in which status. A refusal is a 409 whose code says why: the meeting is not yet
 * invited or held, already held, cancelled, or its minutes are approved (then it is the record and stays as it is).
 */
final class MeetingGuards {
    static final Set<MeetingStatus> BEFORE = EnumSet.of(MeetingStatus.SCHEDULED, MeetingStatus.INVITED);
    static final Set<MeetingStatus> OPEN = EnumSet.of(MeetingStatus.SCHEDULED, MeetingStatus.INVITED,
            MeetingStatus.HELD);
    static final Set<MeetingStatus> HELD = EnumSet.of(MeetingStatus.HELD);
    static final Set<MeetingStatus> INVITED = EnumSet.of(MeetingStatus.INVITED);
    static final Set<MeetingStatus> AFTER = EnumSet.of(MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED);

    private MeetingGuards() {
    }

    static void require(MeetingState state, Set<MeetingStatus> allowed) {
        MeetingStatus status = state.status();
        if (allowed.contains(status)) {
            return;
        }
        Rejection rejection;
        if (status == MeetingStatus.CANCELLED) {
            rejection = Rejection.conflict("meeting-cancelled", null, "Die Sitzung ist abgesagt.",
                    "The meeting is cancelled.");
        } else if (status == MeetingStatus.MINUTES_APPROVED) {
            rejection = Rejection.conflict("minutes-approved", null,
                    "Die Niederschrift ist genehmigt; die Sitzung kann nicht mehr geändert werden.",
                    "The minutes are approved; the meeting can no longer be changed.");
        } else if (status == MeetingStatus.HELD) {
            rejection = Rejection.conflict("meeting-held", null, "Die Sitzung hat bereits stattgefunden.",
                    "The meeting has been held already.");
        } else if (status == MeetingStatus.SCHEDULED && allowed.equals(INVITED)) {
            rejection = Rejection.conflict("meeting-not-invited", null,
                    "Zur Sitzung wurde noch nicht eingeladen.", "No invitations to the meeting were sent yet.");
        } else {
            rejection = Rejection.conflict("meeting-not-held", null,
                    "Die Sitzung hat noch nicht stattgefunden.", "The meeting has not been held yet.");
        }
        throw rejection.with("status", status);
    }
}
