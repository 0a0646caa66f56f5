package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole suite as {@code ./souveraen start} runs it ({@link SharedStack}), driven with real Keycloak tokens of the
 * demo users.
 */
@ExtendWith(SharedStack.class)
class StackEndToEndTest {
    static Launcher launcher;
    static StackClient client;
    static java.util.List<String> demoFailures;

    @BeforeAll
    static void stack() {
        launcher = SharedStack.stack.launcher();
        client = SharedStack.stack.client();
        demoFailures = SharedStack.stack.demoFailures();
    }

    static long within(java.time.Duration timeout, java.util.function.BooleanSupplier check) {
        return SharedStack.within(timeout, check);
    }

    @Test
    void theDemosReportShowsMeasuresOverdueItemsOpportunitiesFreezesAndTrainingResults() {
        assertThat(demoFailures).isEmpty();
        within(java.time.Duration.ofSeconds(30), () -> {
            var report = client.get("reporting", "/api/reports/2026-Q4", "rat");
            return report.status() == 200 && report.json().at("/progress/measures").size() >= 5
                    && report.json().at("/finances/freezes").size() >= 1;
        });
        var report = client.get("reporting", "/api/reports/2026-Q4", "rat").json();
        java.util.List<String> mandates = new java.util.ArrayList<>();
        report.at("/progress/measures").forEach(m -> mandates.add(m.path("mandate").asText()));
        assertThat(mandates).contains("ANALYSIS", "CONCEPT", "PROTOTYPES", "TRAINING", "RECOMMENDATIONS");
        var concept = java.util.stream.StreamSupport.stream(report.at("/progress/measures").spliterator(), false)
                .filter(m -> m.path("mandate").asText().equals("CONCEPT")).findFirst().orElseThrow();
        assertThat(concept.at("/late/0/title").asText()).isEqualTo("Entwurf des Konzepts");
        assertThat(concept.path("onTrack").asBoolean()).isFalse();
        assertThat(report.at("/progress/measuresOnTrack").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(report.at("/progress/sovereigntyTrend").size()).isGreaterThanOrEqualTo(1);
        assertThat(report.at("/progress/actionItems/overdue/0/title").asText())
                .isEqualTo("Angebote für Proxmox-Support einholen");
        assertThat(report.at("/upcomingDecisions/overdue").toString()).contains("Entwurf des Konzepts");
        assertThat(report.at("/upcomingDecisions/milestones").toString()).contains("Beschluss im Rat");
        assertThat(report.at("/risksAndOpportunities/opportunities/0/yearlySavings").decimalValue())
                .isGreaterThan(java.math.BigDecimal.ZERO);
        assertThat(report.at("/finances/freezes/0/authority").asText()).isEqualTo("TREASURER");
        assertThat(report.at("/finances/overPlan").toString()).contains("ÜPL-2026-04");
        assertThat(report.at("/finances/measureSpending").size()).isGreaterThanOrEqualTo(5);
        assertThat(report.at("/trainings/items/0/outcomes/0").asText()).isNotBlank();
        var page = client.get("reporting", "/", "rat");
        assertThat(page.body()).contains("Sachstand und Fortschritt").contains("Maßnahmen im Plan")
                .contains("Entwurf des Konzepts").contains("Überfällig")
                .contains("Haushaltswirtschaftliche Sperre der Kämmerei (§ 25 KomHVO NRW)");
    }

    @Test
    void keycloakIssuesTokensWithTheRealmRolesAndTheStableIssuer() throws IOException {
        String payload = new String(Base64.getUrlDecoder().decode(client.token("verwaltung").split("\\.")[1]),
                StandardCharsets.UTF_8);
        var claims = StackClient.JSON.readTree(payload);
        assertThat(claims.get("iss").asText()).isEqualTo(launcher.ports().issuer());
        assertThat(claims.at("/realm_access/roles").toString()).contains("\"administration\"");
        assertThat(claims.get("preferred_username").asText()).isEqualTo("verwaltung");
    }

    @Test
    void theDemoScenarioLoadsThroughTheApisAndShowsInTheReport() throws Exception {
        assertThat(demoFailures).isEmpty();
        within(java.time.Duration.ofSeconds(30), () -> {
            var report = client.get("reporting", "/api/reports/2026-Q4", "rat");
            // at least the demo's: the browser tests that share this stack add dependencies and meetings of their own
            return report.status() == 200 && report.json().at("/finances/total/appropriated").decimalValue()
                    .compareTo(new java.math.BigDecimal("15000")) == 0
                    && report.json().at("/trainings/sessions").asLong() >= 1
                    && report.json().at("/progress/dependencies").asLong() >= 12;
        });
        var report = client.get("reporting", "/api/reports/2026-Q4", "rat").json();
        assertThat(report.at("/upcomingDecisions/recommendations/0/councilSessionDate").asText())
                .isEqualTo("2027-01-28");
        assertThat(report.at("/risksAndOpportunities/topRisks/0/score").asInt()).isEqualTo(20);
    }

    @Test
    void anExpenseBookedByTheAdministrationReachesTheReport() throws Exception {
        java.math.BigDecimal before = spent();
        var booked = client.post("budget", "/api/budgets/2026/expenses", "verwaltung", """
                {"lineCode":"EMPFEHLUNG","amount":123.45,"vendor":"Druckerei Eifel","description":"Broschüre",
                 "invoiceRef":"E2E-1"}""", java.util.Map.of("Idempotency-Key", "e2e-1"));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        long millis = within(java.time.Duration.ofSeconds(10),
                () -> spent().compareTo(before.add(new java.math.BigDecimal("123.45"))) == 0);
        System.out.println("e2e freshness: expense visible in the report after " + millis + " ms");
        var again = client.post("budget", "/api/budgets/2026/expenses", "verwaltung", """
                {"lineCode":"EMPFEHLUNG","amount":123.45,"vendor":"Druckerei Eifel","description":"Broschüre",
                 "invoiceRef":"E2E-1"}""", java.util.Map.of("Idempotency-Key", "e2e-1"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asText()).isEqualTo(booked.json().get("id").asText());
    }

    @Test
    void aDecisionRecordedByTheWorkingGroupAppearsAmongUpcomingDecisions() throws Exception {
        String meeting = client.post("workgroup", "/api/meetings", "ag", """
                {"title":"Sondersitzung E2E","start":"2026-11-20T18:00:00+01:00","end":"2026-11-20T19:00:00+01:00",
                 "place":"Rathaus","publicMeeting":true}""", java.util.Map.of()).json().get("id").asText();
        String item = client.post("workgroup", "/api/meetings/" + meeting + "/agenda-items", "ag",
                "{\"title\":\"Ausstieg VMware\",\"publicItem\":true}", java.util.Map.of()).json().get("id").asText();
        client.post("workgroup", "/api/meetings/" + meeting + "/invitations", "ag", "{}", java.util.Map.of());
        client.post("workgroup", "/api/meetings/" + meeting + "/held", "ag", "{}", java.util.Map.of());
        var decision = client.post("workgroup", "/api/meetings/" + meeting + "/agenda-items/" + item + "/decision", "ag",
                "{\"outcome\":\"REFERRED\",\"resolution\":\"An den Rat verwiesen\",\"recommendation\":{\"text\":"
                        + "\"Ausstieg aus VMware beschließen\",\"councilSessionDate\":\"2027-02-04\"}}", java.util.Map.of());
        assertThat(decision.status()).as(decision.body()).isEqualTo(200);
        within(java.time.Duration.ofSeconds(10), () -> client.get("reporting", "/api/reports/2026-Q4", "rat").body()
                .contains("Ausstieg aus VMware beschließen"));
    }

    @Test
    void thePortalSignsInThroughKeycloakWithPkceAndShowsGermanFigures() throws Exception {
        var http = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        var anonymous = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                + launcher.ports().service("reporting") + "/budget")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        String location = anonymous.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(launcher.ports().issuer() + "/protocol/openid-connect/auth")
                .contains("client_id=portal").contains("code_challenge_method=S256");
        var page = client.get("reporting", "/budget", "rat");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("15.000,00\u00a0€").contains("Haushalt");
        assertThat(client.get("reporting", "/api/reports/2026-Q4", null).status()).isEqualTo(401);
    }

    @Test
    void thePackagedReportingServiceRendersEveryDocument() {
        for (String format : java.util.List.of("pdf", "odt", "csv", "json")) {
            StackClient.Reply reply = client.get("reporting", "/reports/2026-Q4." + format, "rat");
            assertThat(reply.status()).as(format + ": " + reply.body()).isEqualTo(200);
            assertThat(reply.body()).as(format).isNotEmpty();
        }
        assertThat(client.get("reporting", "/reports/2026-Q4.pdf", "rat").contentType()).isEqualTo("application/pdf");
    }

    @Test
    void theCouncilReadsButEveryWriteIsForbiddenAndNoTokenIs401() {
        assertThat(client.get("budget", "/api/budgets/2026", "rat").status()).isEqualTo(200);
        assertThat(client.post("budget", "/api/budgets/2026/expenses", "rat", "{}",
                java.util.Map.of("Idempotency-Key", "x")).status()).isEqualTo(403);
        assertThat(client.post("inventory", "/api/dependencies", "rat", "{}", java.util.Map.of()).status())
                .isEqualTo(403);
        assertThat(client.post("workgroup", "/api/meetings", "rat", "{}", java.util.Map.of()).status()).isEqualTo(403);
        assertThat(client.post("reporting", "/api/reports/2026-Q3/publication", "rat", "{}", java.util.Map.of())
                .status()).isEqualTo(403);
        assertThat(client.get("budget", "/api/budgets/2026", null).status()).isEqualTo(401);
        assertThat(client.get("reporting", "/api/reports/2026-Q4", null).status()).isEqualTo(401);
    }

    private static java.math.BigDecimal spent() {
        var report = client.get("reporting", "/api/reports/2026-Q4", "rat");
        return report.status() == 200 ? report.json().at("/finances/total/spent").decimalValue()
                : java.math.BigDecimal.ONE.negate();
    }

    @Test
    void everyServiceAcceptsRealTokensAndAppliesTheRoles() {
        for (String service : Launcher.SERVICES) {
            assertThat(client.get(service, "/api/admin/outbox", null).status()).as("%s anonymous", service)
                    .isEqualTo(401);
            assertThat(client.get(service, "/api/admin/outbox", "rat").status()).as("%s council", service)
                    .isEqualTo(403);
            assertThat(client.get(service, "/api/admin/outbox", "ag").status()).as("%s workgroup", service)
                    .isEqualTo(403);
            StackClient.Reply admin = client.get(service, "/api/admin/outbox", "verwaltung");
            assertThat(admin.status()).as("%s administration: %s", service, admin.body()).isEqualTo(200);
        }
    }
}
