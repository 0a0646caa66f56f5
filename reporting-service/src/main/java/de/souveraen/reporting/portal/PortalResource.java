package de.souveraen.reporting.portal;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.eventstore.tenant.CurrentTenant;
import de.souveraen.eventstore.web.Problem;
import de.souveraen.reporting.municipality.Municipalities;
import io.quarkus.security.identity.SecurityIdentity;
import de.souveraen.reporting.readmodel.Docs;
import de.souveraen.reporting.readmodel.Quarters;
import de.souveraen.reporting.readmodel.ReadModelStore;
import de.souveraen.reporting.report.Period;
import de.souveraen.reporting.report.QuarterlyReport;
import de.souveraen.reporting.report.Readers;
import de.souveraen.reporting.report.ReportService;
import de.souveraen.reporting.portal.PageModel.NavItem;
import de.souveraen.reporting.portal.PageModel.Section;
import de.souveraen.reporting.portal.PageModel.Table;
import de.souveraen.reporting.view.Charts;
import de.souveraen.reporting.view.Formats;
import de.souveraen.reporting.view.Lang;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The live transparency portal, server-rendered (Qute escapes every text from the events), German by default and
 * English with {@code ?lang=en}; figures formatted as German readers read them; pictures as SVG with a table
 * beside them. Readers ({@link Readers}) see everything; the report list and the published reports are open to
 * everybody.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PortalResource {

    private final Template page;
    private final ReportService reports;
    private final ReadModelStore store;
    private final Clock clock;
    private final Pool pool;
    private final DocumentCache documents;
    private final Readers readers;
    private final Chrome chrome;
    private final de.souveraen.reporting.entry.EntryForms forms;
    private final CurrentTenant tenant;
    private final Municipalities municipalities;

    private final de.souveraen.reporting.publication.Publications publications;
    private final PublicPages publicPages;

    PortalResource(@io.quarkus.qute.Location("portal/page.html") Template page, ReportService reports,
            ReadModelStore store, Clock clock, Pool pool, DocumentCache documents, Readers readers, Chrome chrome,
            de.souveraen.reporting.entry.EntryForms forms, CurrentTenant tenant, Municipalities municipalities,
            de.souveraen.reporting.publication.Publications publications, PublicPages publicPages) {
        this.publications = publications;
        this.publicPages = publicPages;
        this.tenant = tenant;
        this.municipalities = municipalities;
        this.chrome = chrome;
        this.forms = forms;
        this.documents = documents;
        this.readers = readers;
        this.page = page;
        this.reports = reports;
        this.store = store;
        this.clock = clock;
        this.pool = pool;
    }

    private Period current() {
        LocalDate today = Quarters.date(clock.instant());
        return new Period(today.getYear(), Quarters.of(today));
    }

    /** A page for a signed-in reader (all pages but the report list require one). */
    private String render(Lang lang, String path, String heading, String subheading, List<Section> sections,
            boolean live) {
        return render(lang, path, heading, subheading, sections, live, forms.actions(path, lang),
                forms.notice(lang));
    }

    /** The page open to everybody, for {@code who} (resolved by the caller). */
    private String render(Lang lang, String path, String heading, String subheading, List<Section> sections,
            io.quarkus.security.identity.SecurityIdentity who) {
        return chrome.around(page.instance(), lang, path, path, heading, null, who).data("subheading", subheading)
                .data("sections", sections).data("actions", List.of()).data("notice", null).data("hasErrors", false)
                .render();
    }

    /** A page with {@code actions} (links to forms the reader may use) and an optional {@code notice}. */
    private String render(Lang lang, String path, String heading, String subheading, List<Section> sections,
            boolean live, List<PageModel.Link> actions, String notice) {
        return chrome.around(page.instance(), lang, path, path, heading, live ? "/portal.js" : null)
                .data("subheading", subheading).data("sections", sections).data("actions", actions)
                .data("notice", notice).data("hasErrors", false).render();
    }

    @GET
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<String> overview(@QueryParam("lang") String language, @QueryParam("period") String quarter) {
        Lang lang = Lang.of(language);
        Labels l = new Labels(lang);
        Period period = quarter == null || quarter.isBlank() ? current() : Period.parse(quarter);
        return publications.vorlage(tenant.key(), period).chain(vorlage -> reports.draft(tenant.key(), period)
                .map(r -> {
            List<Section> sections = ReportDocuments.withNarratives(ReportSections.all(r, lang), vorlage);
            List<PageModel.Link> actions = new ArrayList<>(forms.actions("/", lang));
            if (chrome.has("administration") && vorlage.draft()) {
                String suffix = "?lang=" + lang.name().toLowerCase();
                for (Section s : sections) {
                    if (s.key() != null) {
                        actions.add(new PageModel.Link("/entry/reports/" + period + "/narratives/" + s.key() + suffix,
                                lang.pick("Text: ", "Text: ") + s.heading(), null));
                    }
                }
                actions.add(new PageModel.Link("/entry/reports/" + period + "/publication" + suffix,
                        lang.pick("Bericht " + period + " veröffentlichen", "Publish report " + period), null));
            }
            return render(lang, "/", l.get("overview") + " " + period, Formats.date(period.first(), lang) + " – "
                    + Formats.date(period.last(), lang), sections, true, actions, forms.notice(lang));
        }));
    }

    @GET
    @Path("budget")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<String> budget(@QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        Labels l = new Labels(lang);
        Period period = current();
        List<Uni<QuarterlyReport>> quarters = new ArrayList<>();
        String own = tenant.key();
        for (int q = 1; q <= period.quarter(); q++) {
            quarters.add(reports.draft(own, new Period(period.year(), q)));
        }
        return Uni.join().all(quarters).andFailFast().map(all -> {
            QuarterlyReport r = all.get(all.size() - 1);
            List<Charts.SpendingPoint> points = new ArrayList<>();
            for (QuarterlyReport q : all) {
                LocalDate end = q.meta().to().isAfter(Quarters.date(clock.instant()))
                        ? Quarters.date(clock.instant()) : q.meta().to();
                points.add(new Charts.SpendingPoint(end, q.finances().total().spent()));
            }
            Section usage = ReportSections.finances(r, lang);
            Section overTime = new Section(lang.pick("Mittelabfluss", "Spending over time"), List.of(),
                    Charts.usageOverTime(period.year(), points, r.finances().total().adjusted(), lang), null);
            return render(lang, "/budget", l.get("budget") + " " + period.year(), r.finances().title(),
                    List.of(usage, overTime), true);
        });
    }

    @GET
    @Path("dependencies")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<String> dependencies(@QueryParam("lang") String language, @QueryParam("status") String status) {
        Lang lang = Lang.of(language);
        Labels l = new Labels(lang);
        LocalDate today = Quarters.date(clock.instant());
        return store.documents(tenant.key(), List.of(Docs.DEPENDENCY)).map(docs -> {
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode node : docs.get(Docs.DEPENDENCY)) {
                Docs.DependencyDoc d = Docs.read(node, Docs.DependencyDoc.class);
                MigrationStatus now = d.statuses().isEmpty() ? null : d.statuses().get(d.statuses().size() - 1).status();
                if (status != null && (now == null || !now.name().equals(status))) {
                    continue;
                }
                Docs.ScoreAt score = d.assessments().isEmpty() ? null : d.assessments().get(d.assessments().size() - 1);
                rows.add(List.of(d.name(), d.vendor(), l.of(d.category()), l.of(now),
                        score == null ? "–" : Formats.decimal(score.score(), 2, lang),
                        score == null ? "–" : "SDS " + score.sds()));
            }
            rows.sort(Comparator.comparing((List<String> row) -> row.get(0).toLowerCase()));
            return render(lang, "/dependencies", l.get("dependencies"), Formats.date(today, lang), List.of(
                    new Section(l.get("dependencies"), List.of(), null, new Table(l.get("dependencies"),
                            List.of(l.get("name"), l.get("vendor"), l.get("category"), l.get("status"),
                                    l.get("score"), "SDS"), List.of(false, false, false, false, true, false),
                            rows))), true);
        });
    }

    @GET
    @Path("workgroup")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<String> workgroup(@QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        Labels l = new Labels(lang);
        return store.documents(tenant.key(), List.of(Docs.DECISION, Docs.PROPOSAL)).map(docs -> {
            List<List<String>> rows = docs.get(Docs.DECISION).stream()
                    .map(n -> Docs.read(n, Docs.DecisionDoc.class))
                    .sorted(Comparator.comparing(Docs.DecisionDoc::meetingDate))
                    .map(d -> List.of(Formats.date(d.meetingDate(), lang), d.title(), l.of(d.outcome()),
                            d.tally() == null ? "–" : d.tally().yes() + " / " + d.tally().no() + " / "
                                    + d.tally().abstain(),
                            d.recommendation() == null ? "–" : d.recommendation().text() + " ("
                                    + Formats.date(d.recommendation().councilSessionDate(), lang) + ")"))
                    .toList();
            List<List<String>> proposals = docs.get(Docs.PROPOSAL).stream()
                    .map(n -> Docs.read(n, Docs.ProposalDoc.class))
                    .sorted(Comparator.comparing(Docs.ProposalDoc::submittedOn))
                    .map(p -> List.of(Formats.date(p.submittedOn(), lang), p.reference() == null ? "–" : p.reference(),
                            p.title(), p.outcome() == null ? lang.pick("offen", "open") : l.of(p.outcome())))
                    .toList();
            return render(lang, "/workgroup", l.get("workgroup"), "AG Digitale Souveränität & Open Source", List.of(
                    new Section(lang.pick("Vorlagen", "Proposals"), List.of(), null, new Table(
                            lang.pick("Vorlagen", "Proposals"), List.of(l.get("date"), "Nr.", l.get("name"),
                                    l.get("status")), List.of(false, false, false, false), proposals)),
                    new Section(lang.pick("Beschlüsse und Empfehlungen", "Decisions and recommendations"), List.of(),
                            null, new Table(l.get("decision"), List.of(l.get("date"), l.get("topic"),
                                    l.get("decision"), lang.pick("Ja / Nein / Enthaltung", "Yes / No / Abstain"),
                                    l.get("recommendation")), List.of(false, false, false, true, false), rows))),
                    true);
        });
    }

    @GET
    @Path("trainings")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<String> trainings(@QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        Labels l = new Labels(lang);
        return store.documents(tenant.key(), List.of(Docs.TRAINING)).map(docs -> {
            List<List<String>> rows = docs.get(Docs.TRAINING).stream().map(n -> Docs.read(n, Docs.TrainingDoc.class))
                    .filter(Docs.TrainingDoc::held)
                    .sorted(Comparator.comparing(Docs.TrainingDoc::date))
                    .map(t -> List.of(Formats.date(t.date(), lang), t.title(),
                            Formats.integer(t.participants(), lang),
                            t.hours() == null ? "–" : Formats.decimal(t.hours(), 1, lang),
                            t.averageSatisfaction() == null ? "–" : Formats.decimal(t.averageSatisfaction(), 1, lang),
                            String.join("; ", t.outcomes())))
                    .toList();
            return render(lang, "/trainings", l.get("trainings"), null, List.of(new Section(l.get("trainingResults"),
                    List.of(), null, new Table(l.get("trainings"), List.of(l.get("date"), l.get("name"),
                            l.get("participants"), l.get("hours"), l.get("satisfaction"), l.get("outcomes")),
                            List.of(false, false, true, true, true, false), rows))), true);
        });
    }

    @GET
    @Path("reports")
    @jakarta.annotation.security.PermitAll
    public Uni<String> reportList(@QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        return readers.caller().chain(who -> reportList(municipalities.publicTenant(who), "", "/reports", lang, who));
    }

    /**
     * The public home of a municipality ({@code /nettersheim/}): its name, its council and its published reports.
     * Open to everybody; unknown municipalities are not found (404).
     */
    @GET
    @Path("{tenant: " + TENANT + "}")
    @jakarta.annotation.security.PermitAll
    public Uni<String> home(@PathParam("tenant") String municipality, @QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        return knownMunicipality(municipality).chain(() -> readers.caller()).chain(who -> reportList(municipality,
                "/" + municipality, "/" + municipality + "/", lang, who));
    }

    /** A municipality's published reports ({@code /nettersheim/reports}), open to everybody. */
    @GET
    @Path("{tenant: " + TENANT + "}/reports")
    @jakarta.annotation.security.PermitAll
    public Uni<String> municipalityReports(@PathParam("tenant") String municipality,
            @QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        return knownMunicipality(municipality).chain(() -> readers.caller()).chain(who -> reportList(municipality,
                "/" + municipality, "/" + municipality + "/reports", lang, who));
    }

    /** The key rule of a municipality in a path (the kernel's tenant rule): other words are the portal's own paths. */
    static final String TENANT = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?";

    /** 404 (problem+json) unless the installation serves the municipality. */
    private Uni<Void> knownMunicipality(String municipality) {
        return municipalities.known(municipality).map(known -> {
            if (!known) {
                throw de.souveraen.eventstore.domain.Rejection.notFound("municipality-not-found",
                        "Diese Kommune gibt es hier nicht.", "There is no such municipality here.");
            }
            return null;
        });
    }

    /**
     * Whether {@code who} reads the drafts of {@code municipality}: a reader of that very municipality (by the
     * token); everybody else sees its published reports only.
     */
    private boolean readsDrafts(SecurityIdentity who, String municipality) {
        return Readers.isReader(who) && municipality.equals(municipalities.ownTenant(who));
    }

    /**
     * The list of a municipality's reports: published ones for everybody, the drafts of the last four quarters for
     * its own readers; links below {@code prefix} ("" for the unprefixed URLs, {@code /nettersheim} else).
     */
    private Uni<String> reportList(String municipality, String prefix, String path, Lang lang, SecurityIdentity who) {
        Labels l = new Labels(lang);
        boolean drafts = readsDrafts(who, municipality);
        if (!prefix.isEmpty()) {
            chrome.showing(municipality);
        }
        // an anonymous visitor's page shows nothing but the registry entry and the publications: kept per that state;
        // a signed-in person's page (name, role, drafts) is never kept nor served from there
        String pageKey = municipality + "|" + path + "|" + lang;
        if (who.isAnonymous()) {
            Optional<String> recent = publicPages.recent(pageKey, municipalities.of(municipality));
            if (recent.isPresent()) {
                return Uni.createFrom().item(recent.get());
            }
        }
        return pool.preparedQuery("select period, content_hash, published_at from rm_publication where tenant = $1"
                        + " order by period desc").execute(io.vertx.mutiny.sqlclient.Tuple.of(municipality))
                .map(rows -> {
                    java.util.Map<String, List<String>> byPeriod = new java.util.TreeMap<>(Comparator.reverseOrder());
                    for (var row : rows) {
                        byPeriod.put(row.getString(0), List.of(row.getString(0), l.get("published") + " "
                                + Formats.date(Quarters.date(row.getOffsetDateTime(2).toInstant()), lang),
                                row.getString(1).substring(0, 16) + "…"));
                    }
                    PublicPages.State state = who.isAnonymous() ? new PublicPages.State(municipalities.of(municipality),
                            new ArrayList<>(byPeriod.values())) : null;
                    if (state != null) {
                        Optional<String> kept = publicPages.page(pageKey, state);
                        if (kept.isPresent()) {
                            return kept.get();
                        }
                    }
                    if (drafts) { // drafts of the current and the three quarters before it
                        Period period = current();
                        for (int i = 0; i < 4; i++, period = period.previous()) {
                            byPeriod.putIfAbsent(period.toString(), List.of(period.toString(), l.get("draft"), "–"));
                        }
                    }
                    List<List<String>> list = new ArrayList<>(byPeriod.values());
                    List<List<PageModel.Link>> links = list.stream().map(row -> downloads(prefix, row.get(0), lang))
                            .toList();
                    de.souveraen.reporting.municipality.Municipality m = municipalities.of(municipality);
                    String heading = prefix.isEmpty() || path.endsWith("/reports") ? l.get("reports") : m.name();
                    String roadmap = m.roadmapFirst() == null ? "" : lang.pick("Roadmap " + m.roadmapFirst()
                            + " bis " + m.roadmapLast() + ". ", "Roadmap " + m.roadmapFirst() + " to "
                            + m.roadmapLast() + ". ");
                    String intro = (prefix.isEmpty() ? "" : lang.pick("Berichte an den Rat: ", "Reports to the council: ")
                            + m.councilName() + ". " + roadmap) + lang.pick(
                            "Veröffentlichte Quartalsberichte (offen für alle) mit ihren Prüfsummen (SHA-256); "
                                    + "angemeldete Leserinnen und Leser sehen auch die Entwürfe.",
                            "Published quarterly reports (open to everyone) with their checksums (SHA-256); "
                                    + "signed-in readers also see the drafts.");
                    String html = render(lang, path, heading, intro,
                            List.of(new Section(l.get("reports"), List.of(), null, new Table(l.get("reports"),
                                    List.of(l.get("period"), l.get("status"), "SHA-256",
                                            lang.pick("Dokumente", "Documents")),
                                    List.of(false, false, false, false), list, links))), who);
                    return state == null ? html : publicPages.keep(pageKey, state, html);
                });
    }

    private static List<PageModel.Link> downloads(String prefix, String period, Lang lang) {
        String suffix = "?lang=" + lang.name().toLowerCase();
        String base = prefix + "/reports/" + period;
        return List.of(new PageModel.Link(base + ".pdf" + suffix, "PDF", period + " PDF"),
                new PageModel.Link(base + ".odt" + suffix, "ODT", period + " ODT"),
                new PageModel.Link(base + ".csv", "CSV", period + " CSV"),
                new PageModel.Link(base + ".json", "JSON", period + " JSON"));
    }

    /** Published documents never change: caches may keep them for a year without asking again. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /**
     * The report as PDF, ODT, CSV or JSON (open data): readers any quarter, everybody else published quarters only.
     * A published quarter's document (the German PDF: the one stored at publication) is read or rendered once and
     * then served from {@link DocumentCache} with a strong ETag (the SHA-256 of its bytes), and {@code If-None-Match}
     * is answered 304, both without a database read once it is kept; a draft is rendered
     * per request ({@code Cache-Control: private, no-store}), two at a time with a few more waiting, else 503 with
     * Retry-After.
     */
    @GET
    @Path("reports/{period}.{format: pdf|odt|csv|json}")
    @jakarta.annotation.security.PermitAll
    @Produces({"application/pdf", "application/vnd.oasis.opendocument.text", "text/csv", "application/json"})
    public Uni<Response> document(@PathParam("period") String period, @PathParam("format") String format,
            @QueryParam("lang") String language, @HeaderParam("If-None-Match") String ifNoneMatch) {
        Period p = Period.parse(period);
        return readers.caller().chain(who -> document(municipalities.publicTenant(who), "", p, format, language,
                ifNoneMatch, who));
    }

    /**
     * A municipality's report document ({@code /nettersheim/reports/2026-Q2.pdf}): published reports for everybody,
     * drafts for the municipality's own readers only (anybody else: 401/403, as for the unprefixed URL).
     */
    @GET
    @Path("{tenant: " + TENANT + "}/reports/{period}.{format: pdf|odt|csv|json}")
    @jakarta.annotation.security.PermitAll
    @Produces({"application/pdf", "application/vnd.oasis.opendocument.text", "text/csv", "application/json"})
    public Uni<Response> municipalityDocument(@PathParam("tenant") String municipality,
            @PathParam("period") String period, @PathParam("format") String format,
            @QueryParam("lang") String language, @HeaderParam("If-None-Match") String ifNoneMatch) {
        Period p = Period.parse(period);
        return knownMunicipality(municipality).chain(() -> readers.caller()).chain(who -> document(municipality,
                "/" + municipality, p, format, language, ifNoneMatch, who));
    }

    private Uni<Response> document(String municipality, String prefix, Period p, String format, String language,
            String ifNoneMatch, SecurityIdentity who) {
        Lang lang = Lang.of(language);
        de.souveraen.reporting.municipality.Municipality m = municipalities.of(municipality);
        String instance = prefix + "/reports/" + p + "." + format;
        // a published document's URL names it for ever: kept, it is answered without a database read
        String servedKey = municipality + "/" + p + "/" + format + (format.equals("pdf") || format.equals("odt")
                ? "/" + lang.name().toLowerCase() + "/" + m.name() + "/" + m.councilName() : "");
        Optional<DocumentCache.Served> kept = documents.served(servedKey);
        if (kept.isPresent()) {
            return Uni.createFrom().item(published(kept.get(), p, format, ifNoneMatch));
        }
        return reports.publishedHash(municipality, p).chain(hash -> {
            if (hash.isPresent()) {
                String tag = hash.get() + "-" + format + (format.equals("pdf") || format.equals("odt")
                        ? "-" + lang.name().toLowerCase() : "");
                String renderedKey = municipality + "/" + p + "/" + tag + "/" + m.name() + "/" + m.councilName();
                Uni<byte[]> stored = format.equals("pdf") && lang == Lang.DE
                        ? publications.publishedPdf(municipality, p) .map(pdf -> pdf.orElse(null))
                        : Uni.createFrom().nullItem();
                return stored.chain(pdf -> pdf != null ? Uni.createFrom().item(pdf) // the bytes published, for ever
                        : publications.vorlage(municipality, p).chain(vorlage -> documents.published(renderedKey,
                                () -> reports.published(municipality, p).map(Optional::orElseThrow), format, lang, m,
                                vorlage)))
                        .map(bytes -> published(documents.serve(servedKey, bytes, renderedKey), p, format,
                                ifNoneMatch));
            }
            if (!readsDrafts(who, municipality)) {
                if (!prefix.isEmpty() && !who.isAnonymous() && !municipality.equals(municipalities.ownTenant(who))) {
                    // a draft of another municipality does not exist for this caller
                    throw de.souveraen.eventstore.domain.Rejection.notFound("report-not-published",
                            "Dieser Bericht ist nicht veröffentlicht.", "This report is not published.");
                }
                throw Readers.draftRefused(who);
            }
            return publications.vorlage(municipality, p).chain(vorlage -> reports.draft(municipality, p)
                    .chain(report -> documents.draft(report, format, lang, m, vorlage)))
                    .map(bytes -> file(bytes, p, format).header("Cache-Control", "private, no-store").build());
        }).onFailure(DocumentCache.Busy.class).recoverWithItem(busy -> busy(instance));
    }

    /**
     * A published document's answer: 304 when {@code If-None-Match} names its tag, else its bytes (the kept direct
     * buffer, written without copying); both with the strong ETag and {@link #IMMUTABLE}.
     */
    private static Response published(DocumentCache.Served served, Period p, String format, String ifNoneMatch) {
        if (served.matches(ifNoneMatch)) {
            return Response.notModified().header("ETag", served.etag()).header("Cache-Control", IMMUTABLE).build();
        }
        return file(served.body(), p, format).header("ETag", served.etag()).header("Cache-Control", IMMUTABLE)
                .build();
    }

    /** The coat of arms of a municipality, if it has one: its own type, no sniffing, no script even when opened. */
    @GET
    @Path("{tenant: " + TENANT + "}/wappen")
    @jakarta.annotation.security.PermitAll
    @Produces({"image/png", "image/svg+xml"})
    public Response coatOfArms(@PathParam("tenant") String municipality) {
        de.souveraen.reporting.municipality.Municipality m = municipalities.entry(municipality)
                .map(de.souveraen.eventstore.store.Versioned::state).orElse(null);
        if (m == null || !m.hasArms()) {
            throw de.souveraen.eventstore.domain.Rejection.notFound("coat-of-arms-not-found",
                    "Für diese Kommune ist kein Wappen hinterlegt.", "This municipality has no coat of arms.");
        }
        return Response.ok(java.util.Base64.getDecoder().decode(m.armsContent())).type(m.armsType())
                .header("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'")
                .header("Content-Disposition", "inline; filename=\"wappen-" + municipality
                        + (m.armsType().equals("image/png") ? ".png" : ".svg") + "\"")
                .header("ETag", "\"" + m.armsSha256() + "\"")
                .header("Cache-Control", "public, max-age=3600").build();
    }

    private static Response.ResponseBuilder file(Object content, Period p, String format) {
        String type = switch (format) {
            case "pdf" -> "application/pdf";
            case "odt" -> "application/vnd.oasis.opendocument.text";
            case "csv" -> "text/csv; charset=UTF-8";
            default -> MediaType.APPLICATION_JSON;
        };
        String disposition = format.equals("pdf") || format.equals("json") ? "inline" : "attachment";
        return Response.ok(content).type(type).header("Content-Disposition",
                disposition + "; filename=\"quartalsbericht-" + p + "." + format + "\"");
    }

    private static Response busy(String instance) {
        return Response.fromResponse(Problem.of(503, "busy", "Ausgelastet", "Busy")
                .detail("Gerade werden zu viele Berichtsentwürfe erzeugt; bitte in einigen Sekunden erneut versuchen.",
                        "Too many draft reports are being rendered right now; please retry in a few seconds.")
                .instance(instance).toResponse()).header("Retry-After", "5").build();
    }

    @GET
    @Path("admin/dead-letters")
    @RolesAllowed("administration")
    public Uni<String> deadLetters(@QueryParam("lang") String language) {
        Lang lang = Lang.of(language);
        Labels l = new Labels(lang);
        return de.souveraen.reporting.admin.AdminResource.deadLetters(pool, tenant.key(), 200).map(rows -> {
                    List<List<String>> list = new ArrayList<>();
                    for (var row : rows) {
                        list.add(List.of(row.getString("topic") + "/" + row.getInteger("partition") + "@"
                                        + row.getLong("record_offset"),
                                row.getString("event_type") == null ? "–" : row.getString("event_type"),
                                row.getString("reason"), row.getOffsetDateTime("recorded_at").toString()));
                    }
                    return render(lang, "/admin/dead-letters", l.get("admin"), null, List.of(new Section(
                            l.get("admin"), List.of(), null, new Table(l.get("admin"), List.of(l.get("topic"),
                                    "Typ", l.get("reason"), l.get("date")), List.of(false, false, false, false),
                                    list))), false);
                });
    }
}
