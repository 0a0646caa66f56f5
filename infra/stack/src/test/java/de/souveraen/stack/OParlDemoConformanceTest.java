package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.oparl.OParlWalk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OParl 1.1 over the launcher's demo: each municipality's feed, walked from its System to every list, page, object,
 * embedded object and URL below its root, anonymously and as the municipality's council member, has no finding
 * against the project's description of OParl 1.1 ({@link de.souveraen.testing.oparl.OParlModel}) — the demo's
 * members, factions, held, invited and cancelled meetings, votes, minutes and the published quarterly report.
 */
@ExtendWith(SharedStack.class)
class OParlDemoConformanceTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"blankenheim, anonymous", "blankenheim, rat", "nettersheim, anonymous",
            "nettersheim, rat-nettersheim"})
    void the_demo_feed_has_no_finding(String municipality, String reader) {
        String token = reader.equals("anonymous") ? null : SharedStack.stack.client().token(reader);
        String system = "http://127.0.0.1:" + SharedStack.stack.ports().service("workgroup") + "/" + municipality
                + "/oparl/v1.1/system";
        OParlWalk.Result walk = OParlWalk.walk(system, url -> get(url, token));
        System.out.println("OParl walk of the demo, " + municipality + " as " + reader + ": " + walk);
        assertThat(walk.findings()).as("findings").isEmpty();
        assertThat(walk.types()).containsKeys("System", "Body", "LegislativeTerm", "Organization", "Person",
                "Membership", "Meeting", "AgendaItem", "Location");
        assertThat(walk.objects()).isGreaterThan(20);
        if (municipality.equals("blankenheim")) {
            assertThat(walk.types()).as("proposals and the published report").containsKeys("Paper", "Consultation",
                    "File");
            assertThat(walk.texts()).anyMatch(t -> t.contains("Mitteilungsvorlage"));
        }
    }

    private OParlWalk.Answer get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new OParlWalk.Answer(answer.statusCode(), name -> answer.headers().firstValue(name).orElse(null),
                    answer.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
