package de.souveraen.workgroup.calendar;

import static de.souveraen.workgroup.testing.Meetings.item;
import static de.souveraen.workgroup.testing.Meetings.scheduled;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_1;
import static de.souveraen.workgroup.testing.Workgroup.MEETING;
import static de.souveraen.workgroup.testing.Workgroup.START;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import de.souveraen.contracts.workgroup.MeetingCancelled;
import de.souveraen.workgroup.meeting.MeetingState;
import de.souveraen.workgroup.testing.Meetings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feed read back by an independent iCalendar parser: what a calendar client sees. */
class MeetingCalendarParseBackTest {
    private static final Instant STAMP = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void a_calendar_client_reads_every_property_back() {
        MeetingState m = Meetings.spec().given(scheduled(), item(ITEM_1, 1, "Haushalt, Stellenplan; Ü\nZeile 2 "
                + "mit einem sehr langen Titel, der über mehrere gefaltete Zeilen reicht")).state();
        String ics = MeetingCalendar.ics(List.of(m), STAMP, "souveraen");

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.lines().filter(l -> l.startsWith("PRODID:")))
                .containsExactly("PRODID:-//Souveraen//Arbeitsgruppe Digitale Souveraenitaet//DE");
        ICalendar read = Biweekly.parse(ics).first();
        assertThat(read.getMethod().getValue()).isEqualTo("PUBLISH");
        assertThat(read.getExperimentalProperty("X-WR-CALNAME").getValue())
                .isEqualTo("AG Digitale Souveränität & Open Source");
        VEvent event = read.getEvents().get(0);
        assertThat(event.getUid().getValue()).isEqualTo("meeting-" + MEETING + "@souveraen");
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(START.toInstant());
        assertThat(event.getDateTimeStamp().getValue().toInstant()).isEqualTo(STAMP);
        assertThat(event.getDescription().getValue()).isEqualTo(MeetingCalendar.publicAgenda(m));
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
    }

    @Test
    void a_cancelled_meeting_reads_back_as_cancelled() {
        MeetingState m = Meetings.spec().given(scheduled(),
                new MeetingCancelled(MEETING, "Beschlussunfähigkeit absehbar", LocalDate.of(2026, 3, 9))).state();
        VEvent event = Biweekly.parse(MeetingCalendar.ics(List.of(m), STAMP, "souveraen")).first().getEvents().get(0);
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
    }
}
