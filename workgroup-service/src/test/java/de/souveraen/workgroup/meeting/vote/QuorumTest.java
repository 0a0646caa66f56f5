package de.souveraen.workgroup.meeting.vote;

import static de.souveraen.eventstore.domain.Rejection.Kind.CONFLICT;
import static de.souveraen.eventstore.domain.Rejection.Kind.UNPROCESSABLE;
import static de.souveraen.workgroup.testing.Meetings.attendance;
import static de.souveraen.workgroup.testing.Meetings.present;
import static de.souveraen.workgroup.testing.Meetings.vote;
import static de.souveraen.workgroup.testing.Workgroup.CDU_1;
import static de.souveraen.workgroup.testing.Workgroup.CDU_2;
import static de.souveraen.workgroup.testing.Workgroup.CDU_3;
import static de.souveraen.workgroup.testing.Workgroup.IT_LEAD;
import static de.souveraen.workgroup.testing.Workgroup.MEETING;
import static de.souveraen.workgroup.testing.Workgroup.MEETING_DATE;
import static de.souveraen.workgroup.testing.Workgroup.SPD_1;
import static de.souveraen.workgroup.testing.Workgroup.VOTE_1;
import static de.souveraen.workgroup.testing.Workgroup.VOTE_2;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.AttendanceStatus;
import de.souveraen.contracts.workgroup.Quorum;
import de.souveraen.contracts.workgroup.QuorumLackRecorded;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.workgroup.meeting.MeetingCommand;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordQuorumLack;
import de.souveraen.workgroup.meeting.MeetingState;
import de.souveraen.workgroup.testing.Meetings;
import de.souveraen.workgroup.testing.Workgroup;
import org.junit.jupiter.api.Test;

/** § 49 (1) GO NRW: quorate until the lack of quorum is found and recorded; then no more votes. */
class QuorumTest {
    private final DeciderSpec<MeetingCommand, MeetingState, MeetingEvent> spec = Meetings.spec();

    private static RecordQuorumLack lack() {
        return new RecordQuorumLack(MEETING, Workgroup.roster());
    }

    @Test
    void a_lack_of_quorum_is_recorded_with_the_count_of_the_moment_and_advisory_members_do_not_count() {
        spec.given(Meetings.heldMeeting()).given(present(CDU_1, CDU_2, SPD_1, IT_LEAD))
                .when(lack()).then(new QuorumLackRecorded(MEETING, MEETING_DATE, new Quorum(7, 3, 4, false)));
        assertThat(spec.given(spec.when(lack()).events()).state().quorumLacking()).isTrue();
    }

    @Test
    void after_a_recorded_lack_of_quorum_no_vote_is_taken() {
        spec.given(Meetings.heldMeeting()).given(present(CDU_1, CDU_2, CDU_3, SPD_1));
        spec.given(spec.when(vote(VOTE_1, Ballot.totals(4, 0, 0))).events());
        spec.given(attendance(AttendanceStatus.ABSENT, CDU_3));
        spec.given(spec.when(lack()).events());
        spec.when(vote(VOTE_2, Ballot.totals(3, 0, 0))).thenRejected(CONFLICT, "quorum-lacking", null);
    }

    @Test
    void a_lack_is_recorded_once_and_only_when_the_recorded_attendance_shows_it() {
        spec.given(Meetings.heldMeeting()).given(present(CDU_1, CDU_2, CDU_3, SPD_1));
        spec.when(lack()).thenRejected(UNPROCESSABLE, "quorate", "attendance");
        spec.given(attendance(AttendanceStatus.ABSENT, CDU_3));
        spec.given(spec.when(lack()).events());
        spec.when(lack()).thenRejected(CONFLICT, "quorum-lacking", null);
    }

    @Test
    void a_lack_of_quorum_is_found_in_a_held_meeting_only() {
        spec.given(Meetings.scheduled(), Meetings.invited()).when(lack())
                .thenRejected(CONFLICT, "meeting-not-held", null);
    }
}
