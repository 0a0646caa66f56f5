package de.souveraen.testing.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OParl 1.1 model finds what the specification forbids, and the walk follows a feed to its last object. */
class OParlModelTest {
    private static final OParlModel MODEL = OParlModel.oparl11();
    private static final String T = "https://schema.oparl.org/1.1/";

    static List<String> findings(String json) throws Exception {
        JsonNode node = new ObjectMapper().readTree(json);
        List<String> findings = new ArrayList<>();
        MODEL.check(node, null, "test", findings, OParlModel.Links.NONE);
        return findings;
    }

    @Test
    void the_model_knows_the_twelve_types_and_what_each_must_carry() {
        assertThat(MODEL.types()).containsExactlyInAnyOrder("System", "Body", "LegislativeTerm", "Organization",
                "Person", "Membership", "Meeting", "AgendaItem", "Paper", "Consultation", "File", "Location");
        assertThat(MODEL.required("System")).containsExactlyInAnyOrder("id", "type", "oparlVersion", "body");
        assertThat(MODEL.required("Body")).containsExactlyInAnyOrder("id", "type", "name", "organization", "person",
                "meeting", "paper", "legislativeTerm");
        assertThat(MODEL.required("File")).containsExactlyInAnyOrder("id", "type", "accessUrl");
        assertThat(MODEL.required("AgendaItem")).containsExactlyInAnyOrder("id", "type", "order");
        assertThat(MODEL.required("Meeting")).containsExactlyInAnyOrder("id", "type");
    }

    @Test
    void a_date_time_without_seconds_or_zone_is_a_finding() throws Exception {
        String meeting = "{\"id\":\"http://h/oparl/v1.1/meeting/1\",\"type\":\"" + T + "Meeting\","
                + "\"name\":\"S\",\"start\":\"%s\"}";
        assertThat(findings(meeting.formatted("2026-03-18T16:00Z"))).hasSize(1)
                .allMatch(f -> f.contains("start") && f.contains("RFC 3339"));
        assertThat(findings(meeting.formatted("2026-03-18T16:00:00"))).hasSize(1);
        assertThat(findings(meeting.formatted("2026-02-30T16:00:00+01:00"))).as("no such day").hasSize(1);
        assertThat(findings(meeting.formatted("2026-03-18T16:00:00+01:00"))).isEmpty();
        assertThat(findings(meeting.formatted("2026-03-18T15:00:00.250Z"))).isEmpty();
    }

    @Test
    void consultations_of_a_paper_are_embedded_objects_not_urls() throws Exception {
        String paper = "{\"id\":\"http://h/oparl/v1.1/paper/1\",\"type\":\"" + T + "Paper\",\"consultation\":[%s]}";
        assertThat(findings(paper.formatted("\"http://h/oparl/v1.1/consultation/1\""))).isNotEmpty();
        assertThat(findings(paper.formatted("{\"id\":\"http://h/oparl/v1.1/consultation/1\",\"type\":\"" + T
                + "Consultation\"}"))).isEmpty();
        assertThat(findings(paper.formatted("{\"id\":\"http://h/oparl/v1.1/consultation/1\",\"type\":\"" + T
                + "Consultation\",\"authoritative\":\"nein\"}"))).as("embedded objects are checked too")
                .singleElement().asString().contains("consultation[0]", "authoritative");
        assertThat(findings(paper.formatted("{\"id\":\"http://h/oparl/v1.1/file/1\",\"type\":\"" + T
                + "File\",\"accessUrl\":\"http://h/a\"}"))).as("a File where a Consultation belongs").isNotEmpty();
    }

    @Test
    void a_body_needs_its_lists_and_a_file_its_access_url() throws Exception {
        assertThat(findings("{\"id\":\"http://h/oparl/v1.1/body/x\",\"type\":\"" + T + "Body\",\"name\":\"B\","
                + "\"organization\":\"http://h/o\",\"person\":\"http://h/p\",\"meeting\":\"http://h/m\","
                + "\"paper\":\"http://h/pa\",\"legislativeTerm\":[]}")).isEmpty();
        assertThat(findings("{\"id\":\"http://h/oparl/v1.1/body/x\",\"type\":\"" + T + "Body\",\"name\":\"B\"}"))
                .hasSize(5);
        assertThat(findings("{\"id\":\"http://h/oparl/v1.1/file/x\",\"type\":\"" + T + "File\"}"))
                .singleElement().asString().contains("accessUrl");
        assertThat(findings("{\"id\":\"relative\",\"type\":\"" + T + "File\",\"accessUrl\":\"http://h/a\"}"))
                .as("ids are absolute URLs").isNotEmpty();
        assertThat(findings("{\"id\":\"http://h/f\",\"type\":\"" + T + "File\",\"accessUrl\":\"http://h/a\","
                + "\"size\":\"12\"}")).as("a size is an integer").isNotEmpty();
    }

