package de.souveraen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The answer side of {@link ApiFuzzer}: the properties every answer must have. No 5xx; every error is
 * {@code application/problem+json} with its status, a {@code code} and a {@code title}, and shows no internals; a
 * refused request (4xx) leaves the state probe unchanged; a write carrying a text of 100,001 characters is never
 * accepted.
 */
final class FuzzChecks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FuzzChecks() {
    }

    /**
     * The properties {@code response} to {@code sent} breaks, each described with the request.
     *
     * @param before     the state probe read before the request was sent
     * @param stateProbe read again after a refusal
     */
    static List<String> check(FuzzRequests.Generated sent, HttpResponse<String> response, String before,
            Supplier<String> stateProbe) {
        List<String> failures = new ArrayList<>();
        int status = response.statusCode();
        String how = sent.how();
        String where = sent.operation() + " → " + sent.request().uri().getRawPath() + " (" + how + ")";
        if (status < 300 && !sent.operation().method().equals("GET") && how.startsWith("member") && sent.longText()) {
            failures.add(where + ": accepted a text of 100,001 characters (" + status + ")");
        }
        if (status >= 500) {
            failures.add(where + ": " + status + " " + abbreviate(response.body()));
        } else if (status >= 400) {
            String problem = checkProblem(status, response);
            if (problem != null) {
                failures.add(where + ": " + status + " " + problem);
            }
            String after = stateProbe.get();
            if (!before.equals(after)) {
                failures.add(where + ": refused with " + status + " but the state changed: " + before + " → "
                        + after);
            }
        }
        return failures;
    }

    /**
     * What is wrong with the answer to a request carrying another municipality's ids: it must not be accepted, and
     * it must equal the answer {@code unknown} to the same request with ids that exist nowhere (same status, same
     * problem code), so that a foreign id cannot be told from one that does not exist.
     */
    static List<String> checkForeign(FuzzRequests.Generated sent, HttpResponse<String> response,
            HttpResponse<String> unknown) {
        List<String> failures = new ArrayList<>();
        String where = sent.operation() + " → " + sent.request().uri().getRawPath() + " (" + sent.how()
                + ", the other municipality's ids " + sent.foreignIds() + ")";
        int status = response.statusCode();
        if (status < 300 && unknown.statusCode() >= 300) {
            failures.add(where + ": accepted with " + status + " where unknown ids get " + unknown.statusCode());
        } else if (status != unknown.statusCode() || !code(response).equals(code(unknown))) {
            failures.add(where + ": " + status + " " + code(response) + ", but unknown ids get "
                    + unknown.statusCode() + " " + code(unknown));
        }
        return failures;
    }

    private static String code(HttpResponse<String> response) {
        try {
            return response.headers().firstValue("Content-Type").orElse("").contains("json")
                    ? JSON.readTree(response.body()).path("code").asText("") : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** What is wrong with an error answer, or {@code null}. */
    static String checkProblem(int status, HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "not problem+json but '" + type + "': " + abbreviate(response.body());
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.path("status").asInt() != status) {
                return "status member " + problem.path("status") + " differs";
            }
            if (problem.path("title").asText("").isBlank() || problem.path("code").asText("").isBlank()) {
                return "problem without title or code: " + abbreviate(response.body());
            }
            if (response.body().contains("\tat ") || response.body().contains("Exception")) {
                return "problem shows internals: " + abbreviate(response.body());
            }
            return null;
        } catch (IOException e) {
            return "problem+json that is not JSON: " + abbreviate(response.body());
        }
    }

    /**
     * The state a refused request must leave alone, as one string: the event store's count and last position, its
     * idempotency keys, and published reports where the service has them.
     */
    static Supplier<String> stateProbe(Connection db) {
        return () -> {
            try (var statement = db.createStatement(); var rows = statement.executeQuery(
                    "select (select count(*) from es_event) || '/' || (select coalesce(max(position), 0)"
                            + " from es_event) || '/' || (select count(*) from es_idempotency_key) || '/' ||"
                            + " case when to_regclass('rm_publication') is null then 0 else"
                            + " (xpath('/row/c/text()', query_to_xml('select count(*) as c from rm_publication',"
                            + " false, true, '')))[1]::text::int end")) {
                rows.next();
                return rows.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException("state probe failed", e);
            }
        };
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
