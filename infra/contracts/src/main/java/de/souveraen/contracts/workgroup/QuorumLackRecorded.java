package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The lack of quorum was found in a held meeting (a member pointed it out or the chair found it, § 49 (1) GO NRW):
 * until then the meeting was presumed quorate; from now on it takes no more votes. {@code quorum} is the count of
 * that moment from the recorded attendance ({@code reached} false).
 */
@EventType("workgroup.QuorumLackRecorded.v1")
public record QuorumLackRecorded(UUID meetingId, LocalDate meetingDate, Quorum quorum) implements MeetingEvent {
}
