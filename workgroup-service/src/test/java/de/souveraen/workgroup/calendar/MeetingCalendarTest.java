package de.souveraen.workgroup.calendar;

import static de.souveraen.workgroup.testing.Meetings.item;
import static de.souveraen.workgroup.testing.Meetings.scheduled;
import static de.souveraen.workgroup.testing.Workgroup.END;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_1;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_2;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_3;
import static de.souveraen.workgroup.testing.Workgroup.MEETING;
import static de.souveraen.workgroup.testing.Workgroup.START;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.AgendaItemAdded;
import de.souveraen.contracts.workgroup.MeetingCancelled;
import de.souveraen.contracts.workgroup.MeetingRescheduled;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.workgroup.meeting.MeetingState;
import de.souveraen.workgroup.testing.Meetings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingCalendarTest {
    private static final Instant STAMP = Instant.parse("2026-03-01T08:00:00Z");

    private static MeetingState meeting(MeetingEvent... history) {
        return Meetings.spec().given(history).state();
    }

    private static String ics(MeetingState... meetings) {
        return MeetingCalendar.ics(Arrays.asList(meetings), STAMP, "souveraen");
    }

    /** The content lines with their folds undone (RFC 5545, 3.1). */
    private static List<String> unfolded(String ics) {
        return List.of(ics.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void a_meeting_never_rescheduled_has_sequence_0() {
        assertThat(unfolded(ics(meeting(scheduled())))).contains("SEQUENCE:0", "STATUS:CONFIRMED");
    }

    @Test
    void every_rescheduling_raises_the_sequence_by_one() {
        MeetingRescheduled once = new MeetingRescheduled(MEETING, START.plusDays(7), END.plusDays(7), "Online");
        MeetingRescheduled twice = new MeetingRescheduled(MEETING, START.plusDays(14), END.plusDays(14), "Online");
        MeetingState moved = meeting(scheduled(), once, twice);

        assertThat(moved.reschedules()).isEqualTo(2);
        assertThat(unfolded(ics(moved))).contains("SEQUENCE:2", "DTSTART:20260326T170000Z");
    }

    @Test
    void a_cancelled_meeting_stays_in_the_feed_as_cancelled_with_its_uid() {
        MeetingState cancelled = meeting(scheduled(),
                new MeetingCancelled(MEETING, "Beschlussunfähigkeit absehbar", LocalDate.of(2026, 3, 9)));

        assertThat(unfolded(ics(cancelled))).contains("UID:meeting-" + MEETING + "@souveraen", "STATUS:CANCELLED")
                .doesNotContain("STATUS:CONFIRMED");
    }

    @Test
    void the_description_lists_the_public_agenda_items_in_order_with_their_numbers() {
        MeetingState m = meeting(scheduled(), item(ITEM_1, 1, "Begrüßung"),
                new AgendaItemAdded(MEETING, ITEM_2, 2, "Personalangelegenheit Geheim", false, null),
                item(ITEM_3, 3, "Open-Source-Strategie"));

        assertThat(unfolded(ics(m))).contains(
                "DESCRIPTION:Tagesordnung (öffentlicher Teil):\\n1. Begrüßung\\n3. Open-Source-Strategie");
        assertThat(ics(m)).doesNotContain("Geheim");
    }

    @Test
    void a_reconvened_meeting_says_in_its_description_that_it_is_quorate_regardless() {
        MeetingState m = meeting(scheduled(), item(ITEM_1, 1, "Open-Source-Strategie"),
                new de.souveraen.contracts.workgroup.MeetingReconvened(MEETING,
                        java.util.UUID.fromString("7d1c2a4e-0000-4000-8000-000000000009"),
                        java.time.LocalDate.of(2026, 3, 5), List.of(ITEM_1)));

        assertThat(unfolded(ics(m))).contains("DESCRIPTION:" + MeetingState.RECONVENED_NOTE.replace(",", "\\,")
                .replace(";", "\\;") + "\\n\\nTagesordnung (öffentlicher Teil):\\n1. Open-Source-Strategie");
    }

    @Test
    void a_meeting_without_public_items_has_no_description() {
        MeetingState m = meeting(scheduled(),
                new AgendaItemAdded(MEETING, ITEM_2, 1, "Nichtöffentlich", false, null));

        assertThat(ics(m)).doesNotContain("DESCRIPTION");
    }

    @Test
    void agenda_titles_are_escaped_as_rfc_5545_text() {
        MeetingState m = meeting(scheduled(), item(ITEM_1, 1, "Haushalt, Stellenplan; Pfad C:\\Daten\nzweite Zeile"));

        assertThat(unfolded(ics(m))).contains("DESCRIPTION:Tagesordnung (öffentlicher Teil):\\n"
                + "1. Haushalt\\, Stellenplan\\; Pfad C:\\\\Daten\\nzweite Zeile");
    }

    @Test
    void a_long_description_is_folded_at_75_octets_without_splitting_a_character() {
        MeetingState m = meeting(scheduled(), item(ITEM_1, 1, "Überprüfung der Übergänge ".repeat(8).strip()),
                item(ITEM_2, 2, "Äußerungen der Öffentlichkeit zur künftigen Groupware-Lösung der Verwaltung"));
        String ics = ics(m);

        for (String physical : ics.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
            assertThat(physical).doesNotContain("\uFFFD");
        }
        String description = unfolded(ics).stream().filter(l -> l.startsWith("DESCRIPTION:")).findFirst()
                .orElseThrow();
        assertThat(description).endsWith("\\n2. Äußerungen der Öffentlichkeit zur künftigen Groupware-Lösung der "
                + "Verwaltung").contains("1. " + "Überprüfung der Übergänge ".repeat(8).strip());
        assertThat(ics).contains("\r\n ");
    }
}
