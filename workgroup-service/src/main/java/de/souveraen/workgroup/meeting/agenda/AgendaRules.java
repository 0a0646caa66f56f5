package de.souveraen.workgroup.meeting.agenda;

import de.souveraen.contracts.workgroup.AgendaItemAdded;
import de.souveraen.contracts.workgroup.AgendaItemRemoved;
import de.souveraen.contracts.workgroup.AgendaReordered;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Adding, removing and reordering agenda items. A closed meeting has no public items; a proposal appears at most once
 * on an agenda; an item that was voted or decided on stays. Whether the proposal exists is the caller's check.
 */
public final class AgendaRules {
    public static final int MAX_TITLE = 300;

    private AgendaRules() {
    }

    /** {@code publicItem} null means: as public as the meeting; {@code position} null means: at the end. */
    public static AgendaItemAdded add(UUID meetingId, Agenda agenda, boolean publicMeeting, UUID itemId, String title,
            Boolean publicItem, UUID proposalId, Integer position) {
        Check.id("agendaItemId", "Die Kennung des Tagesordnungspunkts", itemId);
        if (agenda.item(itemId).isPresent()) {
            throw Rejection.conflict("agenda-item-exists", "agendaItemId",
                    "Ein Tagesordnungspunkt mit dieser Kennung ist bereits erfasst.",
                    "An agenda item with this id exists.");
        }
        String checkedTitle = Check.text("title", "Der Titel des Tagesordnungspunkts", title, MAX_TITLE);
        boolean isPublic = publicItem == null ? publicMeeting : publicItem;
        if (isPublic && !publicMeeting) {
            throw Rejection.invalid("public-item-in-closed-meeting", "publicItem",
                    "Eine nichtöffentliche Sitzung hat keine öffentlichen Tagesordnungspunkte.",
                    "A closed meeting has no public agenda items.");
        }
        if (proposalId != null && agenda.items().stream().anyMatch(i -> proposalId.equals(i.proposalId()))) {
            throw Rejection.conflict("proposal-already-on-agenda", "proposalId",
                    "Die Vorlage steht bereits auf dieser Tagesordnung.", "The proposal is already on this agenda.");
        }
        int at = position == null ? agenda.size() + 1
                : Check.range("position", "Die Position", position, 1, agenda.size() + 1);
        return new AgendaItemAdded(meetingId, itemId, at, checkedTitle, isPublic, proposalId);
    }

    public static AgendaItemRemoved remove(UUID meetingId, Agenda agenda, UUID itemId) {
        AgendaItem item = existing(agenda, itemId);
        if (!item.votes().isEmpty() || item.decided()) {
            throw Rejection.conflict("agenda-item-dealt-with", "agendaItemId",
                    "Über diesen Tagesordnungspunkt wurde bereits abgestimmt oder entschieden; er bleibt in der Niederschrift.",
                    "This agenda item was voted or decided on; it stays in the minutes.");
        }
        return new AgendaItemRemoved(meetingId, itemId, item.proposalId());
    }

    /** The new order must name every item exactly once; the same order again changes nothing. */
    public static List<MeetingEvent> reorder(UUID meetingId, Agenda agenda, List<UUID> ids) {
        Check.present("agendaItemIds", "Die neue Reihenfolge", ids);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            String field = "agendaItemIds[" + i + "]";
            if (id == null || agenda.item(id).isEmpty()) {
                throw Rejection.invalid("unknown-agenda-item", field,
                        "Dieser Tagesordnungspunkt gehört nicht zur Sitzung.", "This agenda item is not on the agenda.");
            }
            if (!seen.add(id)) {
                throw Rejection.invalid("duplicate-agenda-item", field,
                        "Der Tagesordnungspunkt ist doppelt genannt.", "The agenda item is listed twice.");
            }
        }
        if (ids.size() != agenda.size()) {
            throw Rejection.invalid("incomplete-order", "agendaItemIds",
                    "Die neue Reihenfolge muss alle " + agenda.size() + " Tagesordnungspunkte nennen.",
                    "The new order must list all " + agenda.size() + " agenda items.");
        }
        if (Objects.equals(ids, agenda.ids())) {
            return List.of();
        }
        return List.of(new AgendaReordered(meetingId, ids));
    }

    /** The item addressed by the request path: 404 when the meeting has no such item. */
    public static AgendaItem existing(Agenda agenda, UUID itemId) {
        Check.id("agendaItemId", "Die Kennung des Tagesordnungspunkts", itemId);
        return agenda.item(itemId).orElseThrow(() -> Rejection.notFound("agenda-item-not-found",
                "Diesen Tagesordnungspunkt gibt es in der Sitzung nicht.", "No such agenda item in this meeting."));
    }
}
