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
import java.util.List;

/**
 * The OParl 1.1 system of each municipality, below {@code /{tenant}/oparl/v1.1}: the same tree as the default
 * municipality's {@link OParlResource} (system, bodies, the body {@code /body/{tenant}} with its lists, objects by
 * kind and id), with every id below this root. The municipality is the path's; what a reader sees of it follows
 * {@link OParlReaders}. A key that is no municipality answers 404.
 */
@Path("/{tenant: [a-z0-9][a-z0-9-]{0,39}}/oparl/v1.1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class MunicipalOParlResource {
    private final OParlTables tables;
    private final OParlReaders readers;

    MunicipalOParlResource(OParlTables tables, OParlReaders readers) {
        this.tables = tables;
        this.readers = readers;
    }

    @GET
    @Path("/system")
    public Uni<ObjectNode> system(@Context UriInfo uri, @PathParam("tenant") String tenant) {
        return readers.of(tenant, uri).chain(tables::system);
    }

    @GET
    @Path("/bodies")
    public Uni<ObjectNode> bodies(@Context UriInfo uri, @PathParam("tenant") String tenant) {
        return readers.of(tenant, uri).chain(tables::body)
                .map(body -> OParlPaging.all().answer(uri.getAbsolutePath().toString(), List.of(body)));
    }

    @GET
    @Path("/body/{body}")
    public Uni<ObjectNode> body(@Context UriInfo uri, @PathParam("tenant") String tenant,
            @PathParam("body") String body) {
        return ofBody(uri, tenant, body).chain(tables::body);
    }

    @GET
    @Path("/body/{body}/{list: organizations|people|memberships|meetings|agenda-items|papers|consultations|files|locations|legislative-terms}")
    public Uni<ObjectNode> list(@Context UriInfo uri, @PathParam("tenant") String tenant,
            @PathParam("body") String body, @PathParam("list") String list, @QueryParam("page") Integer page,
            @QueryParam("limit") Integer limit, @QueryParam("created_since") String createdSince,
            @QueryParam("created_until") String createdUntil, @QueryParam("modified_since") String modifiedSince,
            @QueryParam("modified_until") String modifiedUntil) {
        OParlPaging paging = OParlPaging.of(page, limit, createdSince, createdUntil, modifiedSince, modifiedUntil);
        return ofBody(uri, tenant, body).chain(target -> tables.list(target, list, paging,
                uri.getAbsolutePath().toString()));
    }

    @GET
    @Path("/{kind: organization|person|membership|meeting|agenda-item|paper|consultation|file|location|legislative-term}/{id}")
    public Uni<ObjectNode> one(@Context UriInfo uri, @PathParam("tenant") String tenant,
            @PathParam("kind") String kind, @PathParam("id") String id) {
        return readers.of(tenant, uri).chain(target -> tables.one(target, kind, id,
                uri.getAbsolutePath().toString()));
    }

    /** A meeting document (invitation, minutes) as text, inline ({@code access}) or as attachment ({@code download}). */
    @GET
    @Path("/file/{key}/{how: access|download}")
    @Produces("text/plain; charset=UTF-8")
    public Uni<jakarta.ws.rs.core.Response> document(@Context UriInfo uri, @PathParam("tenant") String tenant, @PathParam("key") String key,
            @PathParam("how") String how) {
        return readers.of(tenant, uri).chain(target -> tables.document(target, key, uri.getAbsolutePath().toString()))
                .map(doc -> OParlFiles.answer(doc, how.equals("download")));
    }

    /** The municipality's one body: its key is the municipality's. */
    private Uni<OParlTables.Target> ofBody(UriInfo uri, String tenant, String body) {
        if (!body.equals(tenant)) {
            return Uni.createFrom().failure(OParlTables.notFound(uri.getAbsolutePath().toString()));
        }
        return readers.of(tenant, uri);
    }
}
