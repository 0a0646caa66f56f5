package de.souveraen.workgroup.oparl;

import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * OParl 1.1 read API of the installation's default municipality (the URLs without a municipality; every
 * municipality's own are {@link MunicipalOParlResource}), open data (no sign-in needed; readers with a role of that
 * municipality also see non-public meetings, agenda items and roll calls). Lists are paged ({@code page} from 1,
 * {@code limit} up to 100) with {@code links.next}, and filtered by {@code created_since}, {@code created_until},
 * {@code modified_since}, {@code modified_until}; they are read from the current-state tables.
 */
@Path("/oparl/v1.1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class OParlResource {
    private final OParlTables tables;
    private final OParlReaders readers;

    OParlResource(OParlTables tables, OParlReaders readers) {
        this.tables = tables;
        this.readers = readers;
    }

    @GET
    @Path("/system")
    public Uni<ObjectNode> system(@Context UriInfo uri) {
        return readers.ofDefault(uri).chain(tables::system);
    }

    @GET
    @Path("/bodies")
    public Uni<ObjectNode> bodies(@Context UriInfo uri) {
        return readers.ofDefault(uri).chain(tables::body)
                .map(body -> OParlPaging.all().answer(uri.getAbsolutePath().toString(), java.util.List.of(body)));
    }

    @GET
    @Path("/body/{body}")
    public Uni<ObjectNode> body(@Context UriInfo uri, @PathParam("body") String body) {
        return ofBody(uri, body).chain(tables::body);
    }

    @GET
    @Path("/body/{body}/{list: organizations|people|memberships|meetings|agenda-items|papers|consultations|files|locations|legislative-terms}")
    public Uni<ObjectNode> list(@Context UriInfo uri, @PathParam("body") String body, @PathParam("list") String list,
            @QueryParam("page") Integer page, @QueryParam("limit") Integer limit,
            @QueryParam("created_since") String createdSince, @QueryParam("created_until") String createdUntil,
            @QueryParam("modified_since") String modifiedSince, @QueryParam("modified_until") String modifiedUntil) {
        OParlPaging paging = OParlPaging.of(page, limit, createdSince, createdUntil, modifiedSince, modifiedUntil);
        return ofBody(uri, body).chain(target -> tables.list(target, list, paging,
                uri.getAbsolutePath().toString()));
    }

    @GET
    @Path("/{kind: organization|person|membership|meeting|agenda-item|paper|consultation|file|location|legislative-term}/{id}")
    public Uni<ObjectNode> one(@Context UriInfo uri, @PathParam("kind") String kind, @PathParam("id") String id) {
        return readers.ofDefault(uri).chain(target -> tables.one(target, kind, id, uri.getAbsolutePath().toString()));
    }

    /** A meeting document (invitation, minutes) as text, inline ({@code access}) or as attachment ({@code download}). */
    @GET
    @Path("/file/{key}/{how: access|download}")
    @Produces("text/plain; charset=UTF-8")
    public Uni<jakarta.ws.rs.core.Response> document(@Context UriInfo uri, @PathParam("key") String key,
            @PathParam("how") String how) {
        return readers.ofDefault(uri).chain(target -> tables.document(target, key, uri.getAbsolutePath().toString()))
                .map(doc -> OParlFiles.answer(doc, how.equals("download")));
    }

    /** The default municipality's body: its key is the only body here. */
    private Uni<OParlTables.Target> ofBody(UriInfo uri, String body) {
        if (!body.equals(readers.defaultTenant())) {
            return Uni.createFrom().failure(OParlTables.notFound(uri.getAbsolutePath().toString()));
        }
        return readers.ofDefault(uri);
    }
}
