package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.testing.ApiFuzzer;
import java.net.URI;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API fuzzer across municipalities in the running stack: generated hostile requests of Nettersheim's users
 * (real Keycloak tokens) whose path parameters and reference members carry, a third of the time, ids of
 * Blankenheim's data. Such a request must be answered exactly as the same request with ids that exist nowhere
 * (never accepted where those are refused), besides the fuzzer's usual properties (no 5xx, problem+json, a refusal
 * changes nothing). {@code -Dfuzz.tenant.tries=N} requests per service (default 1,000), {@code -Dfuzz.seed=S}.
 *
 * <p>Runs last: its accepted requests add hostile data to Nettersheim, which the other tests need not see.
 */
@ExtendWith(SharedStack.class)
@Order(Integer.MAX_VALUE)
class TenantFuzzTest {
    /** Path parameters and body members that name a thing the service itself looks up. */
    static final List<String> REFERENCES = List.of("id", "itemId", "alternativeId", "targetId", "actionId",
            "commitmentId", "memberId", "proposalId", "voteId", "agendaItemId", "ownerMemberId", "expenseId");

    @Test
    void foreignIdsInGeneratedRequestsAreAnsweredAsUnknownOnes() throws Exception {
        if (TenantIsolationTest.FOREIGN.isEmpty()) {
            TenantIsolationTest.blankenheimsIds();
        }
        List<String> blankenheim = new ArrayList<>(TenantIsolationTest.BLANKENHEIM_IDS);
        Map<String, List<String>> foreign = new java.util.LinkedHashMap<>();
        REFERENCES.forEach(name -> foreign.put(name, blankenheim));
        int tries = Integer.getInteger("fuzz.tenant.tries", 1_000);
        int requests = 0;
        for (String service : List.of("inventory", "budget", "workgroup")) {
            String user = service.equals("workgroup") ? "ag-nettersheim" : "verwaltung-nettersheim";
            URI base = URI.create("http://127.0.0.1:" + SharedStack.stack.ports().service(service));
            Map<String, List<String>> known = Map.of("year", List.of("2026"),
                    "code", List.of("BESTAND", "SCHULUNG"), "id", own(service));
            try (Connection db = SharedStack.stack.launcher().postgres().connect(service)) {
                ApiFuzzer.Outcome outcome = ApiFuzzer.checkAcrossMunicipalities(service, base,
                        op -> SharedStack.stack.client().token(user), List.of("/api/live", "/api/admin/"), known,
                        foreign, db, tries, Long.getLong("fuzz.seed", ("tenant-" + service).hashCode()));
                requests += outcome.requests();
                assertThat(outcome.statuses().keySet()).as("the generated requests were answered")
                        .anyMatch(status -> status == 404);
            }
        }
        System.out.println("tenant fuzz: " + requests + " requests of Nettersheim with Blankenheim's ids mixed in");
    }

    /** Nettersheim's own ids in {@code service}, so that half of the path parameters reach existing things. */
    private static List<String> own(String service) {
        List<String> ids = new ArrayList<>();
        switch (service) {
            case "inventory" -> {
                ids.addAll(TenantIsolationTest.ids("inventory", "/api/dependencies?size=500", "rat-nettersheim"));
                ids.addAll(TenantIsolationTest.ids("inventory", "/api/risks?size=500", "rat-nettersheim"));
            }
            case "budget" -> ids.addAll(TenantIsolationTest.ids("budget", "/api/budgets/2026/commitments?size=500",
                    "rat-nettersheim"));
            default -> {
                ids.addAll(TenantIsolationTest.ids("workgroup", "/api/meetings", "rat-nettersheim"));
                ids.addAll(TenantIsolationTest.ids("workgroup", "/api/members", "rat-nettersheim"));
            }
        }
        return ids;
    }
}