    @Test
    void own_properties_need_a_vendor_prefix_and_types_their_url() throws Exception {
        String file = "{\"id\":\"http://h/f\",\"type\":\"" + T + "File\",\"accessUrl\":\"http://h/a\",%s}";
        assertThat(findings(file.formatted("\"sha256Checksum\":\"ab\""))).singleElement().asString()
                .contains("sha256Checksum", "vendor prefix");
        assertThat(findings(file.formatted("\"souveraen:sha256Checksum\":\"ab\""))).isEmpty();
        assertThat(findings("{\"id\":\"http://h/f\",\"type\":\"https://schema.oparl.org/1.0/File\"}"))
                .singleElement().asString().contains("unknown type");
    }

    @Test
    void a_deleted_object_needs_only_its_stamps() throws Exception {
        assertThat(findings("{\"id\":\"http://h/oparl/v1.1/agenda-item/1\",\"type\":\"" + T + "AgendaItem\","
                + "\"created\":\"2026-03-18T16:00:00+01:00\",\"modified\":\"2026-03-18T16:00:00+01:00\","
                + "\"deleted\":true}")).isEmpty();
        assertThat(findings("{\"id\":\"http://h/oparl/v1.1/agenda-item/1\",\"type\":\"" + T + "AgendaItem\","
                + "\"deleted\":true}")).hasSize(2);
    }

    /** A feed in memory: URL → body; every answer with the CORS header unless the URL is in {@code noCors}. */
    static OParlWalk.Reader feed(Map<String, String> bodies, String noCors) {
        return url -> {
            String body = bodies.get(url);
            if (body == null) {
                return new OParlWalk.Answer(404, h -> null, "");
            }
            return new OParlWalk.Answer(200, h -> h.equals("Access-Control-Allow-Origin") && !url.equals(noCors)
                    ? "*" : null, body);
        };
    }

    static Map<String, String> smallFeed(String meeting) {
        String r = "http://h/oparl/v1.1/";
        Map<String, String> feed = new HashMap<>();
        feed.put(r + "system", "{\"id\":\"" + r + "system\",\"type\":\"" + T + "System\",\"oparlVersion\":\"" + T
                + "\",\"body\":\"" + r + "bodies\"}");
        feed.put(r + "bodies", "{\"data\":[{\"id\":\"" + r + "body/x\",\"type\":\"" + T + "Body\",\"name\":\"B\","
                + "\"organization\":\"" + r + "body/x/organizations\",\"person\":\"" + r + "body/x/people\","
                + "\"meeting\":\"" + r + "body/x/meetings\",\"paper\":\"" + r + "body/x/papers\","
                + "\"legislativeTerm\":[]}],\"pagination\":{},\"links\":{\"first\":\"" + r + "bodies\",\"last\":\""
                + r + "bodies\"}}");
        feed.put(r + "body/x", new ObjectMapper().createObjectNode().toString());
        for (String list : List.of("organizations", "people", "papers")) {
            feed.put(r + "body/x/" + list, "{\"data\":[],\"pagination\":{},\"links\":{\"first\":\"x\",\"last\":\"x\"}}");
        }
        feed.put(r + "body/x/meetings", "{\"data\":[" + meeting + "],\"pagination\":{},\"links\":{\"first\":\"x\","
                + "\"last\":\"x\"}}");
        return feed;
    }

    @Test
    void the_walk_follows_lists_and_references_and_reports_what_is_wrong_where() {
        String r = "http://h/oparl/v1.1/";
        Map<String, String> feed = smallFeed("{\"id\":\"" + r + "meeting/1\",\"type\":\"" + T + "Meeting\","
                + "\"organization\":[\"" + r + "body/x\"]}");
        feed.put(r + "body/x", feed.get(r + "bodies").replaceAll("^\\{\"data\":\\[(.*)\\],\"pagination.*$", "$1"));
        feed.put(r + "meeting/1", "{\"id\":\"" + r + "meeting/1\",\"type\":\"" + T + "Meeting\",\"organization\":[\""
                + r + "body/x\"]}");
        OParlWalk.Result result = OParlWalk.walk(r + "system", feed(feed, r + "body/x/people"));
        assertThat(result.types()).containsKeys("System", "Body", "Meeting");
        assertThat(result.urls()).isEqualTo(8);
        assertThat(result.findings()).as(result.toString()).containsExactlyInAnyOrder(
                r + "body/x/people: no Access-Control-Allow-Origin: *",
                r + "body/x is a Body where organization refers to a Organization");
    }

    @Test
    void a_clean_feed_has_no_findings_and_a_missing_object_is_one() {
        String r = "http://h/oparl/v1.1/";
        Map<String, String> feed = smallFeed("");
        feed.put(r + "body/x", feed.get(r + "bodies").replaceAll("^\\{\"data\":\\[(.*)\\],\"pagination.*$", "$1"));
        assertThat(OParlWalk.walk(r + "system", feed(feed, null)).findings()).isEmpty();
        feed.remove(r + "body/x/papers");
        assertThat(OParlWalk.walk(r + "system", feed(feed, null)).findings())
                .containsExactly(r + "body/x/papers: HTTP 404");
    }
}
