package de.souveraen.workgroup.meeting;

import static de.souveraen.eventstore.domain.Rejection.Kind.CONFLICT;
import static de.souveraen.eventstore.domain.Rejection.Kind.UNPROCESSABLE;
import static de.souveraen.workgroup.testing.Meetings.attendance;
import static de.souveraen.workgroup.testing.Meetings.invited;
import static de.souveraen.workgroup.testing.Meetings.item;
import static de.souveraen.workgroup.testing.Meetings.present;
import static de.souveraen.workgroup.testing.Meetings.scheduled;
import static de.souveraen.workgroup.testing.Workgroup.CDU_1;
import static de.souveraen.workgroup.testing.Workgroup.CDU_2;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_1;
import static de.souveraen.workgroup.testing.Workgroup.IT_LEAD;
import static de.souveraen.workgroup.testing.Workgroup.MEETING;
import static de.souveraen.workgroup.testing.Workgroup.MEETING_DATE;
import static de.souveraen.workgroup.testing.Workgroup.SPD_1;
import static de.souveraen.workgroup.testing.Workgroup.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.AttendanceEntry;
import de.souveraen.contracts.workgroup.AttendanceRecorded;
import de.souveraen.contracts.workgroup.AttendanceStatus;
import de.souveraen.contracts.workgroup.MemberRole;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.workgroup.meeting.attendance.AttendanceInput;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordAttendance;
import de.souveraen.workgroup.roster.Roster;
import de.souveraen.workgroup.roster.RosterEntry;
import de.souveraen.workgroup.testing.Meetings;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.workgroup.testing.Workgroup;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceTest {
    private final DeciderSpec<MeetingCommand, MeetingState, MeetingEvent> spec = Meetings.spec();

    private static RecordAttendance record(AttendanceInput... entries) {
        return new RecordAttendance(MEETING, List.of(entries), Workgroup.roster());
    }

    private static AttendanceInput in(java.util.UUID member, AttendanceStatus status) {
        return new AttendanceInput(member, status);
    }

    @Test
    void entries_carry_the_affiliation_role_and_voting_right_of_the_meeting_date() {
        spec.given(Meetings.heldMeeting()).when(record(in(CDU_1, AttendanceStatus.PRESENT),
                in(IT_LEAD, AttendanceStatus.PRESENT), in(SPD_1, AttendanceStatus.EXCUSED)))
                .then(new AttendanceRecorded(MEETING, MEETING_DATE, List.of(
                        new AttendanceEntry(CDU_1, AttendanceStatus.PRESENT, Workgroup.CDU, MemberRole.CHAIR, true),
                        new AttendanceEntry(IT_LEAD, AttendanceStatus.PRESENT, Workgroup.ADMIN, MemberRole.ADVISORY,
                                false),
                        new AttendanceEntry(SPD_1, AttendanceStatus.EXCUSED, Workgroup.SPD, MemberRole.DEPUTY, true))));
    }

    @Test
    void before_the_meeting_only_excuses_are_recorded() {
        spec.given(scheduled(), item(ITEM_1, 1, "Begrüßung"), invited());
        spec.when(record(in(SPD_1, AttendanceStatus.EXCUSED))).then(attendance(AttendanceStatus.EXCUSED, SPD_1));
        spec.when(record(in(SPD_1, AttendanceStatus.EXCUSED), in(CDU_1, AttendanceStatus.PRESENT)))
                .thenRejected(CONFLICT, "meeting-not-held", "entries[1].status");
    }

    @Test
    void only_members_on_the_meeting_date_attend() {
        spec.given(Meetings.heldMeeting());
        spec.when(record(in(CDU_1, AttendanceStatus.PRESENT), in(STRANGER, AttendanceStatus.PRESENT)))
                .thenRejected(UNPROCESSABLE, "not-a-member", "entries[1].memberId");
        spec.when(record(in(CDU_1, AttendanceStatus.PRESENT), in(CDU_1, AttendanceStatus.ABSENT)))
                .thenRejected(UNPROCESSABLE, "duplicate-member", "entries[1].memberId");
        spec.when(record()).thenRejected(UNPROCESSABLE, "required", "entries");
        spec.when(record(in(CDU_1, null))).thenRejected(UNPROCESSABLE, "required", "entries[0].status");
    }

    @Test
    void the_roster_must_be_that_of_the_meeting_date_and_list_each_member_once() {
        spec.given(Meetings.heldMeeting());
        spec.when(new RecordAttendance(MEETING, List.of(in(CDU_1, AttendanceStatus.PRESENT)),
                Workgroup.roster(MEETING_DATE.minusDays(1))))
                .thenRejected(UNPROCESSABLE, "roster-date-mismatch", "roster.date");
        List<RosterEntry> twice = new ArrayList<>(Workgroup.roster().entries());
        twice.add(twice.get(0));
        spec.when(new RecordAttendance(MEETING, List.of(in(CDU_1, AttendanceStatus.PRESENT)),
                new Roster(MEETING_DATE, twice)))
                .thenRejected(UNPROCESSABLE, "duplicate-member", "roster.entries[8].memberId");
        spec.when(new RecordAttendance(MEETING, List.of(in(CDU_1, AttendanceStatus.PRESENT)), null))
                .thenRejected(UNPROCESSABLE, "required", "roster");
    }

    @Test
    void a_later_entry_replaces_the_earlier_one_and_an_unchanged_one_is_not_recorded_again() {
        spec.given(Meetings.heldMeeting()).given(present(CDU_1, CDU_2));
        spec.when(record(in(CDU_1, AttendanceStatus.PRESENT))).thenNothing();
        spec.when(record(in(CDU_1, AttendanceStatus.PRESENT), in(CDU_2, AttendanceStatus.ABSENT)))
                .then(attendance(AttendanceStatus.ABSENT, CDU_2));
        MeetingState state = spec.when(record(in(CDU_2, AttendanceStatus.ABSENT))).stateAfter();
        assertThat(state.present()).containsExactly(CDU_1);
    }
}
