package de.souveraen.workgroup.testing;

import static de.souveraen.workgroup.testing.Workgroup.END;
import static de.souveraen.workgroup.testing.Workgroup.MEETING;
import static de.souveraen.workgroup.testing.Workgroup.MEETING_DATE;
import static de.souveraen.workgroup.testing.Workgroup.START;

import de.souveraen.contracts.workgroup.AgendaItemAdded;
import de.souveraen.contracts.workgroup.AttendanceEntry;
import de.souveraen.contracts.workgroup.AttendanceRecorded;
import de.souveraen.contracts.workgroup.AttendanceStatus;
import de.souveraen.contracts.workgroup.MeetingHeld;
import de.souveraen.contracts.workgroup.MeetingInvitationsSent;
import de.souveraen.contracts.workgroup.MeetingScheduled;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.workgroup.meeting.MeetingCommand;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordVote;
import de.souveraen.workgroup.meeting.MeetingDecider;
import de.souveraen.workgroup.meeting.MeetingState;
import de.souveraen.workgroup.roster.RosterEntry;
import de.souveraen.workgroup.meeting.vote.Ballot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Histories of the meeting of 12 March 2026 (public, in the Rathaus) at its different stages. */
public final class Meetings {
    public static final String PLACE = "Rathaus Blankenheim, Sitzungssaal";

    private Meetings() {
    }

    public static DeciderSpec<MeetingCommand, MeetingState, MeetingEvent> spec() {
        return DeciderSpec.of(new MeetingDecider());
    }

    public static MeetingScheduled scheduled() {
        return new MeetingScheduled(MEETING, "3. Sitzung der AG Digitale Souveränität & Open Source", START, END, PLACE,
                true);
    }

    public static AgendaItemAdded item(UUID id, int position, String title) {
        return new AgendaItemAdded(MEETING, id, position, title, true, null);
    }

    public static MeetingInvitationsSent invited() {
        return new MeetingInvitationsSent(MEETING, LocalDate.of(2026, 3, 2));
    }

    public static MeetingHeld held() {
        return new MeetingHeld(MEETING, START, END);
    }

    /** Scheduled with one item (ITEM_1, on the proposal), invited and held. */
    public static List<MeetingEvent> heldMeeting() {
        return List.of(scheduled(), new AgendaItemAdded(MEETING, Workgroup.ITEM_1, 1,
                "Empfehlung: Open-Source-Strategie der Gemeinde", true, Workgroup.PROPOSAL), invited(), held());
    }

    /** Attendance of the given members with their roster facts. */
    public static AttendanceRecorded attendance(AttendanceStatus status, UUID... members) {
        List<AttendanceEntry> entries = new ArrayList<>();
        for (UUID member : members) {
            RosterEntry entry = Workgroup.roster().entry(member).orElseThrow();
            entries.add(new AttendanceEntry(member, status, entry.affiliation(), entry.role(), entry.votingRight()));
        }
        return new AttendanceRecorded(MEETING, MEETING_DATE, entries);
    }

    public static AttendanceRecorded present(UUID... members) {
        return attendance(AttendanceStatus.PRESENT, members);
    }

    /** All seven members with a vote present, and the advisory member too. */
    public static List<MeetingEvent> heldWithEveryonePresent() {
        List<MeetingEvent> events = new ArrayList<>(heldMeeting());
        List<UUID> all = new ArrayList<>(Workgroup.VOTING);
        all.add(Workgroup.IT_LEAD);
        events.add(present(all.toArray(UUID[]::new)));
        return events;
    }

    public static RecordVote vote(UUID voteId, Ballot ballot) {
        return new RecordVote(MEETING, Workgroup.ITEM_1, voteId, null, ballot, Workgroup.roster());
    }

    public static List<UUID> ids(UUID... ids) {
        return Arrays.asList(ids);
    }
}
