package de.souveraen.workgroup.meeting.agenda;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ordered agenda of a meeting; an item's number is its 1-based position. */
public record Agenda(List<AgendaItem> items) {
    public static final Agenda EMPTY = new Agenda(List.of());

    public Agenda {
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }

    public Optional<AgendaItem> item(UUID id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public List<UUID> ids() {
        return items.stream().map(AgendaItem::id).toList();
    }

    public int size() {
        return items.size();
    }

    /** Inserts at the 1-based {@code position}; the items from there on move down. */
    public Agenda inserted(int position, AgendaItem item) {
        List<AgendaItem> next = new ArrayList<>(items);
        next.add(position - 1, item);
        return new Agenda(next);
    }

    public Agenda without(UUID id) {
        return new Agenda(items.stream().filter(i -> !i.id().equals(id)).toList());
    }

    /** The same items in the order of {@code ids} (a permutation of {@link #ids()}). */
    public Agenda reordered(List<UUID> ids) {
        Map<UUID, AgendaItem> byId = items.stream().collect(Collectors.toMap(AgendaItem::id, Function.identity()));
        return new Agenda(ids.stream().map(byId::get).toList());
    }

    public Agenda replaced(AgendaItem item) {
        return new Agenda(items.stream().map(i -> i.id().equals(item.id()) ? item : i).toList());
    }
}
