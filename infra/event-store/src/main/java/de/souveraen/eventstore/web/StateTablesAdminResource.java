package de.souveraen.eventstore.web;

import de.souveraen.eventstore.store.CommandHandler;
import de.souveraen.eventstore.store.StateTable;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operators' command to refill this service's current-state tables from its event store (after a restore, or when
 * a table's shape changed). Writers wait while it runs; every municipality's rows are rebuilt. Role {@code provider}:
 * the operator of the installation.
 */
@Path("/api/admin/state-tables/rebuild")
@Tag(name = "Betrieb / Operations")
public class StateTablesAdminResource {
    private final CommandHandler handler;
    private final List<StateTable<?>> tables;

    StateTablesAdminResource(CommandHandler handler, Instance<StateTable<?>> tables) {
        this.handler = handler;
        this.tables = tables.stream().toList();
    }

    /** Rows written per stream type. */
    public record Rebuilt(Map<String, Integer> rows) {
    }

    @POST
    @RolesAllowed("provider")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Zustandstabellen aus den Ereignissen neu aufbauen / Rebuild the current-state tables from the events")
    public Uni<Rebuilt> rebuild() {
        Map<String, Integer> rows = new LinkedHashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (StateTable<?> table : tables) {
            chain = chain.chain(() -> handler.rebuild(table)
                    .invoke(count -> rows.put(table.aggregate().streamType(), count)).replaceWithVoid());
        }
        return chain.map(done -> new Rebuilt(rows));
    }
}
