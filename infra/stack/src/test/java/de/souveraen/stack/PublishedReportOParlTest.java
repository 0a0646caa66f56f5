package de.souveraen.stack;

import static de.souveraen.stack.SharedStack.within;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A published quarterly report reaches the council where it already reads: the reporting service publishes
 * {@code reporting.ReportPublished.v1} on its topic, the working group's OParl body lists it as a Paper
 * (Mitteilungsvorlage) whose File downloads exactly the PDF the portal serves (same SHA-256, same size), and the
 * Atom feed names it.
 */
@ExtendWith(SharedStack.class)
class PublishedReportOParlTest {
    private static final String PERIOD = "2026-Q2";
    private static final String REFERENCE = "MV/2026/042";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void thePublishedReportIsAnOParlPaperWhoseFileIsTheIdenticalPdf() throws Exception {
        StackClient client = SharedStack.stack.client();
        StackClient.Reply published = client.post("reporting", "/api/reports/" + PERIOD + "/publication",
                "verwaltung", """
                        {"reference":"%s","responsibleOffice":"Fachbereich 1 – Zentrale Dienste","consultations":[
                         {"organization":"Arbeitsgruppe Digitale Souveränität & Open Source","date":"2026-07-08",
                          "role":"Kenntnisnahme"},
                         {"organization":"Rat der Gemeinde Blankenheim","date":"2026-07-22","role":"Kenntnisnahme"}]}"""
                        .formatted(REFERENCE), Map.of("Idempotency-Key", "oparl-paper-" + PERIOD));
        assertThat(published.status()).as(published.body()).isIn(200, 201);

        byte[] portalPdf = bytes(URI.create("http://127.0.0.1:" + SharedStack.stack.launcher().ports()
                .service("reporting") + "/blankenheim/reports/" + PERIOD + ".pdf"));
        String portalSha = sha256(portalPdf);

        AtomicReference<JsonNode> paper = new AtomicReference<>();
        within(Duration.ofSeconds(60), () -> {
            JsonNode list = client.get("workgroup", "/oparl/v1.1/body/blankenheim/papers?limit=100", null).json();
            for (JsonNode p : list.path("data")) {
                if (REFERENCE.equals(p.path("reference").asText())) {
                    paper.set(p);
                    return true;
                }
            }
            return false;
        });
        JsonNode p = paper.get();
        assertThat(p.path("paperType").asText()).isEqualTo("Mitteilungsvorlage");
        assertThat(p.path("consultation")).hasSize(2);
        JsonNode file = p.path("mainFile");
        assertThat(file.path("mimeType").asText()).isEqualTo("application/pdf");
        assertThat(file.path("size").asLong()).isEqualTo(portalPdf.length);
        assertThat(file.path("souveraen:sha256Checksum").asText()).isEqualTo(portalSha);

        URI download = URI.create(file.path("downloadUrl").asText());
        assertThat(download.getPath()).isEqualTo("/blankenheim/reports/" + PERIOD + ".pdf");
        byte[] downloaded = bytes(URI.create("http://127.0.0.1:" + SharedStack.stack.launcher().ports()
                .service("reporting") + download.getPath()));
        assertThat(sha256(downloaded)).as("the File downloads the identical PDF").isEqualTo(portalSha);

        String atom = client.get("reporting", "/blankenheim/reports.atom", null).body();
        assertThat(atom).contains("<feed").contains(PERIOD).contains(portalSha);
    }

    /**
     * The demo's published third quarter: the administration's five texts and the Vorlage's header are in the PDF,
     * no enumeration code is, and the OParl body lists it with the identical PDF.
     */
    @Test
    void theDemosPublishedQuarterCarriesTheFiveTextsAndIsListedInOParl() throws Exception {
        StackClient client = SharedStack.stack.client();
        byte[] pdf = bytes(URI.create("http://127.0.0.1:" + SharedStack.stack.launcher().ports().service("reporting")
                + "/blankenheim/reports/2026-Q3.pdf"));
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Mitteilungsvorlage", "MV/2026/017", "Haupt- und Finanzausschuss",
                "Die Bestandsaufnahme der Abhängigkeiten ist abgeschlossen",
                "Das größte Risiko bleibt die Bindung an die Bürosoftware",
                "Bis Ende des ersten Quartals 2027 entscheidet der Rat",
                "Eine überplanmäßige Ausgabe für Schulungen wurde vom Kämmerer genehmigt",
                "Die Schulungen zu LibreOffice und Nextcloud waren gut besucht");
        assertThat(text).as("no enumeration code in the council's document")
                .doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]{2,}\\b");
        String sha = sha256(pdf);
        within(Duration.ofSeconds(60), () -> client.get("workgroup", "/oparl/v1.1/body/blankenheim/papers?limit=100",
                null).body().contains(sha));
    }

    private byte[] bytes(URI uri) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
        return response.body();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
