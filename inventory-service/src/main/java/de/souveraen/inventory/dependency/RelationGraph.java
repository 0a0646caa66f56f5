package de.souveraen.inventory.dependency;

import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.RelationType;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The relations of a municipality's dependencies in both directions (pure): what a dependency runs on or needs,
 * what runs on or needs it ("used by", the inverse), and the impact of a change to it: every dependency that runs on
 * or needs it, directly or through others, with the shortest depth. Cycles end where a dependency was already
 * reached; relations to dependencies no longer in the register are left out.
 */
public final class RelationGraph {

    /** One related dependency: the relation as recorded ({@code RUNS_ON}/{@code NEEDS}) and its German label. */
    public record Related(RelationType relation, String relationLabel, UUID id, String name, String vendor,
            MigrationStatus status) {
    }

    /** Both directions of one dependency: {@code uses} as recorded on it, {@code usedBy} the inverse. */
    public record Relations(UUID id, String name, List<Related> uses, List<Related> usedBy) {
    }

    /**
     * A dependency touched by a change: {@code depth} 1 runs on or needs the changed one directly; {@code via} is the
     * dependency it relates to on the shortest path, {@code relation} how.
     */
    public record Touched(UUID id, String name, String vendor, int depth, RelationType relation, UUID via,
            String viaName, Integer users, BigDecimal annualCost, MigrationStatus status) {
    }

    /**
     * Everything a change of {@code id} touches, with totals over the touched dependencies (not the changed one);
     * with its direct relations both ways ({@code uses}, {@code usedBy}) so one read shows the whole picture.
     */
    public record Impact(UUID id, String name, List<Related> uses, List<Related> usedBy, List<Touched> touched,
            int dependencies, int maxDepth, long users, BigDecimal annualCost) {
    }

    private static final String USED_BY_RUNS_ON = "Trägt";
    private static final String USED_BY_NEEDS = "Wird benötigt von";

    private final Map<UUID, DependencyState> byId = new LinkedHashMap<>();
    private final Map<UUID, List<Edge>> incoming = new LinkedHashMap<>();

    private record Edge(UUID from, RelationType type) {
    }

    public RelationGraph(Collection<DependencyState> states) {
        for (DependencyState s : states) {
            if (s.exists()) {
                byId.put(s.id(), s);
            }
        }
        for (DependencyState s : byId.values()) {
            for (Relation r : s.relations()) {
                if (byId.containsKey(r.targetId())) {
                    incoming.computeIfAbsent(r.targetId(), k -> new ArrayList<>()).add(new Edge(s.id(), r.type()));
                }
            }
        }
    }

    public Optional<Relations> relations(UUID id) {
        DependencyState self = byId.get(id);
        if (self == null) {
            return Optional.empty();
        }
        List<Related> uses = new ArrayList<>();
        for (Relation r : self.relations()) {
            DependencyState target = byId.get(r.targetId());
            if (target != null) {
                uses.add(related(r.type(), InventoryLabels.de(r.type()), target));
            }
        }
        List<Related> usedBy = new ArrayList<>();
        for (Edge e : incoming.getOrDefault(id, List.of())) {
            usedBy.add(related(e.type(), e.type() == RelationType.RUNS_ON ? USED_BY_RUNS_ON : USED_BY_NEEDS,
                    byId.get(e.from())));
        }
        Comparator<Related> order = Comparator.comparing((Related r) -> r.relation().name())
                .thenComparing(r -> r.name().toLowerCase(java.util.Locale.ROOT)).thenComparing(r -> r.id().toString());
        uses.sort(order);
        usedBy.sort(order);
        return Optional.of(new Relations(id, self.details().name(), uses, usedBy));
    }

    /** Breadth first over the inverse relations: each dependency once, at its shortest depth. */
    public Optional<Impact> impact(UUID id) {
        DependencyState self = byId.get(id);
        if (self == null) {
            return Optional.empty();
        }
        Map<UUID, Touched> reached = new LinkedHashMap<>();
        Deque<UUID> queue = new ArrayDeque<>();
        Map<UUID, Integer> depth = new LinkedHashMap<>();
        depth.put(id, 0);
        queue.add(id);
        while (!queue.isEmpty()) {
            UUID current = queue.poll();
            int next = depth.get(current) + 1;
            List<Edge> edges = new ArrayList<>(incoming.getOrDefault(current, List.of()));
            edges.sort(Comparator.comparing((Edge e) -> byId.get(e.from()).details().name())
                    .thenComparing(e -> e.from().toString()));
            for (Edge e : edges) {
                if (depth.containsKey(e.from())) {
                    continue;
                }
                depth.put(e.from(), next);
                queue.add(e.from());
                DependencyState s = byId.get(e.from());
                reached.put(e.from(), new Touched(s.id(), s.details().name(), s.details().vendor(), next, e.type(),
                        current, byId.get(current).details().name(), s.details().users(), s.details().annualCost(),
                        s.status()));
            }
        }
        List<Touched> touched = new ArrayList<>(reached.values());
        touched.sort(Comparator.comparingInt(Touched::depth).thenComparing(t -> t.name().toLowerCase(
                java.util.Locale.ROOT)).thenComparing(t -> t.id().toString()));
        long users = touched.stream().mapToLong(t -> t.users() == null ? 0 : t.users()).sum();
        BigDecimal cost = touched.stream().map(t -> t.annualCost() == null ? BigDecimal.ZERO : t.annualCost())
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
        int maxDepth = touched.stream().mapToInt(Touched::depth).max().orElse(0);
        Relations relations = relations(id).orElseThrow();
        return Optional.of(new Impact(id, self.details().name(), relations.uses(), relations.usedBy(), touched,
                touched.size(), maxDepth, users, cost));
    }

    private static Related related(RelationType type, String label, DependencyState s) {
        return new Related(type, label, s.id(), s.details().name(), s.details().vendor(), s.status());
    }
}
