package de.souveraen.eventstore.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 5545 folding by octets: no line over 75 octets, no UTF-8 sequence split, the text unchanged when unfolded. */
class IcsLinesTest {
    @Test
    void long_lines_with_umlauts_are_folded_at_75_octets_and_unfold_to_the_same_text() {
        String description = "DESCRIPTION:" + "Tagesordnung öffentlicher Teil: Überprüfung der Abhängigkeiten, ".repeat(4);
        String folded = IcsLines.fold("BEGIN:VEVENT\r\n" + description + "\r\nEND:VEVENT\r\n");
        assertThat(folded).startsWith("BEGIN:VEVENT\r\nDESCRIPTION:").endsWith("\r\nEND:VEVENT\r\n");
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(folded.split("\r\n").length).isGreaterThan(4);
        assertThat(folded.replace("\r\n ", "")).isEqualTo("BEGIN:VEVENT\r\n" + description + "\r\nEND:VEVENT\r\n");
    }

    @Test
    void a_short_line_stays_as_it_is() {
        assertThat(IcsLines.fold("SUMMARY:Sitzung\r\n")).isEqualTo("SUMMARY:Sitzung\r\n");
    }
}
