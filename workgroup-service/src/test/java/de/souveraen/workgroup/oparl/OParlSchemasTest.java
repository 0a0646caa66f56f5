package de.souveraen.workgroup.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema check finds what OParl 1.1 forbids: the known faults of earlier feeds are findings. */
class OParlSchemasTest {
    private static OParlSchemas schemas;

    @org.junit.jupiter.api.BeforeAll
    static void schemas() {
        org.junit.jupiter.api.Assumptions.assumeTrue(OParlSchemas.available(), "OParl 1.1 schemas not available");
        schemas = new OParlSchemas();
    }

    static List<String> findings(String json) throws Exception {
        JsonNode node = new ObjectMapper().readTree(json);
        List<String> findings = new ArrayList<>();
        schemas.check(node, null, "test", findings, (p, u) -> { }, e -> { });
        return findings;
    }

    @Test
    void a_date_time_without_seconds_is_a_finding() throws Exception {
        String meeting = "{\"id\":\"http://h/oparl/v1.1/meeting/1\",\"type\":\"https://schema.oparl.org/1.1/Meeting\","
                + "\"name\":\"S\",\"start\":\"%s\"}";
        assertThat(findings(meeting.formatted("2026-03-18T16:00Z"))).hasSize(1);
        assertThat(findings(meeting.formatted("2026-03-18T16:00:00+01:00"))).isEmpty();
    }

    @Test
    void consultations_of_a_paper_are_embedded_objects_not_urls() throws Exception {
        String paper = "{\"id\":\"http://h/oparl/v1.1/paper/1\",\"type\":\"https://schema.oparl.org/1.1/Paper\","
                + "\"consultation\":[%s]}";
        assertThat(findings(paper.formatted("\"http://h/oparl/v1.1/consultation/1\""))).isNotEmpty();
        assertThat(findings(paper.formatted("{\"id\":\"http://h/oparl/v1.1/consultation/1\","
                + "\"type\":\"https://schema.oparl.org/1.1/Consultation\"}"))).isEmpty();
        assertThat(findings(paper.formatted("{\"id\":\"http://h/oparl/v1.1/consultation/1\","
                + "\"type\":\"https://schema.oparl.org/1.1/Consultation\",\"authoritative\":\"nein\"}")))
                .as("embedded objects are checked too").isNotEmpty();
    }

    @Test
    void a_body_needs_its_lists_and_a_file_its_access_url() throws Exception {
        assertThat(findings("{\"id\":\"http://h/oparl/v1.1/body/x\",\"type\":\"https://schema.oparl.org/1.1/Body\","
                + "\"name\":\"B\",\"organization\":\"http://h/o\",\"person\":\"http://h/p\",\"meeting\":\"http://h/m\","
                + "\"paper\":\"http://h/pa\",\"legislativeTerm\":[]}")).isEmpty();
        assertThat(findings("{\"id\":\"http://h/oparl/v1.1/file/x\",\"type\":\"https://schema.oparl.org/1.1/File\"}"))
                .anyMatch(f -> f.contains("accessUrl"));
        assertThat(findings("{\"id\":\"relative\",\"type\":\"https://schema.oparl.org/1.1/File\","
                + "\"accessUrl\":\"http://h/a\"}")).as("ids are absolute URLs").isNotEmpty();
    }

    @Test
    void a_deleted_object_needs_only_its_stamps() throws Exception {
        assertThat(findings("{\"id\":\"http://h/oparl/v1.1/agenda-item/1\",\"type\":"
                + "\"https://schema.oparl.org/1.1/AgendaItem\",\"created\":\"2026-03-18T16:00:00+01:00\","
                + "\"modified\":\"2026-03-18T16:00:00+01:00\",\"deleted\":true}")).isEmpty();
        assertThat(findings("{\"id\":\"http://h/oparl/v1.1/agenda-item/1\",\"type\":"
                + "\"https://schema.oparl.org/1.1/AgendaItem\",\"deleted\":true}")).isNotEmpty();
    }
}
