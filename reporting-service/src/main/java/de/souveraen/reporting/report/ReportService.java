package de.souveraen.reporting.report;

import de.souveraen.contracts.Json;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.reporting.readmodel.ReadModelStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a municipality's quarterly report from its read models, or answers the frozen snapshot of a published quarter; publishes
 * (freezes) a quarter once. A draft lists as corrections what changed in the published previous quarter since.
 */
@ApplicationScoped
public class ReportService {
    private final ReadModelStore store;
    private final Pool pool;
    private final Clock clock;
    private final Map<String, QuarterlyReport> drafts = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(32, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, QuarterlyReport> eldest) {
                    return size() > 32;
                }
            });

    ReportService(ReadModelStore store, Pool pool, Clock clock) {
        this.store = store;
        this.pool = pool;
        this.clock = clock;
    }

    /** The municipality's published snapshot if there is one, else the draft built now. */
    public Uni<QuarterlyReport> report(String tenant, Period period) {
        return published(tenant, period).chain(snapshot -> snapshot.isPresent()
                ? Uni.createFrom().item(snapshot.get()) : draft(tenant, period));
    }

    /** The content hash of the published quarter, if it is published: one small read, the content stays put. */
    public Uni<Optional<String>> publishedHash(String tenant, Period period) {
        return pool.preparedQuery("select content_hash from rm_publication where tenant = $1 and period = $2")
                .execute(Tuple.of(tenant, period.toString()))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(rows.iterator().next().getString(0))
                        : Optional.empty());
    }

    public Uni<Optional<QuarterlyReport>> published(String tenant, Period period) {
        return pool.preparedQuery("select content, published_at from rm_publication where tenant = $1 and period = $2")
                .execute(Tuple.of(tenant, period.toString()))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    QuarterlyReport stored = read(row.getString(0));
                    Instant at = row.getOffsetDateTime(1).toInstant();
                    QuarterlyReport.Meta m = stored.meta();
                    return Optional.of(new QuarterlyReport(new QuarterlyReport.Meta(m.period(), m.from(), m.to(),
                            m.asOf(), m.generatedAt(), m.events(), m.contentHash(), true, at), stored.progress(),
                            stored.risksAndOpportunities(), stored.upcomingDecisions(), stored.finances(),
                            stored.trainings(), stored.corrections(), stored.exposure()));
                });
    }

    /**
     * The draft as built from the read models. Built once per read-model version (and publication state of the
     * previous quarter, whose corrections it lists) and kept: requests between two changes get the same report,
     * including its {@code generatedAt}, without reading and folding every document again.
     */
    public Uni<QuarterlyReport> draft(String tenant, Period period) {
        return pool.preparedQuery("select (select coalesce(string_agg(source || '=' || version, ',' order by source), '')"
                        + " from rm_version where tenant = $1),"
                        + " (select content_hash from rm_publication where tenant = $1 and period = $2)")
                .execute(Tuple.of(tenant, period.previous().toString()))
                .chain(rows -> {
                    Row row = rows.iterator().next();
                    String key = tenant + "|" + period + "|" + row.getString(0) + "|" + row.getString(1);
                    QuarterlyReport cached = drafts.get(key);
                    return cached != null ? Uni.createFrom().item(cached)
                            : build(tenant, period).invoke(report -> drafts.put(key, report));
                });
    }

    private Uni<QuarterlyReport> build(String tenant, Period period) {
        Period previous = period.previous();
        return Uni.combine().all().unis(store.documents(tenant, ReportBuilder.KINDS), published(tenant, previous))
                .asTuple()
                .map(both -> {
                    var docs = both.getItem1();
                    List<QuarterlyReport.Correction> corrections = both.getItem2()
                            .map(old -> ReportBuilder.corrections(old,
                                    ReportBuilder.build(previous, docs, clock.instant(), List.of())))
                            .orElse(List.of());
                    return ReportBuilder.build(period, docs, clock.instant(), corrections);
                });
    }

    /**
     * The report as it is published now: built from the read models, marked published at {@code at}. The quarter
     * must be over ({@code 409 quarter-not-over} else). Publishing itself is an event ({@code publication} package).
     */
    public Uni<QuarterlyReport> freeze(String tenant, Period period, Instant at) {
        if (!period.next().first().atStartOfDay(de.souveraen.reporting.readmodel.Quarters.BERLIN).toInstant()
                .isBefore(at)) {
            throw Rejection.conflict("quarter-not-over", "period", "Ein Quartal kann erst nach seinem Ende "
                    + "veröffentlicht werden.", "A quarter can be published only after it has ended.");
        }
        return build(tenant, period).map(report -> {
            QuarterlyReport.Meta m = report.meta();
            return new QuarterlyReport(new QuarterlyReport.Meta(m.period(), m.from(), m.to(), m.asOf(),
                    m.generatedAt(), m.events(), m.contentHash(), true, at), report.progress(),
                    report.risksAndOpportunities(), report.upcomingDecisions(), report.finances(), report.trainings(),
                    report.corrections());
        });
    }

    private static QuarterlyReport read(String json) {
        try {
            return Json.mapper().readValue(json, QuarterlyReport.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unreadable published report", e);
        }
    }
}
