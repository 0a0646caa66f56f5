package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.testing.ApiFuzzer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two municipalities side by side in the running stack, with real Keycloak tokens: the users of Nettersheim
 * ({@code verwaltung-nettersheim}, {@code ag-nettersheim}, {@code rat-nettersheim}) call every operation of every
 * service's OpenAPI document with the ids and paths of Blankenheim's data, and nothing of Blankenheim leaks.
 *
 * <p>A cell is one operation × one Nettersheim user. It holds when
 * <ul>
 * <li>the answer with Blankenheim's ids equals the answer with ids that exist nowhere (same status, same problem
 * {@code code}): a foreign id cannot be told from an unknown one — 404, or 403 where the role table refuses first;
 * <li>an operation addressed by a Blankenheim id never answers 2xx;
 * <li>no answer carries one of Blankenheim's ids (other than those in the request) or one of its texts;
 * <li>nothing answers 5xx.
 * </ul>
 * Writes carry an empty JSON object, so they change nothing. The write services' cells and reporting's cells are
 * separate tests; reporting's follow the intended behaviour (signed-in pages show the token's municipality, public
 * URLs {@code /{tenant}/reports…}). The matrix is written to {@code target/tenant-isolation-matrix.md}.
 */
@ExtendWith(SharedStack.class)
class TenantIsolationTest {
    static final List<String> NETTERSHEIM_USERS = List.of("verwaltung-nettersheim", "ag-nettersheim",
            "rat-nettersheim");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Texts only Blankenheim's demo data contains (vendors, places, references, mail domain). */
    static final List<String> BLANKENHEIM_TEXTS = List.of("Kommunalberatung Eifel", "Rathaus Blankenheim",
            "blankenheim.example", "RE-2026-0112", "V-AG-2026/03");

    static StackClient client;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    /** Blankenheim's ids by kind (dependency, risk, meeting, …), and every id seen in its answers. */
    static final Map<String, List<String>> FOREIGN = new LinkedHashMap<>();
    static final Set<String> BLANKENHEIM_IDS = new LinkedHashSet<>();

