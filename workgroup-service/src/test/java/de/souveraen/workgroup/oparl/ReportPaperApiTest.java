package de.souveraen.workgroup.oparl;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.SouveraenTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A quarterly report published by the reporting service reaches the working group's OParl body through the
 * reporting topic (real test broker): it is listed as a Paper (Mitteilungsvorlage) of the municipality in the event's
 * CloudEvent extension, with the PDF as main File (size, SHA-256, access and download URL at the portal) and the
 * Beratungsfolge as embedded Consultations; a redelivered record changes nothing, another municipality never sees it.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
public class ReportPaperApiTest {
    static final String TENANT = "oparl-paper";

    static Map<String, Object> awaitPaper(String tenant, String reference) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> papers(tenant).stream().filter(p -> reference.equals(p.get("reference"))).findFirst()
                        .orElse(null), paper -> paper != null);
    }

    static List<Map<String, Object>> papers(String tenant) {
        return given().get("/" + tenant + "/oparl/v1.1/body/" + tenant + "/papers?limit=100").then().statusCode(200)
                .extract().jsonPath().getList("data");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_published_report_becomes_a_paper_with_its_pdf_as_file_once() {
        ProducerRecord<String, byte[]> record = ReportEvents.record(TENANT,
                ReportEvents.report(TENANT, "2026-Q3", "MV/2026/017"));
        assertThat(record.key()).isEqualTo(TENANT + "/publication-2026-Q3");
        ReportEvents.send(record);
        Map<String, Object> paper = awaitPaper(TENANT, "MV/2026/017");

        assertThat(paper.get("paperType")).isEqualTo("Mitteilungsvorlage");
        assertThat(paper.get("name")).isEqualTo("Quartalsbericht Digitale Souveränität – 2026-Q3");
        assertThat(paper.get("date")).isEqualTo("2026-10-14");
        assertThat((String) paper.get("id")).endsWith("/" + TENANT + "/oparl/v1.1/paper/publication-2026-Q3");
        Map<String, Object> file = (Map<String, Object>) paper.get("mainFile");
        assertThat(file.get("mimeType")).isEqualTo("application/pdf");
        assertThat(file.get("size")).isEqualTo(184320);
        assertThat(file.get("souveraen:sha256Checksum"))
                .isEqualTo("0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9");
        assertThat(file.get("accessUrl")).isEqualTo("http://localhost:8080/" + TENANT + "/reports/2026-Q3.pdf");
        assertThat(file.get("downloadUrl")).isEqualTo(file.get("accessUrl"));
        assertThat((String) file.get("created")).isEqualTo("2026-10-14T10:30:12+02:00");
        List<Map<String, Object>> consultations = (List<Map<String, Object>>) paper.get("consultation");
        assertThat(consultations).hasSize(2);
        assertThat(consultations.get(1).get("role")).isEqualTo("Kenntnisnahme – Rat der Gemeinde am 18.11.2026");
        assertThat(consultations.get(1).get("type")).isEqualTo("https://schema.oparl.org/1.1/Consultation");

        // every object by its id; the File in the body's file list
        JsonPath one = given().get((String) paper.get("id")).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*").extract().jsonPath();
        assertThat(one.getString("reference")).isEqualTo("MV/2026/017");
        given().get((String) file.get("id")).then().statusCode(200);
        given().get((String) consultations.get(0).get("id")).then().statusCode(200);
        List<String> files = given().get("/" + TENANT + "/oparl/v1.1/body/" + TENANT + "/files").then()
                .statusCode(200).extract().jsonPath().getList("data.id");
        assertThat(files).contains((String) file.get("id"));

        // redelivered (the same record again): still one paper; another municipality does not see it
        ReportEvents.send(record);
        ReportEvents.send(ReportEvents.record(TENANT, ReportEvents.report(TENANT, "2026-Q4", "MV/2027/002")));
        awaitPaper(TENANT, "MV/2027/002");
        assertThat(papers(TENANT)).extracting(p -> p.get("reference")).containsOnlyOnce("MV/2026/017");
        assertThat(given().get("/oparl/v1.1/body/blankenheim/papers?limit=100").asString())
                .doesNotContain("MV/2026/017");
        given().get("/oparl/v1.1/paper/publication-2026-Q3").then().statusCode(404);
    }

    @Test
    void papers_page_over_proposals_and_published_reports() {
        ReportEvents.send(ReportEvents.record(TENANT, ReportEvents.report(TENANT, "2026-Q2", "MV/2026/009")));
        awaitPaper(TENANT, "MV/2026/009");
        int total = given().get("/" + TENANT + "/oparl/v1.1/body/" + TENANT + "/papers").then().extract()
                .path("pagination.totalElements");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int page = 1; page <= total; page++) {
            JsonPath answer = given().get("/" + TENANT + "/oparl/v1.1/body/" + TENANT + "/papers?limit=1&page=" + page)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(answer.getList("data")).hasSize(1);
            seen.add(answer.getString("data[0].id"));
        }
        assertThat(seen).hasSize(total);
    }
}
