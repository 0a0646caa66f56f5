package de.souveraen.workgroup.oparl;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.workgroup.meeting.AgendaItemRow;
import de.souveraen.workgroup.meeting.MeetingRow;
import de.souveraen.workgroup.member.MemberRow;
import de.souveraen.workgroup.member.MembershipRow;
import de.souveraen.workgroup.oparl.OParl.Stamp;
import de.souveraen.workgroup.proposal.ProposalRow;
import de.souveraen.eventstore.store.TenantKey;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The OParl 1.1 objects of one municipality, read from the current-state tables: each list is one query for the
 * requested page (and its count) with the filters and the reader's visibility in the query, and each object is
 * rendered by {@link OParl} for the requested root and reader. Readers who may not see internal things (anonymous,
 * without a role, or of another municipality) see public meetings and public agenda items only; removed agenda items
 * stay as deleted stubs for everyone.
 */
@ApplicationScoped
public class OParlTables {
    static final String ORGANIZATION = "ag-digitale-souveraenitaet";

    private final Pool pool;
    private final de.souveraen.workgroup.publication.PublishedReports reports;
    private final String portalUrl;

    OParlTables(Pool pool, de.souveraen.workgroup.publication.PublishedReports reports,
            de.souveraen.workgroup.publication.OParlConfig config) {
        this.pool = pool;
        this.reports = reports;
        this.portalUrl = config.portalUrl();
    }

    /** Whom a request serves: the municipality, and the mapper for its root and reader. */
    public record Target(String tenant, OParl oparl) {
    }