    @BeforeAll
    static void blankenheimsIds() {
        client = SharedStack.stack.client();
        assertThat(SharedStack.stack.demoFailures()).as("demo data of both municipalities").isEmpty();
        // a held meeting with an agenda item and an action item, so that every meeting operation has Blankenheim's ids
        String held = client.post("workgroup", "/api/meetings", "ag", """
                {"title":"Abstimmung mit den Nachbarkommunen","start":"2026-11-25T18:00:00+01:00",
                 "end":"2026-11-25T19:30:00+01:00","place":"Rathaus Blankenheim, Sitzungssaal","publicMeeting":true}""",
                Map.of()).json().get("id").asText();
        StackClient.Reply agendaItem = client.post("workgroup", "/api/meetings/" + held + "/agenda-items", "ag",
                "{\"title\":\"Gemeinsame Beschaffung\",\"publicItem\":true}", Map.of());
        assertThat(agendaItem.status()).as(agendaItem.body()).isEqualTo(201);
        client.post("workgroup", "/api/meetings/" + held + "/invitations", "ag", "{}", Map.of());
        StackClient.Reply marked = client.post("workgroup", "/api/meetings/" + held + "/held", "ag", "{}", Map.of());
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        StackClient.Reply action = client.post("workgroup", "/api/meetings/" + held + "/action-items", "ag",
                "{\"title\":\"Abgleich der Mandantentrennung\",\"owner\":\"Verwaltung\",\"dueDate\":\"2026-12-31\"}",
                Map.of());
        assertThat(action.status()).as(action.body()).isEqualTo(201);

        FOREIGN.put("dependency", ids("inventory", "/api/dependencies?size=500", "verwaltung"));
        FOREIGN.put("risk", ids("inventory", "/api/risks?size=500", "verwaltung"));
        FOREIGN.put("opportunity", ids("inventory", "/api/opportunities?size=500", "verwaltung"));
        List<String> alternatives = new ArrayList<>();
        for (String dependency : FOREIGN.get("dependency")) {
            JsonNode detail = client.get("inventory", "/api/dependencies/" + dependency, "verwaltung").json();
            detail.path("alternatives").forEach(a -> alternatives.add(a.path("id").asText()));
            if (!detail.path("alternatives").isEmpty() && !FOREIGN.containsKey("dependency-with-alternative")) {
                FOREIGN.put("dependency-with-alternative", List.of(dependency));
            }
        }
        FOREIGN.put("alternative", alternatives);
        FOREIGN.put("commitment", ids("budget", "/api/budgets/2026/commitments?size=500", "verwaltung"));
        FOREIGN.put("expense", ids("budget", "/api/budgets/2026/bookings?size=500&kind=EXPENSE", "verwaltung"));
        FOREIGN.put("member", ids("workgroup", "/api/members", "ag"));
        FOREIGN.put("meeting", ids("workgroup", "/api/meetings", "ag"));
        FOREIGN.put("proposal", ids("workgroup", "/api/proposals", "ag"));
        FOREIGN.put("training", ids("workgroup", "/api/trainings", "ag"));
        JsonNode meeting = client.get("workgroup", "/api/meetings/" + held, "ag").json();
        List<String> items = new ArrayList<>();
        meeting.at("/agenda/items").forEach(item -> items.add(firstId(item)));
        FOREIGN.put("agenda-item", items);
        List<String> actions = new ArrayList<>();
        meeting.path("actionItems").fieldNames().forEachRemaining(actions::add);
        FOREIGN.put("action-item", actions);
        FOREIGN.put("meeting-with-items", List.of(held));
        FOREIGN.forEach((kind, ids) -> {
            assertThat(ids).as("Blankenheim's %s ids", kind).isNotEmpty().doesNotContainNull();
            BLANKENHEIM_IDS.addAll(ids);
        });
        System.out.println("tenant isolation: Blankenheim's ids by kind: " + FOREIGN.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().size()).toList());
    }

    // ---- the realm: each user's municipality, and who may change it ----

    @Test
    void realTokensCarryTheUsersMunicipality() {
        for (String user : List.of("verwaltung", "ag", "rat", "gast")) {
            assertThat(claims(client.token(user)).path("tenant").asText()).as(user).isEqualTo("blankenheim");
        }
        for (String user : NETTERSHEIM_USERS) {
            assertThat(claims(client.token(user)).path("tenant").asText()).as(user).isEqualTo("nettersheim");
        }
        assertThat(claims(client.token("provider")).has("tenant")).as("the provider belongs to no municipality")
                .isFalse();
        assertThat(claims(client.token("provider")).at("/realm_access/roles").toString()).contains("\"provider\"");
    }

    /**
     * The {@code tenant} attribute is the municipality: a user must not be able to move to another one. Keycloak's
     * account REST API is given the manage-account role for this test, so the refusal comes from the user profile
     * (the attribute is admin-edit only) and not from a missing role: a change of the user's own first name goes
     * through, a change of the attribute is refused, and the admin API still reads {@code nettersheim}.
     */
    @Test
    void aUserCannotChangeTheirOwnMunicipality() throws Exception {
        KeycloakAdmin admin = new KeycloakAdmin(SharedStack.stack.ports().keycloak());
        String user = "rat-nettersheim";
        String userId = admin.userId(user);
        admin.grantAccountManagement(userId, true);
        try {
            String token = fetchToken(user);
            String account = "http://127.0.0.1:" + SharedStack.stack.ports().keycloak() + "/realms/"
                    + KeycloakServer.REALM + "/account";
            HttpResponse<String> own = send(HttpRequest.newBuilder(URI.create(account))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET());
            assertThat(own.statusCode()).as("the account API reads the user's own profile: " + own.body())
                    .isEqualTo(200);
            com.fasterxml.jackson.databind.node.ObjectNode profile = (com.fasterxml.jackson.databind.node.ObjectNode)
                    StackClient.JSON.readTree(own.body());
            profile.put("firstName", "Ratsmitglied");
            HttpResponse<String> name = post(account, token, profile.toString());
            assertThat(name.statusCode()).as("a change of the own first name: " + name.body()).isBetween(200, 204);

            com.fasterxml.jackson.databind.node.ObjectNode attributes = profile.with("attributes");
            attributes.putArray("tenant").add("blankenheim");
            HttpResponse<String> move = post(account, token, profile.toString());
            assertThat(move.statusCode()).as("a change of the own municipality: " + move.body()).isEqualTo(400);
            assertThat(admin.attribute(userId, "tenant")).isEqualTo("nettersheim");
            assertThat(claims(fetchToken(user)).path("tenant").asText()).isEqualTo("nettersheim");

            // without the attribute in the body at all: the attribute stays as the administrator set it
            attributes.remove("tenant");
            post(account, token, profile.toString());
            assertThat(admin.attribute(userId, "tenant")).isEqualTo("nettersheim");
        } finally {
            admin.grantAccountManagement(userId, false);
        }
    }

    private static HttpResponse<String> post(String url, String token, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A fresh token (not the client's cached one: role mappings changed). */
    private static String fetchToken(String user) throws Exception {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(SharedStack.stack.ports().issuer()
                .replace("localhost", "127.0.0.1") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=cli&username="
                        + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo")));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return StackClient.JSON.readTree(reply.body()).get("access_token").asText();
    }

    // ---- the same commands in both municipalities ----

    /**
     * Both administrations book the same expense on their own 2026 budget with the same idempotency key: two
     * bookings, each visible only in its own municipality's journal, and each budget keeps its own figures.
     */
    @Test
    void theSameCommandsInBothMunicipalitiesStayInTheirOwn() {
        String body = """
                {"lineCode":"SCHULUNG","amount":77.70,"vendor":"VHS Kreis Euskirchen","description":"Gleiche Buchung",
                 "invoiceRef":"ISO-2026-1"}""";
        String key = "iso-same-" + UUID.randomUUID();
        StackClient.Reply blankenheim = client.post("budget", "/api/budgets/2026/expenses", "verwaltung", body,
                Map.of("Idempotency-Key", key));
        StackClient.Reply nettersheim = client.post("budget", "/api/budgets/2026/expenses", "verwaltung-nettersheim",
                body, Map.of("Idempotency-Key", key));
        assertThat(blankenheim.status()).as(blankenheim.body()).isEqualTo(201);
        assertThat(nettersheim.status()).as(nettersheim.body()).isEqualTo(201);
        String own = blankenheim.json().get("id").asText();
        String theirs = nettersheim.json().get("id").asText();
        assertThat(own).isNotEqualTo(theirs);

        String blankenheimJournal = client.get("budget", "/api/budgets/2026/bookings?size=500", "rat").body();
        String nettersheimJournal = client.get("budget", "/api/budgets/2026/bookings?size=500", "rat-nettersheim")
                .body();
        assertThat(blankenheimJournal).contains(own).doesNotContain(theirs);
        assertThat(nettersheimJournal).contains(theirs).doesNotContain(own).doesNotContain("RE-2026-0112");
        assertThat(client.get("budget", "/api/budgets/2026/expenses/" + theirs, "rat").status()).isEqualTo(404);
        assertThat(client.get("budget", "/api/budgets/2026/audit/" + own, "rat-nettersheim").status())
                .isEqualTo(404);

        JsonNode blankenheimBudget = client.get("budget", "/api/budgets/2026", "rat").json();
        JsonNode nettersheimBudget = client.get("budget", "/api/budgets/2026", "rat-nettersheim").json();
        assertThat(blankenheimBudget.path("appropriated").decimalValue()).isEqualByComparingTo("15000");
        assertThat(nettersheimBudget.path("appropriated").decimalValue()).isEqualByComparingTo("12000");
        assertThat(nettersheimBudget.path("title").asText()).contains("Nettersheim");
        assertThat(nettersheimBudget.toString()).doesNotContain("ANALYSE");
    }

    // ---- the matrices ----

    @Test
    void theWriteServicesAnswerBlankenheimsIdsToNettersheimAsUnknown() throws Exception {
        Matrix matrix = new Matrix();
        for (String service : List.of("inventory", "budget", "workgroup")) {
            matrix.run(service, List.of());
        }
        bodyReferences(matrix);
        matrix.write("target/tenant-isolation-matrix.md");
        System.out.println("tenant isolation (inventory, budget, workgroup): " + matrix.cells + " cells ("
                + matrix.foreignCells + " with Blankenheim's ids, " + matrix.notFound + " of them 404), "
                + matrix.leaks.size() + " leaks; target/tenant-isolation-matrix.md");
        matrix.acceptedLikeUnknown.forEach(w -> System.out.println("  accepted with an unknown id as well (the"
                + " reference is not looked up): " + w));
        assertThat(matrix.cells).as("cells").isGreaterThan(150);
        assertThat(matrix.leaks).isEmpty();
    }

    /**
     * Reporting as it is meant to be for many municipalities: the signed-in pages, the report JSON and the documents
     * show the municipality of the token; Blankenheim's ids are unknown to Nettersheim; the public URLs are per
     * municipality ({@code /{tenant}/reports…}), where a draft of another municipality is not found.
     */
    @Test
    void reportingShowsNettersheimOnlyItsOwnMunicipality() throws Exception {
        Matrix matrix = new Matrix();
        matrix.markers.add("Blankenheim");
        matrix.run("reporting", List.of("/api/admin/rebuild"));
        // the portal's pages of one record, which its OpenAPI document does not list
        matrix.run("reporting", List.of("/dependencies/register/{id}", "/dependencies/register/{id}/history",
                "/dependencies/tracked/risks/{id}/history", "/budget/journal/{id}").stream()
                .map(path -> new ApiFuzzer.Operation("GET", path, List.of("id"), List.of(), List.of(), null, List.of()))
                .toList(), List.of());
        URI base = URI.create("http://127.0.0.1:" + SharedStack.stack.ports().service("reporting"));
        // public URLs per municipality, anonymous and signed in as Nettersheim
        matrix.expect(base, "GET", "/nettersheim/reports", null, 200, "Nettersheim");
        matrix.expect(base, "GET", "/nettersheim/", null, 200, "Nettersheim");
        matrix.expect(base, "GET", "/nettersheim/reports/2026-Q4.json", null, 401, null); // a draft: sign in
        matrix.expect(base, "GET", "/blankenheim/reports/2026-Q4.json", "rat-nettersheim", 404, null);
        matrix.expect(base, "GET", "/blankenheim/reports/2026-Q4.pdf", "rat-nettersheim", 404, null);
        matrix.expect(base, "GET", "/unbekannt/reports", null, 404, null);
        matrix.write("target/tenant-isolation-matrix-reporting.md");
        System.out.println("tenant isolation (reporting): " + matrix.cells + " cells (" + matrix.foreignCells
                + " with Blankenheim's ids, " + matrix.notFound + " of them 404), " + matrix.leaks.size()
                + " leaks; target/tenant-isolation-matrix-reporting.md");
        matrix.leaks.forEach(leak -> System.out.println("  reporting leak: " + leak));

        // the same fiscal year, each municipality's own report
        List<String> figures = new ArrayList<>();
        SharedStack.within(Duration.ofSeconds(30), () -> {
            StackClient.Reply report = client.get("reporting", "/api/reports/2026-Q4", "rat-nettersheim");
            return report.status() == 200 && report.json().at("/finances/total/appropriated").decimalValue()
                    .compareTo(new BigDecimal("12000")) == 0;
        });
        JsonNode blankenheim = client.get("reporting", "/api/reports/2026-Q4", "rat").json();
        figures.add(blankenheim.at("/finances/total/appropriated").asText());
        assertThat(blankenheim.at("/finances/total/appropriated").decimalValue()).isEqualByComparingTo("15000");
        assertThat(client.get("reporting", "/api/reports/2026-Q4", "rat-nettersheim").body())
                .doesNotContain("Kommunalberatung Eifel");
        assertThat(matrix.leaks).isEmpty();
    }

    /**
     * Blankenheim's ids in the bodies of Nettersheim's writes: a reference to a foreign thing is answered as a
     * reference to one that does not exist.
     */
    private static void bodyReferences(Matrix matrix) throws Exception {
        String dependency = ids("inventory", "/api/dependencies?size=500", "verwaltung-nettersheim").get(0);
        // a scheduled meeting of Nettersheim's, open for attendance and agenda items
        StackClient.Reply scheduled = client.post("workgroup", "/api/meetings", "ag-nettersheim", """
                {"title":"2. Sitzung der AG Digitales Nettersheim","start":"2026-12-09T18:00:00+01:00",
                 "end":"2026-12-09T20:00:00+01:00","place":"Rathaus Nettersheim, Ratssaal","publicMeeting":true}""",
                Map.of());
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        String meeting = scheduled.json().get("id").asText();
        String foreignCommitment = FOREIGN.get("commitment").get(0);
        String foreignDependency = FOREIGN.get("dependency").get(0);
        String foreignMember = FOREIGN.get("member").get(0);
        String foreignProposal = FOREIGN.get("proposal").get(0);
        matrix.compareBodies("budget", "/api/budgets/2026/expenses", "verwaltung-nettersheim",
                "{\"lineCode\":\"BESTAND\",\"amount\":1.00,\"vendor\":\"V\",\"description\":\"D\",\"invoiceRef\":\"R\","
                        + "\"commitmentId\":\"%s\"}", foreignCommitment);
        matrix.compareBodies("budget", "/api/budgets/2026/commitments/%s/adjustment".formatted(foreignCommitment),
                "verwaltung-nettersheim", "{\"amount\":1.00,\"reason\":\"%s\"}", foreignCommitment);
        matrix.compareBodies("inventory", "/api/dependencies/" + dependency + "/relations", "verwaltung-nettersheim",
                "{\"relation\":\"RUNS_ON\",\"targetId\":\"%s\"}", foreignDependency);
        matrix.compareBodies("workgroup", "/api/meetings/" + meeting + "/attendance", "ag-nettersheim",
                "{\"entries\":[{\"memberId\":\"%s\",\"status\":\"PRESENT\"}]}", foreignMember);
        matrix.compareBodies("workgroup", "/api/meetings/" + meeting + "/agenda-items", "ag-nettersheim",
                "{\"title\":\"Fremder Antrag\",\"publicItem\":true,\"proposalId\":\"%s\"}", foreignProposal);
    }

    /** The cells of one or more services, with what broke. */
    static final class Matrix {
        int cells;
        int foreignCells;
        int notFound;
        final List<String> leaks = new ArrayList<>();
        /** Writes whose body names a thing the service does not look up: accepted alike for foreign and unknown ids. */
        final List<String> acceptedLikeUnknown = new ArrayList<>();
        final List<String> markers = new ArrayList<>(BLANKENHEIM_TEXTS);
        final StringBuilder table = new StringBuilder("| service | operation |");

        Matrix() {
            NETTERSHEIM_USERS.forEach(user -> table.append(' ').append(user).append(" |"));
            table.append("\n|---|---|").append("---|".repeat(NETTERSHEIM_USERS.size())).append('\n');
        }

        void run(String service, List<String> skip) throws Exception {
            URI base = URI.create("http://127.0.0.1:" + SharedStack.stack.ports().service(service));
            run(service, ApiFuzzer.operations(ApiFuzzer.openApi(base)), skip);
        }

        void run(String service, List<ApiFuzzer.Operation> operations, List<String> skip) throws Exception {
            URI base = URI.create("http://127.0.0.1:" + SharedStack.stack.ports().service(service));
            for (ApiFuzzer.Operation op : operations) {
                if (op.path().equals("/api/live") || skip.contains(op.path())) {
                    continue; // a live stream never ends; a rebuild would replay everything
                }
                Map<String, String> foreign = new LinkedHashMap<>();
                Map<String, String> unknown = new LinkedHashMap<>();
                for (String parameter : op.pathParameters()) {
                    // publishing changes what is public: a period nobody reports on (the role table is what answers)
                    String value = op.path().endsWith("/publication") && parameter.equals("period") ? "2099-Q1"
                            : foreignValue(op.path(), parameter);
                    foreign.put(parameter, value);
                    unknown.put(parameter, BLANKENHEIM_IDS.contains(value) ? UUID.randomUUID().toString()
                            : parameter.equals("code") ? "UNBEKANNT"
                            : parameter.equals("key") ? "unbekannt" : value);
                }
                // the public side — /{tenant}/…, and OParl, the meeting calendar and the report list of the default
                // municipality (Blankenheim) — is open to everybody: Nettersheim's users see there what anonymous
                // callers see of Blankenheim, and nothing more
                boolean publicSide = op.pathParameters().contains("tenant")
                        || AuthorizationMatrixTest.publicRead(op.method(), op.path());
                boolean addressed = !foreign.equals(unknown) && !publicSide;
                table.append("| ").append(service).append(" | `").append(op).append("` |");
                for (String user : NETTERSHEIM_USERS) {
                    cells++;
                    String foreignPath = fill(op.path(), foreign);
                    HttpResponse<String> answer = call(base, op, foreignPath, user);
                    List<String> wrong = new ArrayList<>(leaked(answer, foreignPath));
                    if (publicSide) {
                        HttpResponse<String> anonymous = call(base, op, foreignPath, null);
                        wrong = new ArrayList<>(leaked(answer, foreignPath + anonymous.body()));
                        // where anonymous callers are asked to sign in (a draft), a signed-in stranger is not let in
                        boolean signIn = anonymous.statusCode() == 401 || anonymous.statusCode() == 302;
                        if (signIn ? answer.statusCode() != 404 && answer.statusCode() != 403
                                : answer.statusCode() != anonymous.statusCode()) {
                            wrong.add("answered " + answer.statusCode() + " where anonymous gets "
                                    + anonymous.statusCode());
                        }
                        if (op.pathParameters().contains("period") && answer.statusCode() < 300) {
                            wrong.add("answered " + answer.statusCode() + " for Blankenheim's unpublished report");
                        }
                    }
                    if (answer.statusCode() >= 500) {
                        wrong.add("answered " + answer.statusCode());
                    }
                    if (addressed) {
                        foreignCells++;
                        HttpResponse<String> baseline = call(base, op, fill(op.path(), unknown), user);
                        if (answer.statusCode() < 300) {
                            wrong.add("answered " + answer.statusCode() + " to Blankenheim's ids");
                        }
                        if (answer.statusCode() != baseline.statusCode()
                                || !code(answer).equals(code(baseline))) {
                            wrong.add("answered " + answer.statusCode() + " " + code(answer)
                                    + " to Blankenheim's ids but " + baseline.statusCode() + " " + code(baseline)
                                    + " to unknown ones");
                        }
                        if (answer.statusCode() == 404) {
                            notFound++;
                        }
                    }
                    table.append(' ').append(answer.statusCode()).append(wrong.isEmpty() ? "" : " ✗").append(" |");
                    wrong.forEach(w -> leaks.add(service + " " + op + " as " + user + " → " + foreignPath + ": " + w));
                }
                table.append('\n');
            }
        }

        /** One cell of a URL outside the OpenAPI document: its status, a text it must contain, and no leak. */
        void expect(URI base, String method, String path, String user, int status, String contains)
                throws Exception {
            cells++;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody());
            if (user != null) {
                request.header("Authorization", "Bearer " + client.token(user));
            }
            HttpResponse<String> answer = send(request);
            List<String> wrong = new ArrayList<>(leaked(answer, path));
            if (answer.statusCode() != status) {
                wrong.add("answered " + answer.statusCode() + ", expected " + status);
            }
            if (contains != null && !answer.body().contains(contains)) {
                wrong.add("does not name " + contains);
            }
            table.append("| reporting | `").append(method).append(' ').append(path).append("` as ")
                    .append(user == null ? "anonymous" : user).append(" | ").append(answer.statusCode())
                    .append(wrong.isEmpty() ? "" : " ✗").append(" | | |\n");
            wrong.forEach(w -> leaks.add(method + " " + path + " as " + user + ": " + w));
        }

        /**
         * A write of Nettersheim whose body names a Blankenheim id ({@code %s} in the template) answers as the same
         * write naming an id that exists nowhere: never accepted where that one is refused (a service that does not look
         * the reference up accepts both; such writes are listed).
         */
        void compareBodies(String service, String path, String user, String template, String foreignId)
                throws Exception {
            cells++;
            foreignCells++;
            URI base = URI.create("http://127.0.0.1:" + SharedStack.stack.ports().service(service));
            String randomId = UUID.randomUUID().toString();
            HttpResponse<String> answer = postJson(base, path, user, template.formatted(foreignId));
            HttpResponse<String> baseline = postJson(base, path.replace(foreignId, randomId), user,
                    template.formatted(randomId));
            List<String> wrong = new ArrayList<>(leaked(answer, path + template.formatted(foreignId)));
            if (answer.statusCode() >= 500 || answer.statusCode() < 300 && baseline.statusCode() >= 300) {
                wrong.add("answered " + answer.statusCode() + " to a body naming Blankenheim's id");
            }
            if (answer.statusCode() < 300 && baseline.statusCode() < 300) {
                acceptedLikeUnknown.add(service + " POST " + path + " (" + template.replace("%s", "…") + ")");
            }
            if (answer.statusCode() != baseline.statusCode() || !code(answer).equals(code(baseline))) {
                wrong.add("answered " + answer.statusCode() + " " + code(answer) + " but " + baseline.statusCode()
                        + " " + code(baseline) + " to an unknown id");
            }
            if (answer.statusCode() == 404) {
                notFound++;
            }
            table.append("| ").append(service).append(" | `POST ").append(path).append("` body names ")
                    .append(foreignId, 0, 8).append("… as ").append(user).append(" | ").append(answer.statusCode())
                    .append(wrong.isEmpty() ? "" : " ✗").append(" | | |\n");
            wrong.forEach(w -> leaks.add(service + " POST " + path + " body as " + user + ": " + w));
        }

        private HttpResponse<String> postJson(URI base, String path, String user, String json) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + client.token(user))
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        /** What of Blankenheim an answer shows: its ids (other than those asked for) and its texts. */
        List<String> leaked(HttpResponse<String> answer, String asked) {
            List<String> found = new ArrayList<>();
            String body = answer.body();
            Matcher ids = UUID_TEXT.matcher(body);
            Set<String> seen = new LinkedHashSet<>();
            while (ids.find()) {
                String id = ids.group();
                if (BLANKENHEIM_IDS.contains(id) && !asked.contains(id) && seen.add(id)) {
                    found.add("shows Blankenheim's id " + id);
                }
            }
            for (String marker : markers) {
                if (body.contains(marker) && !asked.contains(marker)) {
                    found.add("shows \"" + marker + "\"");
                }
            }
            return found;
        }

        void write(String file) throws IOException {
            Files.writeString(Path.of(file), table);
        }
    }

    /** A request of {@code op} on {@code path} as {@code user} (null: anonymous): writes with an empty JSON object. */
    static HttpResponse<String> call(URI base, ApiFuzzer.Operation op, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (user != null) {
            request.header("Authorization", "Bearer " + client.token(user));
        }
        if (op.method().equals("GET") || op.method().equals("DELETE")) {
            request.method(op.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            String type = op.consumes().isEmpty() ? "application/json" : op.consumes().get(0);
            request.header("Content-Type", type).method(op.method(),
                    HttpRequest.BodyPublishers.ofString(type.contains("json") ? "{}" : ""));
        }
        return send(request);
    }

    /**
     * The value of a path parameter that names Blankenheim's data: its ids by the collection the path names, the
     * fiscal year both have (2026), a budget line only Blankenheim has.
     */
    static String foreignValue(String path, String parameter) {
        return switch (parameter) {
            case "year" -> "2026";
            case "period" -> "2026-Q4";
            case "format" -> "pdf";
            case "code" -> "ANALYSE";
            case "relation" -> "RUNS_ON";
            case "kind" -> "meeting";
            case "list" -> "meetings";
            case "tenant", "key" -> "blankenheim";
            case "alternativeId" -> FOREIGN.get("alternative").get(0);
            case "targetId" -> FOREIGN.get("dependency").get(1);
            case "itemId" -> FOREIGN.get("agenda-item").get(0);
            case "actionId" -> FOREIGN.get("action-item").get(0);
            case "path" -> "dependencies/register/" + FOREIGN.get("dependency").get(0);
            default -> idFor(path);
        };
    }

    /** Blankenheim's id for the {@code {id}} of {@code path}, by the collection before it. */
    static String idFor(String path) {
        String before = path.substring(0, Math.max(0, path.indexOf("{id}")));
        if (path.contains("{alternativeId}")) {
            return FOREIGN.get("dependency-with-alternative").get(0);
        }
        if (path.contains("{itemId}") || path.contains("{actionId}")) {
            return FOREIGN.get("meeting-with-items").get(0);
        }
        List<String[]> kinds = List.of(new String[] {"expenses", "expense"}, new String[] {"journal", "expense"},
                new String[] {"commitments", "commitment"}, new String[] {"audit", "commitment"},
                new String[] {"risks", "risk"}, new String[] {"tracked", "risk"},
                new String[] {"opportunities", "opportunity"}, new String[] {"dependencies", "dependency"},
                new String[] {"members", "member"}, new String[] {"meetings", "meeting"},
                new String[] {"meeting", "meeting"}, new String[] {"proposals", "proposal"},
                new String[] {"trainings", "training"});
        for (String[] kind : kinds) {
            if (before.contains("/" + kind[0] + "/") || before.endsWith(kind[0] + "/")) {
                return FOREIGN.get(kind[1]).get(0);
            }
        }
        // /oparl/…/{kind}/{id}: a meeting
        return FOREIGN.get("meeting").get(0);
    }

    static String fill(String path, Map<String, String> values) {
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replaceAll("\\{" + Pattern.quote(value.getKey()) + "(:[^}]*)?}",
                    Matcher.quoteReplacement(value.getValue()));
        }
        return path;
    }

    static String code(HttpResponse<String> answer) {
        if (!answer.headers().firstValue("Content-Type").orElse("").contains("json")) {
            return "";
        }
        try {
            return StackClient.JSON.readTree(answer.body()).path("code").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    /** The ids of a list answer (a page's items or a plain array): each item's own id. */
    static List<String> ids(String service, String path, String user) {
        StackClient.Reply reply = client.get(service, path, user);
        assertThat(reply.status()).as(service + " " + path + ": " + reply.body()).isEqualTo(200);
        JsonNode list = reply.json();
        JsonNode items = list.isArray() ? list : list.path("items");
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(firstId(item)));
        return ids;
    }

    /** The item's own id: its first member named {@code id} or ending in {@code Id} that holds a UUID. */
    static String firstId(JsonNode item) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if ((field.getKey().equals("id") || field.getKey().endsWith("Id"))
                    && UUID_TEXT.matcher(field.getValue().asText()).matches()) {
                return field.getValue().asText();
            }
        }
        return null;
    }

    static JsonNode claims(String token) {
        try {
            return StackClient.JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The stack Keycloak's admin REST API as its bootstrap administrator (admin/admin, local only). */
    static final class KeycloakAdmin {
        private final String base;
        private final String token;

        KeycloakAdmin(int port) throws Exception {
            base = "http://127.0.0.1:" + port;
            HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(base
                    + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "grant_type=password&client_id=admin-cli&username=admin&password=admin")));
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
            token = StackClient.JSON.readTree(reply.body()).get("access_token").asText();
        }

        private JsonNode get(String path) throws Exception {
            HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/"
                    + KeycloakServer.REALM + path)).header("Authorization", "Bearer " + token).GET());
            assertThat(reply.statusCode()).as(path + ": " + reply.body()).isEqualTo(200);
            return StackClient.JSON.readTree(reply.body());
        }

        String userId(String username) throws Exception {
            return get("/users?exact=true&username=" + username).get(0).get("id").asText();
        }

        String attribute(String userId, String name) throws Exception {
            return get("/users/" + userId).path("attributes").path(name).path(0).asText(null);
        }

        /** Adds or removes the {@code account} client's roles {@code manage-account} and {@code view-profile}. */
        void grantAccountManagement(String userId, boolean grant) throws Exception {
            String account = get("/clients?clientId=account").get(0).get("id").asText();
            com.fasterxml.jackson.databind.node.ArrayNode roles = StackClient.JSON.createArrayNode();
            roles.add(get("/clients/" + account + "/roles/manage-account"));
            roles.add(get("/clients/" + account + "/roles/view-profile"));
            HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/"
                    + KeycloakServer.REALM + "/users/" + userId + "/role-mappings/clients/" + account))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(grant ? "POST" : "DELETE", HttpRequest.BodyPublishers.ofString(roles.toString())));
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(204);
        }
    }
}
