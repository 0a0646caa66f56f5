package de.souveraen.reporting.publication;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.CalendarScale;
import biweekly.property.Method;
import de.souveraen.eventstore.text.IcsLines;
import de.souveraen.reporting.portal.Labels;
import de.souveraen.reporting.report.QuarterlyReport;
import de.souveraen.reporting.view.Formats;
import de.souveraen.reporting.view.Lang;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * The administration's deadlines as an iCalendar feed (RFC 5545, written by biweekly): one all-day event per
 * cancel-by date of a contract in the coming two quarters (from the inventory view, as the report's upcoming
 * decisions list them), with a stable UID per dependency and date, and one per milestone of the programme of
 * measures due in that time ({@link #milestones}). Pure.
 */
public final class DeadlineCalendar {
    private DeadlineCalendar() {
    }

    public static String ics(List<QuarterlyReport.Deadline> deadlines, Instant stamp, String host, String name) {
        return ics(deadlines, List.of(), stamp, host, name);
    }

    public static String ics(List<QuarterlyReport.Deadline> deadlines, List<QuarterlyReport.MilestoneDue> milestones,
            Instant stamp, String host, String name) {
        Labels l = new Labels(Lang.DE);
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Souveraen//Fristen der Verwaltung//DE");
        calendar.setCalendarScale(CalendarScale.gregorian());
        calendar.setMethod(Method.publish());
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
        for (QuarterlyReport.Deadline d : deadlines) {
            VEvent event = new VEvent();
            event.setUid("deadline-" + d.dependencyId() + "-" + d.date() + "@" + host);
            event.setDateTimeStamp(Date.from(stamp));
            event.setDateStart(day(d.date()), false);
            event.setDateEnd(day(d.date().plusDays(1)), false);
            event.setSummary(l.of(d.kind()) + ": " + d.dependency());
            event.setDescription(l.of(d.kind()) + " bis " + Formats.date(d.date(), Lang.DE) + ". "
                    + d.dependency() + (d.vendor() == null ? "" : " (" + d.vendor() + ")")
                    + (d.annualCost() == null ? "" : ", jährliche Kosten " + Formats.money(d.annualCost(), Lang.DE))
                    + ".");
            event.addCategories("Frist");
            calendar.addEvent(event);
        }
        milestones(calendar, milestones, stamp, host);
        return IcsLines.fold(Biweekly.write(calendar).foldLines(false).go());
    }

    /** One all-day event per milestone due (UID by measure, milestone and date). */
    static void milestones(ICalendar calendar, List<QuarterlyReport.MilestoneDue> milestones, Instant stamp,
            String host) {
        for (QuarterlyReport.MilestoneDue m : milestones) {
            VEvent event = new VEvent();
            event.setUid("milestone-" + Integer.toHexString((m.measure() + "|" + m.milestone()).hashCode()) + "-"
                    + m.due() + "@" + host);
            event.setDateTimeStamp(Date.from(stamp));
            event.setDateStart(day(m.due()), false);
            event.setDateEnd(day(m.due().plusDays(1)), false);
            event.setSummary("Meilenstein fällig: " + m.milestone());
            event.setDescription("Maßnahme „" + m.measure() + "“: Meilenstein „" + m.milestone() + "“ fällig am "
                    + Formats.date(m.due(), Lang.DE) + (m.responsible() == null ? "" : ", verantwortlich: "
                            + m.responsible()) + ".");
            event.addCategories("Meilenstein");
            calendar.addEvent(event);
        }
    }

    private static Date day(LocalDate date) {
        // biweekly writes a date without time in the JVM's zone: local midnight keeps the day
        return Date.from(date.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    }
}
