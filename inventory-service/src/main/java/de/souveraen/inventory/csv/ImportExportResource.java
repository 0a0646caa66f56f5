package de.souveraen.inventory.csv;

import de.souveraen.contracts.EventMetadata;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.RequestMetadata;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.inventory.dependency.DependencyCommand;
import de.souveraen.inventory.dependency.DependencyCommand.RegisterDependency;
import de.souveraen.inventory.dependency.DependencyDecider;
import de.souveraen.inventory.dependency.DependencyRow;
import de.souveraen.inventory.dependency.DependencyState;
import de.souveraen.inventory.dependency.DependencyView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The existing Excel inventory in and out: CSV import (all rows or none) and export, German conventions. */
@Path("/api/dependencies")
public class ImportExportResource {
    public record ImportSummary(String encoding, int rows, long registered, long updated, long unchanged,
            List<String> warnings) {
    }

    /** The largest import file: 2 MiB (a register of thousands of dependencies is far below). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The most rows one import takes (header included). */
    public static final int MAX_ROWS = 5_000;

    /** Refuses a file over {@link #MAX_BYTES} (413) or over {@link #MAX_ROWS} lines (422) before it is parsed. */
    static void limit(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw new Rejection(Rejection.Kind.TOO_LARGE, "file-too-large", "file",
                    "Die Datei ist größer als 2 MiB; bitte in mehreren Teilen importieren.",
                    "The file is larger than 2 MiB; please import it in parts.", Map.of("maxBytes", MAX_BYTES));
        }
        int lines = 0;
        for (byte b : file) {
            if (b == '\n' && ++lines > MAX_ROWS) {
                throw new Rejection(Rejection.Kind.UNPROCESSABLE, "too-many-rows", "file",
                        "Die Datei hat mehr als " + MAX_ROWS + " Zeilen; bitte in mehreren Teilen importieren.",
                        "The file has more than " + MAX_ROWS + " rows; please import it in parts.",
                        Map.of("maxRows", MAX_ROWS));
            }
        }
    }

    /** What a dry run finds: every bad row with its line and reason, and what a real import would do. */
    public record DryRun(String encoding, int rows, boolean importable, List<ImportError> errors,
            List<String> warnings, long wouldRegister, long wouldUpdate) {
    }

    private final AggregateStore store;
    private final RequestMetadata request;
    private final InventoryCsvImport reader = new InventoryCsvImport(DependencyDecider.SHIPPED.countries());

    ImportExportResource(AggregateStore store, RequestMetadata request) {
        this.store = store;
        this.request = request;
    }

    /**
     * Registers new dependencies and updates known ones (same name and vendor). A file with any bad row is refused
     * whole (422 {@code import-has-errors} with every bad line and reason); importing the same file again changes
     * nothing. {@code ?dryRun=true} reports the same without writing anything.
     */
    @POST
    @Path("/import")
    @Consumes({"text/csv", "application/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("administration")
    @io.smallrye.common.annotation.Blocking // parsing a file of up to MAX_BYTES is work for a worker, not the event loop
    public Uni<Object> importCsv(byte[] file, @QueryParam("dryRun") boolean dryRun) {
        byte[] bytes = file == null ? new byte[0] : file;
        limit(bytes);
        ImportResult result = reader.read(bytes);
        EventMetadata metadata = request.metadata();
        List<ImportError> errors = new java.util.ArrayList<>(result.fileErrors());
        errors.addAll(result.rowErrors());
        if (!dryRun && !result.clean()) {
            throw new Rejection(Rejection.Kind.UNPROCESSABLE, "import-has-errors", null,
                    "Die Datei enthält fehlerhafte Zeilen; es wird nichts importiert.",
                    "The file has bad rows; nothing is imported.",
                    Map.of("badLines", List.copyOf(result.badLines()), "rowErrors", errors));
        }
        return store.all(DependencyDecider.AGGREGATE).chain(states -> {
            Map<NaturalKey, ImportPlanner.Existing> registered = new HashMap<>();
            for (DependencyState s : states) {
                if (s.exists()) {
                    registered.put(NaturalKey.of(s.details().name(), s.details().vendor()),
                            new ImportPlanner.Existing(s.id(), s.details()));
                }
            }
            if (dryRun) {
                long known = result.rows().stream().filter(row -> registered.containsKey(row.key())).count();
                return Uni.createFrom().item((Object) new DryRun(result.encoding(), result.rows().size(),
                        result.clean(), errors, result.warnings(), result.rows().size() - known, known));
            }
            List<ImportPlanner.Planned> planned = ImportPlanner.plan(result, registered, UUID::randomUUID);
            List<Map.Entry<Object, DependencyCommand>> commands = planned.stream()
                    .map(p -> Map.<Object, DependencyCommand>entry(idOf(p.command()), p.command())).toList();
            return store.handleAll(DependencyDecider.AGGREGATE, commands, metadata).map(handled -> {
                long created = planned.stream().filter(p -> p.command() instanceof RegisterDependency).count();
                long changed = handled.stream().filter(h -> !h.events().isEmpty()).count() - created;
                return (Object) new ImportSummary(result.encoding(), planned.size(), created, changed,
                        planned.size() - created - changed, result.warnings());
            });
        });
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @RolesAllowed({"administration", "workgroup", "council"})
    @WithSession
    public Uni<Response> export() {
        LocalDate today = Http.orToday(null, request.metadata());
        return DependencyRow.allByName(store.tenant()).map(states -> {
            List<ExportRow> rows = states.stream().map(s -> {
                DependencyView v = DependencyView.of(s, today);
                return new ExportRow(s.details(), v.status(), v.cancelBy(), v.sovereigntyScore(), v.sds());
            }).toList();
            return Response.ok(InventoryCsvExport.export(rows)).type("text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"abhaengigkeiten.csv\"").build();
        });
    }

    private static UUID idOf(DependencyCommand command) {
        if (command instanceof RegisterDependency register) {
            return register.dependencyId();
        }
        return ((DependencyCommand.UpdateDependency) command).dependencyId();
    }
}
