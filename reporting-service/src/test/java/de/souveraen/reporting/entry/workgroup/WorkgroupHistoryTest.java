package de.souveraen.reporting.entry.workgroup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.Json;
import de.souveraen.reporting.view.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A meeting's and a training's history in words: German, with who and when, and no event or enumeration code. */
class WorkgroupHistoryTest {

    static JsonNode entry(String type, String change) throws Exception {
        return Json.mapper().readTree("{\"type\":\"workgroup." + type + "\",\"version\":1,\"recordedAt\":"
                + "\"2026-12-04T17:05:00Z\",\"actorSubject\":\"s-1\",\"actorName\":\"Anna Arbeitsgruppe\","
                + "\"change\":" + change + "}");
    }

    @Test
    void everyEventReadsAsWhatHappenedWithItsDetailsInGerman() throws Exception {
        JsonNode history = Json.mapper().createArrayNode()
                .add(entry("MeetingScheduled.v1", "{\"title\":\"4. Sitzung\",\"start\":\"2026-12-03T17:00:00Z\","
                        + "\"end\":\"2026-12-03T19:00:00Z\",\"place\":\"Rathaus\"}"))
                .add(entry("VoteRecorded.v2", "{\"subject\":\"Haushalt\",\"method\":\"ROLL_CALL\",\"result\":"
                        + "\"ADOPTED\",\"tally\":{\"yes\":4,\"no\":1,\"abstain\":0},\"excludedForBias\":[\"m-1\"]}"))
                .add(entry("DecisionRecorded.v1", "{\"outcome\":\"DEFERRED\",\"resolution\":\"Vertagt.\"}"))
                .add(entry("MinutesWritten.v1", "{\"text\":\"TOP 1: Bericht.\\nEnde.\"}"))
                .add(entry("QuorumLackRecorded.v1", "{}"))
                .add(entry("ActionItemStatusChanged.v1", "{\"previous\":\"OPEN\",\"status\":\"DONE\"}"))
                .add(entry("TrainingHeld.v1", "{\"details\":{\"date\":\"2026-12-01\",\"hours\":3.5},"
                        + "\"participants\":12}"));
        List<List<String>> rows = WorkgroupHistory.rows(history, Lang.DE);
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0).get(0)).startsWith("04.12.2026");
        assertThat(rows.get(0).subList(1, 4)).containsExactly("Sitzung anberaumt", "Anna Arbeitsgruppe",
                "4. Sitzung · 03.12.2026, 18:00–20:00 Uhr · Rathaus");
        assertThat(rows.get(1).get(1)).isEqualTo("Abstimmung erfasst");
        assertThat(rows.get(1).get(3)).contains("Haushalt", "Ja 4, Nein 1, Enthaltungen 0", "befangen: 1");
        assertThat(rows.get(2).get(3)).startsWith("Vertagt · Vertagt.");
        assertThat(rows.get(3)).contains("Niederschrift geschrieben", "TOP 1: Bericht. Ende.");
        assertThat(rows.get(4).get(1)).isEqualTo("Beschlussunfähigkeit festgestellt");
        assertThat(rows.get(6).get(3)).isEqualTo("01.12.2026 · 12 Teilnehmende · 3,5 Stunden");
        String all = rows.toString();
        assertThat(all).doesNotContain("ROLL_CALL", "ADOPTED", "DEFERRED", "OPEN", "DONE", "workgroup.",
                "VoteRecorded");
    }
}
