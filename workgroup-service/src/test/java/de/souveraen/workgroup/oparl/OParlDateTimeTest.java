package de.souveraen.workgroup.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.workgroup.testing.Meetings;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OParlDateTimeTest {

    @Test
    void a_date_time_keeps_its_seconds_when_they_are_zero() {
        assertThat(OParl.dateTime(OffsetDateTime.parse("2026-03-18T16:00+01:00")))
                .isEqualTo("2026-03-18T16:00:00+01:00");
    }

    @Test
    void utc_is_written_z_and_fractions_of_a_second_are_dropped() {
        assertThat(OParl.dateTime(OffsetDateTime.parse("2026-03-18T15:00Z"))).isEqualTo("2026-03-18T15:00:00Z");
        assertThat(OParl.dateTime(OffsetDateTime.parse("2026-03-18T15:00:07.123456Z")))
                .isEqualTo("2026-03-18T15:00:07Z");
    }

    @Test
    void created_and_modified_are_written_in_berlin_time_with_seconds() {
        assertThat(OParl.offset(Instant.parse("2026-03-18T15:00:00Z"))).isEqualTo("2026-03-18T16:00:00+01:00");
        assertThat(OParl.offset(Instant.parse("2026-07-01T10:00:00.5Z"))).isEqualTo("2026-07-01T12:00:00+02:00");
    }

    @Test
    void a_meeting_starts_and_ends_with_seconds() {
        Instant recorded = Instant.parse("2026-03-01T08:00:00Z");
        ObjectNode meeting = new OParl("http://localhost:8083", false).meeting(
                Meetings.spec().given(Meetings.scheduled()).state(), new OParl.Stamp(recorded, recorded), Map.of());
        assertThat(meeting.get("start").asText()).isEqualTo("2026-03-12T18:00:00+01:00");
        assertThat(meeting.get("end").asText()).isEqualTo("2026-03-12T20:00:00+01:00");
        assertThat(meeting.get("created").asText()).isEqualTo("2026-03-01T09:00:00+01:00");
    }
}
