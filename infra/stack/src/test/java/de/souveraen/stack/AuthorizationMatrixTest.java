package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.ApiFuzzer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the four services' OpenAPI documents × six identities — anonymous, administration, workgroup,
 * council, {@code gast} (signed in, no role) and a token of another client of the realm (Keycloak's
 * {@code admin-cli}, for the administration user) — with real Keycloak tokens against the packaged services, gets
 * the answer of the role table in docs/architecture.md:
 *
 * <ul>
 * <li>inventory and budget writes: administration; workgroup writes: workgroup; publishing a report and every
 * {@code /api/admin/*} operation and the admin page: administration; rebuilding current-state tables and managing
 * the municipalities ({@code /api/municipalities}): the provider only;
 * <li>reads, portal pages and reports: every role, except the staff's reads (the administration's deadlines
 * {@code /api/deadlines.ics} and a report's texts before publication {@code …/narratives}): administration and
 * working group;
 * <li>anonymous: only published reports, open data, the meeting calendar, OParl and a municipality's public URLs
 * ({@code /{tenant}/…}) — elsewhere 401 (APIs) or a redirect to the Keycloak sign-in (portal pages); a draft report
 * asks for a sign-in as well;
 * <li>{@code gast}, signed in without a role: exactly what anonymous may and its own municipality
 * ({@code /api/municipality}), everything else 403 — signed in is not authorised;
 * <li>a token of another client (no audience {@code souveraen}): 401 wherever a token is looked at; public reads
 * may answer as to anonymous.
 * </ul>
 * "Allowed" means the request got past authorisation (any answer but 401, 403 or a sign-in redirect); "denied" a
 * 403 problem. Writes carry an empty JSON object (or an empty body of the operation's own media type), path
 * parameters name things that do not exist, so nothing of the demo data changes. The matrix is written to {@code target/authorization-matrix.md}.
 */
@ExtendWith(SharedStack.class)
class AuthorizationMatrixTest {
    /** Who calls: a demo user through a client of the realm, with the role the user has ({@code null}: none). */
    record Identity(String label, String user, String client, String role) {
        static final Identity ANONYMOUS = new Identity("anonymous", null, null, null);

        boolean anonymous() {
            return user == null;
        }

        boolean foreign() {
            return client != null && !client.equals("cli");
        }
    }

    static final List<Identity> IDENTITIES = List.of(Identity.ANONYMOUS,
            new Identity("administration", "verwaltung", "cli", "administration"),
            new Identity("workgroup", "ag", "cli", "workgroup"),
            new Identity("council", "rat", "cli", "council"),
            new Identity("gast (no role)", "gast", "cli", null),
            new Identity("admin-cli token", "verwaltung", "admin-cli", "administration"));

    enum Expect { ALLOWED, DENIED, SIGN_IN, UNAUTHENTICATED, UNAUTHENTICATED_OR_PUBLIC }

    static boolean publicRead(String method, String path) {
        return method.equals("GET") && (path.equals("/api/meetings.ics") || path.startsWith("/oparl/")
                || path.equals("/reports") || path.equals("/reports.atom") || path.startsWith("/{tenant") || path.startsWith("/api/public/"));
    }

    /** What only the provider of an installation may do: rebuild current-state tables, manage municipalities. */
    static boolean providerOnly(String path) {
        return path.startsWith("/api/admin/state-tables") || path.startsWith("/api/municipalities");
    }

    /** Reads for the staff (administration, working group) only. */
    static boolean staffOnly(String path) {
        return path.equals("/api/deadlines.ics") || path.endsWith("/narratives");
    }

    /** The role table's answer for one operation and identity. */
    static Expect expected(String service, String method, String path, Identity who) {
        boolean publicRead = publicRead(method, path);
        if (who.foreign()) {
            return publicRead ? Expect.UNAUTHENTICATED_OR_PUBLIC : Expect.UNAUTHENTICATED;
        }
        if (who.role() == null) {
            if (publicRead) {
                return Expect.ALLOWED;
            }
            if (!who.anonymous()) {
                // signed in without a role: its own municipality, else 403 where anonymous gets 401 or a sign-in
                return path.equals("/api/municipality") ? Expect.ALLOWED : Expect.DENIED;
            }
            return path.startsWith("/api/") || path.startsWith("/oparl/") ? Expect.DENIED : Expect.SIGN_IN;
        }
        return expected(service, method, path, who.role());
    }

    /** The role table's answer for a caller with {@code role}. */
    static Expect expected(String service, String method, String path, String role) {
        boolean read = method.equals("GET");
        if (providerOnly(path)) {
            return Expect.DENIED;
        }
        if (path.startsWith("/api/admin/") || path.startsWith("/admin/") || path.endsWith("/publication")) {
            return role.equals("administration") ? Expect.ALLOWED : Expect.DENIED;
        }
        if (read && staffOnly(path)) {
            return role.equals("council") ? Expect.DENIED : Expect.ALLOWED;
        }
        if (read) {
            return Expect.ALLOWED;
        }
        String writer = service.equals("workgroup") ? "workgroup" : "administration";
        return role.equals(writer) ? Expect.ALLOWED : Expect.DENIED;
    }

    static String fill(String path) {
        return path.replaceAll("\\{year(:[^}]*)?}", "2098").replaceAll("\\{period(:[^}]*)?}", "2099-Q1")
                .replaceAll("\\{format(:[^}]*)?}", "pdf").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    @Test
    void everyOperationAnswersAsTheRoleTableSays() throws IOException, InterruptedException {
        StackClient client = SharedStack.stack.client();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("| service | operation |");
        IDENTITIES.forEach(who -> table.append(' ').append(who.label()).append(" |"));
        table.append("\n|---|---|").append("---|".repeat(IDENTITIES.size())).append('\n');
        int operations = 0;
        for (String service : Launcher.SERVICES) {
            URI base = URI.create("http://127.0.0.1:" + SharedStack.stack.ports().service(service));
            for (ApiFuzzer.Operation op : ApiFuzzer.operations(ApiFuzzer.openApi(base))) {
                operations++;
                table.append("| ").append(service).append(" | `").append(op).append("` |");
                for (Identity who : IDENTITIES) {
                    Expect expect = expected(service, op.method(), op.path(), who);
                    boolean streams = op.path().equals("/api/live") || op.path().equals("/api/admin/rebuild");
                    if (expect == Expect.ALLOWED && streams) {
                        table.append(" (allowed, not called) |");
                        continue; // a live stream never ends; a rebuild would replay the demo data
                    }
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + fill(op.path())))
                            .timeout(Duration.ofSeconds(30)).header("Idempotency-Key", UUID.randomUUID().toString());
                    if (!who.anonymous()) {
                        request.header("Authorization", "Bearer " + client.token(who.user(), who.client()));
                    }
                    if (op.method().equals("GET") || op.method().equals("DELETE")) {
                        request.method(op.method(), HttpRequest.BodyPublishers.noBody());
                    } else {
                        // the operation's own media type: content negotiation answers before authorisation
                        String type = op.consumes().isEmpty() ? "application/json" : op.consumes().get(0);
                        request.header("Content-Type", type).method(op.method(),
                                HttpRequest.BodyPublishers.ofString(type.contains("json") ? "{}" : ""));
                    }
                    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    int status = response.statusCode();
                    boolean signIn = status == 302 && response.headers().firstValue("Location").orElse("")
                            .startsWith(SharedStack.stack.ports().issuer());
                    boolean allowed = status != 401 && status != 403 && !signIn && status < 500;
                    boolean ok = switch (expect) {
                        case ALLOWED -> allowed;
                        case DENIED -> who.anonymous() ? status == 401 : status == 403;
                        case SIGN_IN -> signIn;
                        case UNAUTHENTICATED -> status == 401;
                        case UNAUTHENTICATED_OR_PUBLIC -> status == 401 || allowed;
                    };
                    table.append(' ').append(status).append(ok ? "" : " ✗").append(" |");
                    if (!ok) {
                        wrong.add(service + " " + op + " as " + who.label() + ": expected "
                                + expect + ", got " + status + " " + response.body().substring(0,
                                        Math.min(200, response.body().length())));
                    }
                }
                table.append('\n');
            }
        }
        Files.writeString(Path.of("target/authorization-matrix.md"), table);
        System.out.println("authorisation matrix: " + operations + " operations × " + IDENTITIES.size()
                + " identities, " + wrong.size()
                + " wrong; target/authorization-matrix.md");
        assertThat(operations).as("operations in the four OpenAPI documents").isGreaterThan(60);
        assertThat(wrong).isEmpty();
    }

    /**
     * The portal's form pages ({@code /entry/…}): the budget's and the inventory's are the administration's, the
     * working group's are the working group's. Shown (200, with a guarded form) only to that role — a form of one record
     * that does not exist answers 404 to it, one with nothing to enter 409 —, refused with 403 and no form to every other role and to {@code gast},
     * and a sign-in for anonymous callers.
     */
    static final List<String> FORM_PAGES = List.of("budget/expenses/new", "budget/commitments/new",
            "budget/adjustments/new", "budget/coverage/new", "budget/carry-overs/new", "budget/transfers/new",
            "budget/lines/freeze", "budget/lines/release", "budget/lines/classification",
            "budget/2026/expenses/{id}/reversal",
            "dependencies/new", "dependencies/risks/new", "dependencies/opportunities/new", "dependencies/{id}/edit",
            "dependencies/{id}/assessment", "workgroup/meetings/new", "workgroup/members/new",
            "workgroup/proposals/new", "workgroup/trainings/new", "workgroup/meetings/{id}/minutes",
            "workgroup/meetings/{id}/quorum-lack", "workgroup/meetings/{id}/agenda-items/{itemId}/vote",
            "workgroup/meetings/{id}/agenda-items/{itemId}/removal", "workgroup/trainings/{id}/held",
            "workgroup/measures/new", "workgroup/measures/{id}/revision");

    @Test
    void everyFormPageIsShownToItsOwnRoleOnly() throws IOException, InterruptedException {
        StackClient client = SharedStack.stack.client();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI portal = URI.create("http://127.0.0.1:" + SharedStack.stack.ports().service("reporting"));
        List<String> wrong = new ArrayList<>();
        for (String page : FORM_PAGES) {
            String owner = page.startsWith("workgroup/") ? "workgroup" : "administration";
            boolean ofOneRecord = page.contains("{");
            for (Identity who : IDENTITIES.stream().filter(i -> !i.foreign()).toList()) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal + "/entry/" + fill(page)
                        + "?lang=de")).timeout(Duration.ofSeconds(30)).GET();
                if (!who.anonymous()) {
                    request.header("Authorization", "Bearer " + client.token(who.user(), who.client()));
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                boolean form = response.body().contains("name=\"_token\"");
                boolean ok;
                if (who.anonymous()) {
                    ok = status == 302 && response.headers().firstValue("Location").orElse("")
                            .startsWith(SharedStack.stack.ports().issuer());
                } else if (owner.equals(who.role())) {
                    // a form with nothing to enter right now (e.g. no frozen line to release) explains why instead
                    ok = ofOneRecord ? status == 404 : status == 200 ? form : status == 409;
                } else {
                    ok = status == 403 && !form;
                }
                if (!ok) {
                    wrong.add("/entry/" + page + " as " + who.label() + ": " + status + (form ? " with a form" : ""));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
