package de.souveraen.workgroup.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.CalendarScale;
import biweekly.property.Method;
import biweekly.property.Status;
import de.souveraen.contracts.workgroup.MeetingStatus;
import de.souveraen.eventstore.text.IcsLines;
import de.souveraen.workgroup.meeting.MeetingState;
import de.souveraen.workgroup.meeting.agenda.AgendaItem;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The meetings as an iCalendar feed (RFC 5545), written by biweekly: CRLF line ends, TEXT values escaped, times in
 * UTC, content lines folded at 75 octets (never inside a UTF-8 sequence), a stable UID per meeting,
 * {@code SEQUENCE} the number of times the meeting was rescheduled (so calendars take the new time), cancelled
 * meetings kept with {@code STATUS:CANCELLED} so calendars remove them, and {@code DESCRIPTION} the public agenda
 * items' titles in their order, numbered by their place on the agenda as OParl numbers them. Pure.
 */
public final class MeetingCalendar {

    /** The calendar's name ({@code X-WR-CALNAME}). */
    public static final String NAME = "AG Digitale Souveränität & Open Source";

    private MeetingCalendar() {
    }

    public static String ics(List<MeetingState> meetings, Instant stamp, String host) {
        return ics(meetings, stamp, host, NAME);
    }

    /** The calendar named {@code name}; UIDs end in {@code @host}. */
    public static String ics(List<MeetingState> meetings, Instant stamp, String host, String name) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Souveraen//Arbeitsgruppe Digitale Souveraenitaet//DE");
        calendar.setCalendarScale(CalendarScale.gregorian());
        calendar.setMethod(Method.publish());
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
        for (MeetingState m : meetings) {
            VEvent event = new VEvent();
            event.setUid("meeting-" + m.meetingId() + "@" + host);
            event.setDateTimeStamp(Date.from(stamp));
            event.setSequence(m.reschedules());
            event.setDateStart(Date.from(m.start().toInstant()), true);
            event.setDateEnd(Date.from(m.end().toInstant()), true);
            event.setSummary(m.title());
            if (m.place() != null) {
                event.setLocation(m.place());
            }
            String agenda = publicAgenda(m);
            if (!agenda.isEmpty()) {
                event.setDescription(agenda);
            }
            event.setStatus(m.status() == MeetingStatus.CANCELLED ? Status.cancelled() : Status.confirmed());
            calendar.addEvent(event);
        }
        // biweekly folds at 75 characters; RFC 5545 counts octets, so its lines are folded here instead
        return IcsLines.fold(Biweekly.write(calendar).foldLines(false).go());
    }

    /**
     * The public agenda items, one a line after the heading „Tagesordnung (öffentlicher Teil):“, each with its
     * number on the whole agenda; empty when the meeting has no public item. Non-public items never appear.
     */
    static String publicAgenda(MeetingState m) {
        StringBuilder agenda = new StringBuilder();
        List<AgendaItem> items = m.agenda().items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).publicItem()) {
                agenda.append('\n').append(i + 1).append(". ").append(items.get(i).title());
            }
        }
        String note = m.reconvenedFrom() == null ? "" : MeetingState.RECONVENED_NOTE + "\n\n";
        return agenda.isEmpty() ? note.strip() : note + "Tagesordnung (öffentlicher Teil):" + agenda;
    }
}
