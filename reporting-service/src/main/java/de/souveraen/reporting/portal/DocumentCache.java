package de.souveraen.reporting.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.souveraen.reporting.municipality.Municipality;
import de.souveraen.reporting.publication.Vorlage;
import de.souveraen.reporting.report.QuarterlyReport;
import de.souveraen.reporting.view.Lang;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Renders the report documents and keeps those of published reports, ready to be served.
 *
 * <p>A published document as served ({@link Served}: its bytes with their SHA-256 as strong {@code ETag}) is kept
 * under its URL's identity (municipality, period, format, language) in a least-recently-used map bounded by
 * {@link #SERVED_MAX_BYTES}, its bytes in one direct buffer outside the heap that every response writes without
 * copying: a request for a published document that is kept reads no database and renders nothing. A publication
 * never changes once made (a second one is refused), so an entry never goes stale; an evicted one is read or rendered
 * again on its next request.
 *
 * <p>A published report never changes, so each of its documents (municipality, period, content hash, format,
 * language, the municipality's name and council) is
 * rendered once and then served from memory: concurrent requests for a document not yet rendered wait for the one
 * rendering under way instead of starting their own. The cache is a least-recently-used map bounded by the bytes it
 * holds ({@link #MAX_BYTES}); an evicted document is rendered again on its next request.
 *
 * <p>Drafts change with every event and are rendered per request, at most {@link #DRAFT_RENDERINGS} at a time, in
 * the order they came; at most {@link #DRAFT_WAITING} more wait for a slot, each at most
 * {@link #DRAFT_WAIT_SECONDS} seconds. A request beyond those, or one whose wait ran out, is answered 503 with
 * {@code Retry-After} ({@link Busy}), so a burst of requests never piles renderings up in the heap.
 */
@ApplicationScoped
public class DocumentCache {
    /**
     * The bytes of rendered published documents kept at most while they are not yet served (a report's PDF is
     * ≈ 100 KB): a rendering is dropped here once {@link #serve} keeps it.
     */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    /** The bytes of published documents kept ready to serve, outside the heap (a report's PDF is ≈ 100 KB). */
    static final long SERVED_MAX_BYTES = 16L * 1024 * 1024;
    static final int DRAFT_RENDERINGS = 2;
    static final int DRAFT_WAITING = 8;
    static final int DRAFT_WAIT_SECONDS = 10;

    private final ReportDocuments documents;
    private final ObjectMapper json;
    private final Semaphore draftSlots = new Semaphore(DRAFT_RENDERINGS, true);
    private final java.util.concurrent.atomic.AtomicInteger draftRequests = new java.util.concurrent.atomic.AtomicInteger();
    private final Map<String, CompletableFuture<byte[]>> published = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedBytes;
    private final Map<String, Served> served = new LinkedHashMap<>(16, 0.75f, true);
    private long servedBytes;
    private final Counter publishedRenderings;
    private final Counter draftRenderings;

    DocumentCache(ReportDocuments documents, ObjectMapper json, MeterRegistry meters) {
        this.documents = documents;
        this.json = json;
        this.publishedRenderings = Counter.builder("souveraen.reporting.document.renderings").tag("report", "published")
                .description("report documents rendered").register(meters);
        this.draftRenderings = Counter.builder("souveraen.reporting.document.renderings").tag("report", "draft")
                .description("report documents rendered").register(meters);
    }

    /**
     * A published document as served: its strong entity tag (the SHA-256 of its bytes, quoted) and its bytes in a
     * read-only direct buffer shared by every response (each response writes a slice of it).
     */
    public record Served(String etag, io.vertx.core.buffer.Buffer body, int size) {
        static Served of(byte[] bytes) {
            java.nio.ByteBuffer direct = java.nio.ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
            return new Served("\"" + sha256(bytes) + "\"", io.vertx.core.buffer.Buffer.buffer(
                    io.netty.buffer.Unpooled.unreleasableBuffer(io.netty.buffer.Unpooled.wrappedBuffer(direct)
                            .asReadOnly())), bytes.length);
        }

        /** {@code If-None-Match} names this tag (weak comparison, RFC 9110 13.1.2: {@code W/} ignored) or is *. */
        public boolean matches(String ifNoneMatch) {
            if (ifNoneMatch == null) {
                return false;
            }
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.trim();
                if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The published document kept under {@code key} (its URL's identity), if it is. */
    public synchronized Optional<Served> served(String key) {
        return Optional.ofNullable(served.get(key));
    }

    /**
     * Keeps the published document {@code bytes} under {@code key} ready to serve, and drops its rendering kept under
     * {@code rendered} (null: none), which is now kept in the served form.
     */
    public Served serve(String key, byte[] bytes, String rendered) {
        synchronized (this) {
            Served before = served.get(key);
            if (before != null) { // requests that waited for the same rendering: kept by the first of them
                return before;
            }
        }
        Served entry = Served.of(bytes);
        synchronized (this) {
            Served before = served.putIfAbsent(key, entry);
            if (before != null) {
                return before;
            }
            servedBytes += entry.size();
            Iterator<Served> eldest = served.values().iterator();
            while (servedBytes > SERVED_MAX_BYTES && eldest.hasNext()) {
                Served e = eldest.next();
                if (e != entry) {
                    servedBytes -= e.size();
                    eldest.remove();
                }
            }
            if (rendered != null) {
                CompletableFuture<byte[]> renderedEntry = published.get(rendered);
                if (renderedEntry != null && renderedEntry.isDone() && !renderedEntry.isCompletedExceptionally()) {
                    cachedBytes -= renderedEntry.join().length;
                    published.remove(rendered);
                }
            }
        }
        return entry;
    }

    /** The bytes kept ready to serve (at most {@link #SERVED_MAX_BYTES} but for one larger document). */
    public synchronized long servedBytes() {
        return servedBytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A draft has no free rendering slot: answer 503 and ask the client to come back. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("all draft rendering slots are busy", null, false, false);
        }
    }

    /**
     * The document of a published report under {@code key} (which names the content hash): from the cache, or
     * rendered once from {@code report} (read only on a miss) while concurrent requests wait for that rendering.
     */
    public Uni<byte[]> published(String key, Supplier<Uni<QuarterlyReport>> report, String format, Lang lang,
            Municipality municipality) {
        return published(key, report, format, lang, municipality, Vorlage.EMPTY_DRAFT);
    }

    /** As above, with the published Vorlage's header and narratives (which never change either). */
    public Uni<byte[]> published(String key, Supplier<Uni<QuarterlyReport>> report, String format, Lang lang,
            Municipality municipality, Vorlage vorlage) {
        CompletableFuture<byte[]> entry;
        boolean render;
        synchronized (this) {
            entry = published.get(key);
            render = entry == null;
            if (render) {
                entry = new CompletableFuture<>();
                published.put(key, entry);
            }
        }
        if (render) {
            CompletableFuture<byte[]> mine = entry;
            report.get().emitOn(Infrastructure.getDefaultWorkerPool())
                    .map(r -> {
                        publishedRenderings.increment();
                        return render(r, format, lang, municipality, vorlage);
                    })
                    .subscribe().with(bytes -> {
                        mine.complete(bytes);
                        kept(bytes.length);
                    }, failure -> {
                        forget(key, mine);
                        mine.completeExceptionally(failure);
                    });
        }
        return Uni.createFrom().completionStage(entry);
    }

    /** A draft's document, rendered now on a worker thread once a rendering slot is free. */
    public Uni<byte[]> draft(QuarterlyReport report, String format, Lang lang, Municipality municipality) {
        return draft(report, format, lang, municipality, Vorlage.EMPTY_DRAFT);
    }

    /** As above, with the draft's narratives. */
    public Uni<byte[]> draft(QuarterlyReport report, String format, Lang lang, Municipality municipality,
            Vorlage vorlage) {
        if (draftRequests.incrementAndGet() > DRAFT_RENDERINGS + DRAFT_WAITING) {
            draftRequests.decrementAndGet();
            return Uni.createFrom().failure(new Busy());
        }
        return Uni.createFrom().item(report).emitOn(Infrastructure.getDefaultWorkerPool()).map(r -> {
            try {
                if (!draftSlots.tryAcquire(DRAFT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new Busy();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Busy();
            }
            try {
                draftRenderings.increment();
                return render(r, format, lang, municipality, vorlage);
            } finally {
                draftSlots.release();
            }
        }).onTermination().invoke(draftRequests::decrementAndGet);
    }

    /** How many published documents were rendered since the start (each should be rendered once). */
    public long publishedRenderings() {
        return (long) publishedRenderings.count();
    }

    private byte[] render(QuarterlyReport report, String format, Lang lang, Municipality municipality,
            Vorlage vorlage) {
        return switch (format) {
            case "pdf" -> documents.pdf(report, lang, municipality, vorlage);
            case "odt" -> documents.odt(report, lang, municipality, vorlage);
            case "csv" -> documents.csv(report);
            case "json" -> {
                try {
                    yield json.writeValueAsBytes(report);
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }
            default -> throw new IllegalArgumentException("no document format " + format);
        };
    }

    private synchronized void kept(int size) {
        cachedBytes += size;
        Iterator<CompletableFuture<byte[]>> eldest = published.values().iterator();
        while (cachedBytes > MAX_BYTES && eldest.hasNext()) {
            CompletableFuture<byte[]> entry = eldest.next();
            if (entry.isDone() && !entry.isCompletedExceptionally()) {
                cachedBytes -= entry.join().length;
                eldest.remove();
            }
        }
    }

    private synchronized void forget(String key, CompletableFuture<byte[]> entry) {
        published.remove(key, entry);
    }
}
