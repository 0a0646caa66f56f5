package de.souveraen.contracts.workgroup;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The meeting (just scheduled, stream {@code meeting-<id>}) is convened again for the items an earlier meeting could
 * not decide because its lack of quorum was recorded ({@code reconvenedFrom}, held on {@code earlierMeetingDate}): as
 * § 49 (2) GO NRW has it, it is quorate for these items regardless of how many members are present, and its
 * invitation says so. {@code agendaItemIds}: the items carried over, on this meeting's agenda (added just before).
 */
@EventType("workgroup.MeetingReconvened.v1")
public record MeetingReconvened(UUID meetingId, UUID reconvenedFrom, LocalDate earlierMeetingDate,
        List<UUID> agendaItemIds) implements MeetingEvent {

    public MeetingReconvened {
        agendaItemIds = agendaItemIds == null ? List.of() : List.copyOf(agendaItemIds);
    }
}
