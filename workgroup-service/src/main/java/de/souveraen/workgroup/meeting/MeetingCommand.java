package de.souveraen.workgroup.meeting;

import de.souveraen.contracts.workgroup.ActionItemStatus;
import de.souveraen.contracts.workgroup.CouncilRecommendation;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.workgroup.meeting.attendance.AttendanceInput;
import de.souveraen.workgroup.meeting.vote.Ballot;
import de.souveraen.workgroup.roster.Roster;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What can be asked of one meeting (stream {@code meeting-<meetingId>}). Commands that depend on who belongs to the
 * working group carry the {@link Roster} of the meeting date, built by the caller from the members' states.
 */
public sealed interface MeetingCommand {

    UUID meetingId();

    /**
     * {@code POST /api/meetings}; {@code reconvening}: the meeting is convened again for the undecided items of an
     * earlier one that lacked quorum (null for an ordinary meeting).
     */
    record ScheduleMeeting(UUID meetingId, String title, OffsetDateTime start, OffsetDateTime end, String place,
            Boolean publicMeeting, Reconvening reconvening) implements MeetingCommand {

        public ScheduleMeeting(UUID meetingId, String title, OffsetDateTime start, OffsetDateTime end, String place,
                Boolean publicMeeting) {
            this(meetingId, title, start, end, place, publicMeeting, null);
        }
    }

    /**
     * The earlier meeting named by {@code reconvenedFrom} as the caller found it ({@code earlier}: its state,
     * {@link MeetingState#NONE} when there is none) and the ids for the items carried over, in the earlier agenda's
     * order (one per undecided item at least).
     */
    record Reconvening(UUID reconvenedFrom, MeetingState earlier, List<UUID> newItemIds) {
    }

    record RescheduleMeeting(UUID meetingId, OffsetDateTime start, OffsetDateTime end, String place)
            implements MeetingCommand {
    }

    record SendInvitations(UUID meetingId, LocalDate sentOn) implements MeetingCommand {
    }

    /**
     * The meeting took place; {@code actualStart}/{@code actualEnd} default to the scheduled times, {@code recordedAt}
     * is now (a meeting cannot be held before it starts).
     */
    record MarkHeld(UUID meetingId, OffsetDateTime actualStart, OffsetDateTime actualEnd, Instant recordedAt)
            implements MeetingCommand {
    }

    record CancelMeeting(UUID meetingId, String reason, LocalDate cancelledOn) implements MeetingCommand {
    }

    /** {@code PUT /api/meetings/{id}/minutes}: the whole text of the held meeting's minutes, replacing the last. */
    record WriteMinutes(UUID meetingId, String text) implements MeetingCommand {
    }

    record ApproveMinutes(UUID meetingId, LocalDate approvedOn) implements MeetingCommand {
    }

    /** {@code POST /api/meetings/{id}/agenda-items}; {@code position} null appends, {@code publicItem} null follows the meeting. */
    record AddAgendaItem(UUID meetingId, UUID agendaItemId, String title, Boolean publicItem, UUID proposalId,
            Integer position) implements MeetingCommand {
    }

    record RemoveAgendaItem(UUID meetingId, UUID agendaItemId) implements MeetingCommand {
    }

    record ReorderAgenda(UUID meetingId, List<UUID> agendaItemIds) implements MeetingCommand {
    }

    /** {@code POST /api/meetings/{id}/attendance}. */
    record RecordAttendance(UUID meetingId, List<AttendanceInput> entries, Roster roster) implements MeetingCommand {
    }

    /**
     * {@code POST /api/meetings/{id}/quorum-lack}: a member pointed out, or the chair found, that the held meeting
     * lacks quorum; from then on it takes no votes.
     */
    record RecordQuorumLack(UUID meetingId, Roster roster) implements MeetingCommand {
    }

    /**
     * {@code POST /api/meetings/{id}/agenda-items/{itemId}/vote}; {@code excludedForBias}: members excluded for bias in
     * this item (§ 31 GO NRW), null or empty for none.
     */
    record RecordVote(UUID meetingId, UUID agendaItemId, UUID voteId, String subject, Ballot ballot,
            List<UUID> excludedForBias, Roster roster) implements MeetingCommand {

        public RecordVote(UUID meetingId, UUID agendaItemId, UUID voteId, String subject, Ballot ballot,
                Roster roster) {
            this(meetingId, agendaItemId, voteId, subject, ballot, null, roster);
        }
    }

    /** {@code POST /api/meetings/{id}/agenda-items/{itemId}/decision}; {@code voteId} null means the latest vote. */
    record RecordDecision(UUID meetingId, UUID agendaItemId, DecisionOutcome outcome, String resolution, UUID voteId,
            CouncilRecommendation recommendation) implements MeetingCommand {
    }

    record AssignActionItem(UUID meetingId, UUID actionItemId, UUID agendaItemId, String title, String owner,
            UUID ownerMemberId, LocalDate dueDate) implements MeetingCommand {
    }

    record ChangeActionItemStatus(UUID meetingId, UUID actionItemId, ActionItemStatus status, LocalDate changedOn)
            implements MeetingCommand {
    }
}