    /** The whole catalogue's stamp: first and last change of any member, meeting or proposal. */
    Uni<Stamp> whole(String tenant) {
        return pool.preparedQuery("select min(c), max(m) from (select min(created) c, max(modified) m from wg_member"
                        + " where tenant = $1 union all select min(created), max(modified) from wg_meeting"
                        + " where tenant = $1 union all select min(created), max(modified) from wg_proposal"
                        + " where tenant = $1) s")
                .execute(Tuple.of(tenant))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return row.getOffsetDateTime(0) == null ? new Stamp(Instant.EPOCH, Instant.EPOCH)
                            : new Stamp(row.getOffsetDateTime(0).toInstant(), row.getOffsetDateTime(1).toInstant());
                });
    }

    public Uni<ObjectNode> system(Target target) {
        return whole(target.tenant()).map(stamp -> target.oparl().system(stamp));
    }

    public Uni<ObjectNode> body(Target target) {
        return whole(target.tenant()).map(stamp -> target.oparl().body(stamp));
    }

    /** The working group and the factions its members sit in it for. */
    public Uni<List<ObjectNode>> organizations(Target target) {
        return whole(target.tenant()).chain(stamp -> Panache.withSession(() -> MembershipRow.<MembershipRow>find(
                        "tenant", Sort.by("memberId").and("number"), target.tenant()).list())
                .map(rows -> {
                    Map<String, de.souveraen.workgroup.member.MembershipPeriod> periods = new LinkedHashMap<>();
                    rows.forEach(r -> periods.put(r.memberId + "-" + r.number, r.membershipPeriod()));
                    return target.oparl().organizations(stamp, periods);
                }));
    }

    /** One page of a list ({@code organizations}, {@code people}, … as in the body's list URLs). */
    public Uni<ObjectNode> list(Target target, String list, OParlPaging paging, String self) {
        return switch (list) {
            case "organizations" -> organizations(target).map(all -> paging.answer(self, all));
            case "locations" -> locations(target).map(all -> paging.answer(self, all));
            case "files" -> files(target).map(all -> paging.answer(self, all));
            case "legislative-terms" -> whole(target.tenant())
                    .map(stamp -> paging.answer(self, List.of(target.oparl().legislativeTerm(stamp))));
            case "people" -> page(paging, self, MemberRow.class, target, "", Sort.by("id"),
                    rows -> done(rows, this::person, target));
            case "memberships" -> page(paging, self, MembershipRow.class, target, "",
                    Sort.by("memberId").and("number"), rows -> done(rows, this::membership, target));
            case "meetings" -> page(paging, self, MeetingRow.class, target, meetingsVisible(target),
                    MeetingRow.BY_START, rows -> meetings(target, rows));
            case "agenda-items" -> page(paging, self, AgendaItemRow.class, target, itemsVisible(target),
                    AgendaItemRow.IN_ORDER, rows -> done(rows, this::agendaItem, target));
            case "consultations" -> page(paging, self, AgendaItemRow.class, target,
                    " and proposalId is not null and deleted = false" + itemsVisible(target), AgendaItemRow.IN_ORDER,
                    rows -> done(rows, this::consultation, target));
            case "papers" -> papersPage(target, paging, self);
            default -> throw notFound(self);
        };
    }

    /** One object by its kind and the last segment of its URL; 404 when there is none this reader may see. */
    public Uni<ObjectNode> one(Target target, String kind, String id, String url) {
        if (kind.equals("organization")) {
            return found(url, organizations(target).map(all -> byUrl(all, url)));
        }
        if (kind.equals("location")) {
            return found(url, locations(target).map(all -> byUrl(all, url)));
        }
        if (kind.equals("legislative-term")) {
            return found(url, whole(target.tenant()).map(stamp -> id.equals(OParl.TERM_KEY)
                    ? target.oparl().legislativeTerm(stamp) : null));
        }
        if (kind.equals("file")) {
            return found(url, files(target).map(all -> byUrl(all, url)));
        }
        String tenant = target.tenant();
        if (kind.equals("membership")) {
            UUID member = id.length() > 37 && id.charAt(36) == '-' ? uuid(id.substring(0, 36)) : null;
            Integer number = member == null ? null : number(id.substring(37));
            if (number == null) {
                return Uni.createFrom().failure(notFound(url));
            }
            MembershipRow.Key key = new MembershipRow.Key();
            key.tenant = tenant;
            key.memberId = member;
            key.number = number;
            return found(url, Panache.withSession(() -> MembershipRow.<MembershipRow>findById(key))
                    .map(row -> row == null ? null : membership(target, row)));
        }
        if ((kind.equals("paper") || kind.equals("consultation")) && id.startsWith("publication-")) {
            return found(url, published(target, kind, id));
        }
        UUID uuid = uuid(id);
        if (uuid == null) {
            return Uni.createFrom().failure(notFound(url));
        }
        TenantKey key = new TenantKey(tenant, uuid);
        Uni<ObjectNode> found = switch (kind) {
            case "person" -> Panache.withSession(() -> MemberRow.<MemberRow>findById(key))
                    .map(row -> row == null ? null : person(target, row));
            case "meeting" -> Panache.withSession(() -> MeetingRow.<MeetingRow>findById(key))
                    .chain(row -> row == null || !(row.publicMeeting || target.oparl().internal())
                            ? Uni.createFrom().nullItem()
                            : meetings(target, List.of(row)).map(nodes -> nodes.get(0)));
            case "agenda-item" -> Panache.withSession(() -> AgendaItemRow.<AgendaItemRow>findById(key))
                    .map(row -> row == null || !visible(target, row) ? null : agendaItem(target, row));
            case "consultation" -> Panache.withSession(() -> AgendaItemRow.<AgendaItemRow>findById(key))
                    .map(row -> row == null || row.deleted || row.proposalId == null || !visible(target, row) ? null
                            : consultation(target, row));
            case "paper" -> Panache.withSession(() -> ProposalRow.<ProposalRow>findById(key))
                    .chain(row -> row == null ? Uni.createFrom().nullItem()
                            : papers(target, List.of(row)).map(nodes -> nodes.get(0)));
            default -> Uni.createFrom().nullItem();
        };
        return found(url, found);
    }

    private static ObjectNode byUrl(List<ObjectNode> all, String url) {
        return all.stream().filter(node -> node.get("id").asText().equals(url)).findFirst().orElse(null);
    }

    /** The meetings this reader may see, by start (for the lists computed from them: locations, files). */
    private Uni<List<MeetingRow>> visibleMeetings(Target target) {
        return Panache.withSession(() -> MeetingRow.<MeetingRow>find("tenant = ?1"
                + (target.oparl().internal() ? "" : " and publicMeeting = true"), MeetingRow.BY_START,
                target.tenant()).list());
    }

    /** The places of the meetings a reader may see, one Location each, in the order of their first meeting. */
    public Uni<List<ObjectNode>> locations(Target target) {
        return visibleMeetings(target).map(rows -> {
            Map<String, List<MeetingRow>> byPlace = new LinkedHashMap<>();
            for (MeetingRow row : rows) {
                String place = row.meeting().place();
                if (place != null) {
                    byPlace.computeIfAbsent(place, p -> new ArrayList<>()).add(row);
                }
            }
            List<ObjectNode> out = new ArrayList<>();
            byPlace.forEach((place, meetings) -> out.add(target.oparl().location(place,
                    stamp(meetings.stream().map(r -> r.created).min(Instant::compareTo).orElseThrow(),
                            meetings.stream().map(r -> r.modified).max(Instant::compareTo).orElseThrow()),
                    meetings.stream().map(r -> r.id).toList())));
            return out;
        });
    }

    /** The documents of the meetings a reader may see (invitations, minutes), by meeting start. */
    public Uni<List<ObjectNode>> files(Target target) {
        return visibleMeetings(target).chain(rows -> reports.of(target.tenant()).map(published -> {
            List<ObjectNode> out = new ArrayList<>();
            for (MeetingRow row : rows) {
                de.souveraen.workgroup.meeting.MeetingState m = row.meeting();
                Stamp stamp = stamp(row.created, row.modified);
                if (OParl.invited(m.status())) {
                    out.add(target.oparl().file(OParl.MeetingFile.invitation(m.meetingId()), m, stamp));
                }
                if (m.minutes() != null) {
                    out.add(target.oparl().file(OParl.MeetingFile.minutes(m.meetingId()), m, stamp));
                }
            }
            published.forEach(r -> out.add(target.oparl().reportFile(r, portalUrl)));
            return out;
        }));
    }

    /**
     * A page of Papers: the proposals (by id), then the published quarterly reports (by quarter), with the filters;
     * both counted for the pagination.
     */
    private Uni<ObjectNode> papersPage(Target target, OParlPaging paging, String self) {
        return reports.of(target.tenant()).chain(all -> {
            List<ObjectNode> published = all.stream().map(r -> target.oparl().reportPaper(r, portalUrl))
                    .filter(node -> paging.matches(instant(node, "created"), instant(node, "modified"))).toList();
            Map<String, Object> params = new HashMap<>();
            params.put("tenant", target.tenant());
            String query = "tenant = :tenant" + paging.condition(params);
            return Panache.withSession(() -> {
                PanacheQuery<ProposalRow> found = ProposalRow.find(query, Sort.by("id"), params);
                return found.count().chain(proposals -> {
                    long offset = paging.offset();
                    Uni<List<ObjectNode>> head = offset >= proposals ? Uni.createFrom().item(List.of())
                            : found.page(Page.of(paging.page() - 1, paging.size())).list()
                                    .chain(rows -> papers(target, rows));
                    return head.map(first -> {
                        List<ObjectNode> data = new ArrayList<>(first);
                        int from = (int) Math.max(0, offset - proposals);
                        for (int i = from; i < published.size() && data.size() < paging.size(); i++) {
                            data.add(published.get(i));
                        }
                        return paging.answer(self, data, proposals + published.size());
                    });
                });
            });
        });
    }

    private static Instant instant(ObjectNode node, String field) {
        return java.time.OffsetDateTime.parse(node.get(field).asText()).toInstant();
    }

    /** A published report's Paper, or one of its Consultations ({@code publication-<period>-<n>}); null if none. */
    private Uni<ObjectNode> published(Target target, String kind, String id) {
        return reports.of(target.tenant()).map(all -> {
            for (var r : all) {
                if (kind.equals("paper") && id.equals(r.key())) {
                    return target.oparl().reportPaper(r, portalUrl);
                }
                if (kind.equals("consultation") && id.startsWith(r.key() + "-")) {
                    for (ObjectNode c : target.oparl().reportConsultations(r)) {
                        if (c.get("id").asText().endsWith("/consultation/" + id)) {
                            return c;
                        }
                    }
                }
            }
            return null;
        });
    }

    /** A meeting document's text as this reader may see it; 404 when there is none. */
    public Uni<MeetingDocument> document(Target target, String key, String url) {
        OParl.MeetingFile file = OParl.MeetingFile.of(key);
        if (file == null) {
            return Uni.createFrom().failure(notFound(url));
        }
        return Panache.withSession(() -> MeetingRow.<MeetingRow>findById(new TenantKey(target.tenant(),
                        file.meetingId())))
                .map(row -> {
                    if (row == null || !(row.publicMeeting || target.oparl().internal())) {
                        throw notFound(url);
                    }
                    de.souveraen.workgroup.meeting.MeetingState m = row.meeting();
                    boolean exists = file.kind().equals("invitation") ? OParl.invited(m.status()) : m.minutes() != null;
                    if (!exists) {
                        throw notFound(url);
                    }
                    ObjectNode meta = target.oparl().file(file, m, stamp(row.created, row.modified));
                    return new MeetingDocument(meta.get("fileName").asText(), target.oparl().fileText(file, m),
                            row.modified);
                });
    }

    /** A meeting document: its file name, text and last change. */
    public record MeetingDocument(String fileName, String text, Instant modified) {
    }

    private static Uni<ObjectNode> found(String url, Uni<ObjectNode> object) {
        return object.map(node -> {
            if (node == null) {
                throw notFound(url);
            }
            return node;
        });
    }

    private <R extends PanacheEntityBase> Uni<ObjectNode> page(OParlPaging paging, String self, Class<R> entity,
            Target target, String condition, Sort sort, Function<List<R>, Uni<List<ObjectNode>>> render) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", target.tenant());
        String query = "tenant = :tenant" + condition + paging.condition(params);
        return Panache.withSession(() -> {
            PanacheQuery<R> found = finder(entity, query, sort, params);
            return found.page(Page.of(paging.page() - 1, paging.size())).list()
                    .chain(rows -> found.count().chain(total -> render.apply(rows)
                            .map(data -> paging.answer(self, data, total))));
        });
    }

    @SuppressWarnings("unchecked")
    private static <R extends PanacheEntityBase> PanacheQuery<R> finder(Class<R> entity, String query, Sort sort,
            Map<String, Object> params) {
        if (entity == MemberRow.class) {
            return (PanacheQuery<R>) MemberRow.find(query, sort, params);
        } else if (entity == MembershipRow.class) {
            return (PanacheQuery<R>) MembershipRow.find(query, sort, params);
        } else if (entity == MeetingRow.class) {
            return (PanacheQuery<R>) MeetingRow.find(query, sort, params);
        } else if (entity == AgendaItemRow.class) {
            return (PanacheQuery<R>) AgendaItemRow.find(query, sort, params);
        }
        return (PanacheQuery<R>) ProposalRow.find(query, sort, params);
    }

    private interface Renderer<R> {
        ObjectNode render(Target target, R row);
    }

    private static <R> Uni<List<ObjectNode>> done(List<R> rows, Renderer<R> renderer, Target target) {
        return Uni.createFrom().item(rows.stream().map(row -> renderer.render(target, row)).toList());
    }

    private static String meetingsVisible(Target target) {
        return target.oparl().internal() ? "" : " and publicMeeting = true";
    }

    private static String itemsVisible(Target target) {
        return target.oparl().internal() ? "" : " and (deleted = true or (meetingPublic = true and publicItem = true))";
    }

    private static boolean visible(Target target, AgendaItemRow row) {
        return row.deleted || target.oparl().internal() || (row.meetingPublic && row.publicItem);
    }

    private static Stamp stamp(Instant created, Instant modified) {
        return new Stamp(created, modified);
    }

    private ObjectNode person(Target target, MemberRow row) {
        return target.oparl().person(row.member(), stamp(row.created, row.modified));
    }

    private ObjectNode membership(Target target, MembershipRow row) {
        return target.oparl().membership(row.memberId, row.number, row.membershipPeriod(),
                stamp(row.created, row.modified));
    }

    private ObjectNode agendaItem(Target target, AgendaItemRow row) {
        Stamp stamp = stamp(row.created, row.modified);
        return row.deleted ? target.oparl().deleted("AgendaItem", "/agenda-item/" + row.id, stamp)
                : target.oparl().agendaItem(row.meetingId, row.position, row.agendaItem(), stamp);
    }

    private ObjectNode consultation(Target target, AgendaItemRow row) {
        return target.oparl().consultation(row.proposalId, row.meetingId, row.id, stamp(row.created, row.modified));
    }

    /** The meetings with their agenda items (each item's created is when it was added). */
    private Uni<List<ObjectNode>> meetings(Target target, List<MeetingRow> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = rows.stream().map(r -> r.id).toList();
        return Panache.withSession(() -> AgendaItemRow.<AgendaItemRow>find(
                        "tenant = ?1 and meetingId in ?2 and deleted = false", target.tenant(), ids).list())
                .map(items -> {
                    Map<UUID, Stamp> added = new HashMap<>();
                    items.forEach(item -> added.put(item.id, stamp(item.created, item.created)));
                    return rows.stream().map(row -> target.oparl().meeting(row.meeting(),
                            stamp(row.created, row.modified), added)).toList();
                });
    }

    /** The papers with their consultations (the visible agenda items they are on, in the items' order). */
    private Uni<List<ObjectNode>> papers(Target target, List<ProposalRow> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = rows.stream().map(r -> r.id).toList();
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", target.tenant());
        params.put("ids", ids);
        return Panache.withSession(() -> AgendaItemRow.<AgendaItemRow>find("tenant = :tenant and proposalId in :ids"
                        + " and deleted = false" + itemsVisible(target), AgendaItemRow.IN_ORDER, params).list())
                .map(items -> {
                    Map<UUID, List<ObjectNode>> consultations = new LinkedHashMap<>();
                    items.forEach(item -> consultations.computeIfAbsent(item.proposalId, p -> new ArrayList<>())
                            .add(consultation(target, item)));
                    return rows.stream().map(row -> target.oparl().paper(new OParl.Proposal(row.id, row.reference,
                                    row.proposal().title(), row.proposal().text(), row.submittedOn),
                            stamp(row.created, row.modified), consultations.getOrDefault(row.id, List.of()))).toList();
                });
    }

    private static UUID uuid(String text) {
        if (text.length() != 36) {
            return null;
        }
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equals(text) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer number(String text) {
        if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int n = Integer.parseInt(text);
        return n >= 1 ? n : null;
    }

    static Rejection notFound(String url) {
        return Rejection.notFound("oparl-object-not-found", "Das OParl-Objekt " + url + " gibt es nicht.",
                "There is no OParl object " + url + ".");
    }
}
