package de.souveraen.workgroup.calendar;

import de.souveraen.contracts.workgroup.MeetingStatus;
import de.souveraen.workgroup.meeting.MeetingState;
import de.souveraen.workgroup.meeting.agenda.AgendaItem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The meetings as an iCalendar feed (RFC 5545): CRLF line ends, content lines folded at 75 octets (never inside a
 * UTF-8 sequence), TEXT values escaped ({@code \\ ; ,} and line breaks), times in UTC, a stable UID per meeting,
 * {@code SEQUENCE} the number of times the meeting was rescheduled (so calendars take the new time), cancelled
 * meetings kept with {@code STATUS:CANCELLED} so calendars remove them, and {@code DESCRIPTION} the public agenda
 * items' titles in their order, numbered by their place on the agenda as OParl numbers them. Pure.
 */
public final class MeetingCalendar {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private MeetingCalendar() {
    }

    public static String ics(List<MeetingState> meetings, Instant stamp, String host) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Souveraen//Arbeitsgruppe Digitale Souveraenitaet//DE");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text("AG Digitale Souveränität & Open Source"));
        for (MeetingState m : meetings) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:meeting-" + m.meetingId() + "@" + host);
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "SEQUENCE:" + m.reschedules());
            line(out, "DTSTART:" + UTC.format(m.start().toInstant()));
            line(out, "DTEND:" + UTC.format(m.end().toInstant()));
            line(out, "SUMMARY:" + text(m.title()));
            if (m.place() != null) {
                line(out, "LOCATION:" + text(m.place()));
            }
            String agenda = publicAgenda(m);
            if (!agenda.isEmpty()) {
                line(out, "DESCRIPTION:" + text(agenda));
            }
            line(out, "STATUS:" + (m.status() == MeetingStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
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
        return agenda.isEmpty() ? "" : "Tagesordnung (öffentlicher Teil):" + agenda;
    }

    /** Escapes a TEXT value (RFC 5545, 3.3.11). */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets: CRLF and one space before each continuation. */
    static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--; // do not split a UTF-8 sequence
            }
            out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74; // the leading space counts
        }
        out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
    }
}
