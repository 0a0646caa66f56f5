package de.souveraen.workgroup.oparl;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.contracts.Json;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.workgroup.meeting.MeetingDecider;
import de.souveraen.workgroup.member.MemberDecider;
import de.souveraen.workgroup.oparl.OParlProjector.Catalogue;
import de.souveraen.workgroup.proposal.ProposalDecider;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * OParl 1.1 read API of the working group, open data (no sign-in needed; readers with a role also see non-public
 * meetings, agenda items and roll calls). Lists are paged ({@code page} from 1, {@code limit} up to 100) with
 * {@code links.next}, and filtered by {@code created_since}, {@code created_until}, {@code modified_since},
 * {@code modified_until}.
 */
@Path("/oparl/v1.1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class OParlResource {
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final AggregateStore store;
    private final CurrentIdentityAssociation identity;

    OParlResource(AggregateStore store, CurrentIdentityAssociation identity) {
        this.store = store;
        this.identity = identity;
    }

    /** A catalogue is built for a base URL, a kind of reader and a version of the store. */
    private record CatalogueKey(String base, boolean internal, String version) {
    }

    /** The catalogues of the store's current version (at most a few: per base URL and kind of reader). */
    private final java.util.concurrent.ConcurrentHashMap<CatalogueKey, Catalogue> catalogues =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The catalogue this reader may see, built once per change of the store and kept until the next: the store's
     * version is read first, so a catalogue is never older than the version it is kept under.
     */
    private Uni<Catalogue> catalogue(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return identity.getDeferredIdentity().chain(who -> store.version().chain(version -> {
            CatalogueKey key = new CatalogueKey(base, de.souveraen.eventstore.web.Readers.mayReadInternal(who),
                    version);
            Catalogue known = catalogues.get(key);
            if (known != null) {
                return Uni.createFrom().item(known);
            }
            return Uni.combine().all().unis(
                    store.all(MemberDecider.AGGREGATE), store.all(MeetingDecider.AGGREGATE),
                    store.all(ProposalDecider.AGGREGATE), store.eventsOfType(MemberDecider.AGGREGATE),
                    store.eventsOfType(MeetingDecider.AGGREGATE), store.eventsOfType(ProposalDecider.AGGREGATE))
                    .asTuple()
                    .map(t -> OParlProjector.project(new OParl(base, key.internal()), new OParlProjector.Sources(
                            t.getItem1(), t.getItem2(), t.getItem3(), t.getItem4(), t.getItem5(), t.getItem6())))
                    .invoke(built -> {
                        catalogues.keySet().removeIf(k -> !k.version().equals(version));
                        if (catalogues.size() < 16) {
                            catalogues.put(key, built);
                        }
                    });
        }));
    }

    @GET
    @Path("/system")
    public Uni<ObjectNode> system(@Context UriInfo uri) {
        return catalogue(uri).map(c -> c.system().deepCopy());
    }

    @GET
    @Path("/bodies")
    public Uni<ObjectNode> bodies(@Context UriInfo uri) {
        return catalogue(uri).map(c -> page(uri, List.of(c.body()), null, null, null, null, null, null));
    }

    @GET
    @Path("/body/blankenheim")
    public Uni<ObjectNode> body(@Context UriInfo uri) {
        return catalogue(uri).map(c -> c.body().deepCopy());
    }

    @GET
    @Path("/body/blankenheim/{list: organizations|people|memberships|meetings|agenda-items|papers|consultations}")
    public Uni<ObjectNode> list(@Context UriInfo uri, @PathParam("list") String list, @QueryParam("page") Integer page,
            @QueryParam("limit") Integer limit, @QueryParam("created_since") String createdSince,
            @QueryParam("created_until") String createdUntil, @QueryParam("modified_since") String modifiedSince,
            @QueryParam("modified_until") String modifiedUntil) {
        return catalogue(uri).map(c -> page(uri, c.lists().get(list), page, limit, createdSince, createdUntil,
                modifiedSince, modifiedUntil));
    }

    @GET
    @Path("/{kind: organization|person|membership|meeting|agenda-item|paper|consultation}/{id}")
    public Uni<ObjectNode> one(@Context UriInfo uri, @PathParam("kind") String kind, @PathParam("id") String id) {
        String list = switch (kind) {
            case "organization" -> "organizations";
            case "person" -> "people";
            case "membership" -> "memberships";
            case "meeting" -> "meetings";
            case "agenda-item" -> "agenda-items";
            case "paper" -> "papers";
            default -> "consultations";
        };
        return catalogue(uri).map(c -> c.find(list, uri.getAbsolutePath().toString()).deepCopy());
    }

    private static ObjectNode page(UriInfo uri, List<ObjectNode> all, Integer page, Integer limit,
            String createdSince, String createdUntil, String modifiedSince, String modifiedUntil) {
        int p = page == null ? 1 : page;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (p < 1) {
            throw bad("page", "Die Seite beginnt bei 1.", "page starts at 1.");
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw bad("limit", "limit muss zwischen 1 und 100 liegen.", "limit must be between 1 and 100.");
        }
        Instant cs = instant("created_since", createdSince);
        Instant cu = instant("created_until", createdUntil);
        Instant ms = instant("modified_since", modifiedSince);
        Instant mu = instant("modified_until", modifiedUntil);
        List<ObjectNode> matching = all.stream()
                .filter(n -> cs == null || !time(n, "created").isBefore(cs))
                .filter(n -> cu == null || !time(n, "created").isAfter(cu))
                .filter(n -> ms == null || !time(n, "modified").isBefore(ms))
                .filter(n -> mu == null || !time(n, "modified").isAfter(mu))
                .toList();
        int total = matching.size();
        int pages = Math.max(1, (total + size - 1) / size);
        int from = Math.min((p - 1) * size, total);
        ObjectNode result = Json.mapper().createObjectNode();
        ArrayNode data = result.putArray("data");
        matching.subList(from, Math.min(from + size, total)).forEach(data::add);
        ObjectNode pagination = result.putObject("pagination");
        pagination.put("totalElements", total);
        pagination.put("elementsPerPage", size);
        pagination.put("currentPage", p);
        pagination.put("totalPages", pages);
        ObjectNode links = result.putObject("links");
        String filters = param("limit", limit == null ? null : String.valueOf(size)) + param("created_since",
                createdSince) + param("created_until", createdUntil) + param("modified_since", modifiedSince)
                + param("modified_until", modifiedUntil);
        String self = uri.getAbsolutePath().toString();
        links.put("first", self + "?page=1" + filters);
        links.put("last", self + "?page=" + pages + filters);
        if (p > 1) {
            links.put("prev", self + "?page=" + (p - 1) + filters);
        }
        if (p < pages) {
            links.put("next", self + "?page=" + (p + 1) + filters);
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
