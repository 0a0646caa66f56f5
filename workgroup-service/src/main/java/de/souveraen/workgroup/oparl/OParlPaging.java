package de.souveraen.workgroup.oparl;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.contracts.Json;
import de.souveraen.eventstore.domain.Rejection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * An OParl list request: {@code page} (from 1), {@code limit} (1–100, default 20) and the filters
 * {@code created_since}, {@code created_until}, {@code modified_since}, {@code modified_until} (ISO 8601 with
 * offset, inclusive); and the list answer with {@code pagination} and {@code links}.
 */
public record OParlPaging(int page, int size, Integer limit, Instant createdSince, Instant createdUntil,
        Instant modifiedSince, Instant modifiedUntil, String filters) {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    /** The checked request; a 400 naming the parameter when one is out of range or no date-time. */
    public static OParlPaging of(Integer page, Integer limit, String createdSince, String createdUntil,
            String modifiedSince, String modifiedUntil) {
        int p = page == null ? 1 : page;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (p < 1) {
            throw bad("page", "Die Seite beginnt bei 1.", "page starts at 1.");
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw bad("limit", "limit muss zwischen 1 und 100 liegen.", "limit must be between 1 and 100.");
        }
        String filters = param("limit", limit == null ? null : String.valueOf(size)) + param("created_since",
                createdSince) + param("created_until", createdUntil) + param("modified_since", modifiedSince)
                + param("modified_until", modifiedUntil);
        return new OParlPaging(p, size, limit, instant("created_since", createdSince),
                instant("created_until", createdUntil), instant("modified_since", modifiedSince),
                instant("modified_until", modifiedUntil), filters);
    }

    /** The first page of everything (for lists of one object without parameters). */
    public static OParlPaging all() {
        return of(null, null, null, null, null, null);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    /** Whether an object with these stamps passes the filters. */
    public boolean matches(Instant created, Instant modified) {
        return (createdSince == null || !created.isBefore(createdSince))
                && (createdUntil == null || !created.isAfter(createdUntil))
                && (modifiedSince == null || !modified.isBefore(modifiedSince))
                && (modifiedUntil == null || !modified.isAfter(modifiedUntil));
    }

    /** The filters as an HQL condition on {@code created} and {@code modified}, their values into {@code params}. */
    public String condition(Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (createdSince != null) {
            where.append(" and created >= :createdSince");
            params.put("createdSince", createdSince);
        }
        if (createdUntil != null) {
            where.append(" and created <= :createdUntil");
            params.put("createdUntil", createdUntil);
        }
        if (modifiedSince != null) {
            where.append(" and modified >= :modifiedSince");
            params.put("modifiedSince", modifiedSince);
        }
        if (modifiedUntil != null) {
            where.append(" and modified <= :modifiedUntil");
            params.put("modifiedUntil", modifiedUntil);
        }
        return where.toString();
    }

    /** This page of {@code all} (filtered here): for the lists of one object (bodies, organizations). */
    public ObjectNode answer(String self, List<ObjectNode> all) {
        List<ObjectNode> matching = all.stream()
                .filter(n -> matches(time(n, "created"), time(n, "modified"))).toList();
        int from = (int) Math.min(offset(), matching.size());
        return answer(self, matching.subList(from, Math.min(from + size, matching.size())), matching.size());
    }

    /** The list answer: {@code data} (this page), {@code pagination} and {@code links} below {@code self}. */
    public ObjectNode answer(String self, List<ObjectNode> data, long total) {
        long pages = Math.max(1, (total + size - 1) / size);
        ObjectNode result = Json.mapper().createObjectNode();
        ArrayNode array = result.putArray("data");
        data.forEach(array::add);
        ObjectNode pagination = result.putObject("pagination");
        pagination.put("totalElements", total);
        pagination.put("elementsPerPage", size);
        pagination.put("currentPage", page);
        pagination.put("totalPages", pages);
        ObjectNode links = result.putObject("links");
        links.put("first", self + "?page=1" + filters);
        links.put("last", self + "?page=" + pages + filters);
        if (page > 1) {
            links.put("prev", self + "?page=" + (page - 1) + filters);
        }
        if (page < pages) {
            links.put("next", self + "?page=" + (page + 1) + filters);
        }
        return result;
    }

    private static String param(String name, String value) {
        return value == null ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Instant time(ObjectNode node, String field) {
        return node.hasNonNull(field) ? OffsetDateTime.parse(node.get(field).asText()).toInstant() : Instant.EPOCH;
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw bad(field, field + " muss ein Zeitpunkt nach ISO 8601 mit Zeitzone sein.",
                    field + " must be an ISO 8601 date-time with offset.");
        }
    }

    private static Rejection bad(String field, String de, String en) {
        return new Rejection(Rejection.Kind.BAD_REQUEST, "invalid-parameter", field, de, en, Map.of());
    }
}
