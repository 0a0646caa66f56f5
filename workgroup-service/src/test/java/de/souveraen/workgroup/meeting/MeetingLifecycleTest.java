package de.souveraen.workgroup.meeting;

import static de.souveraen.eventstore.domain.Rejection.Kind.CONFLICT;
import static de.souveraen.eventstore.domain.Rejection.Kind.NOT_FOUND;
import static de.souveraen.eventstore.domain.Rejection.Kind.UNPROCESSABLE;
import static de.souveraen.workgroup.testing.Meetings.PLACE;
import static de.souveraen.workgroup.testing.Meetings.held;
import static de.souveraen.workgroup.testing.Meetings.invited;
import static de.souveraen.workgroup.testing.Meetings.item;
import static de.souveraen.workgroup.testing.Meetings.scheduled;
import static de.souveraen.workgroup.testing.Workgroup.END;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_1;
import static de.souveraen.workgroup.testing.Workgroup.MEETING;
import static de.souveraen.workgroup.testing.Workgroup.START;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.MeetingCancelled;
import de.souveraen.contracts.workgroup.MeetingHeld;
import de.souveraen.contracts.workgroup.MeetingInvitationsSent;
import de.souveraen.contracts.workgroup.MeetingRescheduled;
import de.souveraen.contracts.workgroup.MeetingScheduled;
import de.souveraen.contracts.workgroup.MeetingStatus;
import de.souveraen.contracts.workgroup.MinutesApproved;
import de.souveraen.contracts.workgroup.MinutesWritten;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.workgroup.meeting.MeetingCommand.AddAgendaItem;
import de.souveraen.workgroup.meeting.MeetingCommand.ApproveMinutes;
import de.souveraen.workgroup.meeting.MeetingCommand.CancelMeeting;
import de.souveraen.workgroup.meeting.MeetingCommand.MarkHeld;
import de.souveraen.workgroup.meeting.MeetingCommand.RescheduleMeeting;
import de.souveraen.workgroup.meeting.MeetingCommand.ScheduleMeeting;
import de.souveraen.workgroup.meeting.MeetingCommand.SendInvitations;
import de.souveraen.workgroup.meeting.MeetingCommand.WriteMinutes;
import de.souveraen.workgroup.testing.Meetings;
import de.souveraen.eventstore.domain.DeciderSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MeetingLifecycleTest {
    private static final Instant AFTER_START = Instant.parse("2026-03-12T19:30:00Z");
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private final DeciderSpec<MeetingCommand, MeetingState, MeetingEvent> spec = Meetings.spec();

    @Test
    void a_meeting_is_scheduled_with_stripped_texts() {
        spec.when(new ScheduleMeeting(MEETING, " 3. Sitzung der AG Digitale Souveränität & Open Source ", START, END,
                PLACE + " ", true)).then(scheduled());
        assertThat(spec.when(new ScheduleMeeting(MEETING, "Sitzung", START, END, PLACE, true)).stateAfter().status())
                .isEqualTo(MeetingStatus.SCHEDULED);
    }

    @Test
    void a_meeting_ends_after_it_starts_and_states_whether_it_is_public() {
        spec.when(new ScheduleMeeting(MEETING, "Sitzung", START, START, PLACE, true))
                .thenRejected(UNPROCESSABLE, "end-before-start", "end");
        spec.when(new ScheduleMeeting(MEETING, "Sitzung", START, END, PLACE, null))
                .thenRejected(UNPROCESSABLE, "required", "publicMeeting");
        spec.when(new ScheduleMeeting(MEETING, "Sitzung", START, END, " ", true))
                .thenRejected(UNPROCESSABLE, "required", "place");
        spec.when(new ScheduleMeeting(MEETING, "x".repeat(201), START, END, PLACE, true))
                .thenRejected(UNPROCESSABLE, "too-long", "title");
    }

    @Test
    void a_meeting_is_scheduled_once() {
        spec.given(scheduled()).when(new ScheduleMeeting(MEETING, "Sitzung", START, END, PLACE, true))
                .thenRejected(CONFLICT, "meeting-exists", "meetingId");
    }

    @Test
    void an_unknown_meeting_is_not_found() {
        spec.when(new SendInvitations(MEETING, MARCH_2)).thenRejected(NOT_FOUND, "meeting-not-found", null);
    }

    @Test
    void invitations_need_an_agenda() {
        spec.given(scheduled()).when(new SendInvitations(MEETING, MARCH_2))
                .thenRejected(CONFLICT, "agenda-empty", null);
    }

    @Test
    void invitations_make_the_meeting_invited_and_may_be_sent_again() {
        spec.given(scheduled(), item(ITEM_1, 1, "Begrüßung"));
        assertThat(spec.when(new SendInvitations(MEETING, MARCH_2)).stateAfter().status())
                .isEqualTo(MeetingStatus.INVITED);
        spec.given(invited()).when(new SendInvitations(MEETING, LocalDate.of(2026, 3, 5)))
                .then(new MeetingInvitationsSent(MEETING, LocalDate.of(2026, 3, 5)));
    }

    @Test
    void a_meeting_is_held_only_after_invitations() {
        spec.given(scheduled(), item(ITEM_1, 1, "Begrüßung")).when(new MarkHeld(MEETING, null, null, AFTER_START))
                .thenRejected(CONFLICT, "meeting-not-invited", null);
    }

    @Test
    void a_meeting_is_not_held_before_it_starts() {
        spec.given(scheduled(), item(ITEM_1, 1, "Begrüßung"), invited())
                .when(new MarkHeld(MEETING, null, null, Instant.parse("2026-03-12T16:59:59Z")))
                .thenRejected(CONFLICT, "meeting-not-started", null);
    }

    @Test
    void a_held_meeting_records_the_actual_times_defaulting_to_the_scheduled_ones() {
        spec.given(scheduled(), item(ITEM_1, 1, "Begrüßung"), invited());
        spec.when(new MarkHeld(MEETING, null, null, Instant.parse("2026-03-12T17:00:00Z"))).then(held());
        OffsetDateTime late = START.plusMinutes(10);
        OffsetDateTime over = END.plusMinutes(25);
        spec.when(new MarkHeld(MEETING, late, over, AFTER_START)).then(new MeetingHeld(MEETING, late, over));
        spec.when(new MarkHeld(MEETING, END.plusHours(1), null, AFTER_START))
                .thenRejected(UNPROCESSABLE, "end-before-start", "actualEnd");
    }

    @Test
    void a_meeting_of_the_past_can_be_entered_afterwards() {
        OffsetDateTime january = OffsetDateTime.parse("2026-01-20T17:00:00+01:00");
        spec.given(new MeetingScheduled(MEETING, "Konstituierende Sitzung", january, january.plusHours(2), PLACE, true),
                item(ITEM_1, 1, "Wahl des Vorsitzes"), new MeetingInvitationsSent(MEETING, LocalDate.of(2026, 3, 1)))
                .when(new MarkHeld(MEETING, null, null, AFTER_START))
                .then(new MeetingHeld(MEETING, january, january.plusHours(2)));
    }

    @Test
    void a_meeting_not_yet_held_can_be_rescheduled_and_the_same_time_again_changes_nothing() {
        spec.given(scheduled(), item(ITEM_1, 1, "Begrüßung"), invited());
        spec.when(new RescheduleMeeting(MEETING, START.plusDays(7), END.plusDays(7), "Online (BigBlueButton)"))
                .then(new MeetingRescheduled(MEETING, START.plusDays(7), END.plusDays(7), "Online (BigBlueButton)"));
        spec.when(new RescheduleMeeting(MEETING, START, END, PLACE)).thenNothing();
        spec.given(held()).when(new RescheduleMeeting(MEETING, START.plusDays(7), END.plusDays(7), PLACE))
                .thenRejected(CONFLICT, "meeting-held", null);
    }

    @Test
    void a_meeting_is_cancelled_before_it_is_held_and_then_takes_no_more_changes() {
        spec.given(scheduled(), item(ITEM_1, 1, "Begrüßung"), invited());
        spec.when(new CancelMeeting(MEETING, "Krankheit des Vorsitzes", MARCH_2))
                .then(new MeetingCancelled(MEETING, "Krankheit des Vorsitzes", MARCH_2));
        spec.when(new CancelMeeting(MEETING, " ", MARCH_2)).thenRejected(UNPROCESSABLE, "required", "reason");
        spec.given(new MeetingCancelled(MEETING, "Krankheit", MARCH_2));
        spec.when(new AddAgendaItem(MEETING, ITEM_1, "Neu", true, null, null))
                .thenRejected(CONFLICT, "meeting-cancelled", null);
        spec.when(new MarkHeld(MEETING, null, null, AFTER_START)).thenRejected(CONFLICT, "meeting-cancelled", null);
    }

    @Test
    void a_held_meeting_cannot_be_cancelled() {
        spec.given(Meetings.heldMeeting()).when(new CancelMeeting(MEETING, "zu spät", MARCH_2))
                .thenRejected(CONFLICT, "meeting-held", null);
    }

    @Test
    void minutes_are_approved_for_a_held_meeting_no_earlier_than_the_meeting_day() {
        spec.given(scheduled(), item(ITEM_1, 1, "Begrüßung"), invited())
                .when(new ApproveMinutes(MEETING, LocalDate.of(2026, 4, 16)))
                .thenRejected(CONFLICT, "meeting-not-held", null);
        spec.given(held());
        spec.when(new ApproveMinutes(MEETING, LocalDate.of(2026, 3, 11)))
                .thenRejected(UNPROCESSABLE, "approved-before-meeting", "approvedOn");
        spec.when(new ApproveMinutes(MEETING, LocalDate.of(2026, 4, 16)))
                .then(new MinutesApproved(MEETING, LocalDate.of(2026, 4, 16)));
    }

    @Test
    void approved_minutes_freeze_the_meeting() {
        spec.given(Meetings.heldMeeting()).given(new MinutesApproved(MEETING, LocalDate.of(2026, 4, 16)));
        spec.when(new AddAgendaItem(MEETING, ITEM_1, "Nachtrag", true, null, null))
                .thenRejected(CONFLICT, "minutes-approved", null);
        spec.when(new ApproveMinutes(MEETING, LocalDate.of(2026, 4, 17)))
                .thenRejected(CONFLICT, "minutes-approved", null);
    }

    @Test
    void the_minutes_text_is_written_for_a_held_meeting_replaced_whole_and_an_unchanged_text_records_nothing() {
        spec.given(scheduled(), item(ITEM_1, 1, "Begrüßung"), invited())
                .when(new WriteMinutes(MEETING, "TOP 1: Begrüßung"))
                .thenRejected(CONFLICT, "meeting-not-held", null);
        spec.given(held());
        spec.when(new WriteMinutes(MEETING, "  ")).thenRejected(UNPROCESSABLE, "required", "text");
        spec.when(new WriteMinutes(MEETING, "x".repeat(20_001))).thenRejected(UNPROCESSABLE, "too-long", "text");
        spec.when(new WriteMinutes(MEETING, "Zeile\u0007")).thenRejected(UNPROCESSABLE, "control-characters",
                "text");
        var written = spec.when(new WriteMinutes(MEETING, " TOP 1: Begrüßung durch die Vorsitzende.\n\nEnde 19:40 "));
        written.then(new MinutesWritten(MEETING, "TOP 1: Begrüßung durch die Vorsitzende.\n\nEnde 19:40"));
        assertThat(written.stateAfter().minutes()).isEqualTo("TOP 1: Begrüßung durch die Vorsitzende.\n\nEnde 19:40");
        spec.given(new MinutesWritten(MEETING, "Erste Fassung"));
        spec.when(new WriteMinutes(MEETING, "Erste Fassung")).thenNothing();
        spec.when(new WriteMinutes(MEETING, "Zweite Fassung")).then(new MinutesWritten(MEETING, "Zweite Fassung"));
    }

    @Test
    void approved_minutes_keep_their_text() {
        spec.given(Meetings.heldMeeting()).given(new MinutesWritten(MEETING, "Genehmigte Fassung"),
                new MinutesApproved(MEETING, LocalDate.of(2026, 4, 16)));
        assertThat(spec.state().minutes()).isEqualTo("Genehmigte Fassung");
        spec.when(new WriteMinutes(MEETING, "Nachträglich geändert"))
                .thenRejected(CONFLICT, "minutes-approved", null);
    }
}
