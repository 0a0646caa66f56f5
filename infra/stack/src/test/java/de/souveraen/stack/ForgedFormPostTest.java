package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A council member cannot write by forging what a form would send: the write services themselves refuse {@code rat}'s
 * real Keycloak token on every command (403 problem+json, nothing stored), and a form post by {@code rat} that the
 * portal's CSRF guard accepts — its token computed with the portal's secret for rat's own subject, as if the portal
 * had shown rat the form — is passed on, refused by the write service, and shown as that refusal.
 */
@ExtendWith(SharedStack.class)
class ForgedFormPostTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One command of each write service, with a body the owning role would get accepted. */
    record Command(String service, String path, String json) {
    }

    static final List<Command> COMMANDS = List.of(
            new Command("budget", "/api/budgets/2026/expenses", """
                    {"lineCode":"SCHULUNG","amount":12.34,"bookedOn":"2026-06-01","vendor":"Gefälscht GmbH",
                     "description":"Vom Rat gefälscht","invoiceRef":"RAT-FORGED-1"}"""),
            new Command("inventory", "/api/dependencies", """
                    {"name":"Vom Rat gefälscht","vendor":"Gefälscht GmbH","vendorCountry":"DE","category":"OFFICE",
                     "hosting":"ON_PREMISES","dataClassification":"INTERNAL","users":1,"annualCost":1.00}"""),
            new Command("workgroup", "/api/meetings", """
                    {"title":"Vom Rat gefälscht","start":"2026-12-20T18:00:00+01:00","end":"2026-12-20T19:00:00+01:00",
                     "place":"Rathaus","publicMeeting":true}"""));

    @Test
    void theWriteServicesRefuseTheCouncilsRealTokenOnEveryCommandAndStoreNothing() throws Exception {
        StackClient client = SharedStack.stack.client();
        for (Command command : COMMANDS) {
            StackClient.Reply reply = client.post(command.service(), command.path(), "rat", command.json(),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(reply.status()).as("%s %s as rat: %s", command.service(), command.path(), reply.body())
                    .isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().path("status").asInt()).isEqualTo(403);
        }
        assertThat(client.get("budget", "/api/budgets/2026/bookings?vendor=" + encode("Gefälscht GmbH"), "verwaltung")
                .json().path("items")).isEmpty();
        assertThat(client.get("inventory", "/api/dependencies?size=500", "verwaltung").body())
                .doesNotContain("Vom Rat gefälscht");
        assertThat(client.get("workgroup", "/api/meetings", "ag").body()).doesNotContain("Vom Rat gefälscht");
    }

    @Test
    void aFormPostByTheCouncilThatPassesThePortalsGuardIsRefusedByTheWriteServiceAndShownAsSuch() throws Exception {
        StackClient client = SharedStack.stack.client();
        String token = client.token("rat");
        String subject = subject(token);
        String key = "form-" + UUID.randomUUID();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_key", key);
        form.put("_token", csrf(SharedStack.stack.launcher().formSecret(), subject, key));
        form.put("year", "2026");
        form.put("lineCode", "SCHULUNG");
        form.put("amount", "12,34");
        form.put("vendor", "Gefälscht per Formular");
        form.put("invoiceRef", "RAT-FORGED-2");
        form.put("description", "Vom Rat über das Portal gefälscht");
        HttpResponse<String> response = postForm("/entry/budget/expenses/new?lang=de", token, form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("Dieses Formular ist der Rolle „Verwaltung“ vorbehalten. Es wurde nichts "
                + "gespeichert.").doesNotContain("stammt nicht aus Ihrer Sitzung").doesNotContain("name=\"_token\"");
        assertThat(client.get("budget", "/api/budgets/2026/bookings?vendor=" + encode("Gefälscht per Formular"),
                "verwaltung").json().path("items")).isEmpty();

        // the same post with a token issued for someone else's subject does not even reach the service
        form.put("_token", csrf(SharedStack.stack.launcher().formSecret(), subject(client.token("verwaltung")), key));
        HttpResponse<String> foreign = postForm("/entry/budget/expenses/new?lang=de", token, form);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("stammt nicht aus Ihrer Sitzung");
    }

    private HttpResponse<String> postForm(String path, String token, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + SharedStack.stack.ports().service("reporting") + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The token's {@code sub} claim. */
    static String subject(String jwt) throws IOException {
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        return claims.path("sub").asText();
    }

    /** What the portal's form guard issues for {@code subject} and {@code key}: HMAC-SHA256 under its secret. */
    static String csrf(String secret, String subject, String key) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal((subject + "\n" + key)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
