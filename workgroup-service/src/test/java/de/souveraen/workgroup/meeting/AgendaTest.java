package de.souveraen.workgroup.meeting;

import static de.souveraen.eventstore.domain.Rejection.Kind.CONFLICT;
import static de.souveraen.eventstore.domain.Rejection.Kind.NOT_FOUND;
import static de.souveraen.eventstore.domain.Rejection.Kind.UNPROCESSABLE;
import static de.souveraen.workgroup.testing.Meetings.PLACE;
import static de.souveraen.workgroup.testing.Meetings.ids;
import static de.souveraen.workgroup.testing.Meetings.item;
import static de.souveraen.workgroup.testing.Meetings.scheduled;
import static de.souveraen.workgroup.testing.Workgroup.END;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_1;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_2;
import static de.souveraen.workgroup.testing.Workgroup.ITEM_3;
import static de.souveraen.workgroup.testing.Workgroup.MEETING;
import static de.souveraen.workgroup.testing.Workgroup.PROPOSAL;
import static de.souveraen.workgroup.testing.Workgroup.START;
import static de.souveraen.workgroup.testing.Workgroup.VOTE_1;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.AgendaItemAdded;
import de.souveraen.contracts.workgroup.AgendaItemRemoved;
import de.souveraen.contracts.workgroup.AgendaReordered;
import de.souveraen.contracts.workgroup.MeetingScheduled;
import de.souveraen.contracts.workgroup.MeetingEvent;
import de.souveraen.workgroup.meeting.agenda.AgendaItem;
import de.souveraen.workgroup.meeting.MeetingCommand.AddAgendaItem;
import de.souveraen.workgroup.meeting.MeetingCommand.RemoveAgendaItem;
import de.souveraen.workgroup.meeting.MeetingCommand.ReorderAgenda;
import de.souveraen.workgroup.testing.Meetings;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.workgroup.meeting.vote.Ballot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaTest {
    private final DeciderSpec<MeetingCommand, MeetingState, MeetingEvent> spec = Meetings.spec();

    private static List<String> titles(MeetingState state) {
        return state.agenda().items().stream().map(AgendaItem::title).toList();
    }

    @Test
    void items_are_appended_by_default_and_follow_the_meeting_in_being_public() {
        spec.given(scheduled());
        spec.when(new AddAgendaItem(MEETING, ITEM_1, " Begrüßung ", null, null, null))
                .then(new AgendaItemAdded(MEETING, ITEM_1, 1, "Begrüßung", true, null));
        spec.given(item(ITEM_1, 1, "Begrüßung"))
                .when(new AddAgendaItem(MEETING, ITEM_2, "Personalangelegenheiten", false, null, null))
                .then(new AgendaItemAdded(MEETING, ITEM_2, 2, "Personalangelegenheiten", false, null));
    }

    @Test
    void an_item_inserted_at_a_position_moves_the_later_ones_down() {
        MeetingState state = spec.given(scheduled(), item(ITEM_1, 1, "Begrüßung"), item(ITEM_2, 2, "Verschiedenes"))
                .when(new AddAgendaItem(MEETING, ITEM_3, "Open-Source-Strategie", true, PROPOSAL, 2)).stateAfter();
        assertThat(titles(state)).containsExactly("Begrüßung", "Open-Source-Strategie", "Verschiedenes");
        spec.when(new AddAgendaItem(MEETING, ITEM_3, "Zu weit", true, null, 4))
                .thenRejected(UNPROCESSABLE, "out-of-range", "position");
        spec.when(new AddAgendaItem(MEETING, ITEM_3, "Zu weit", true, null, 0))
                .thenRejected(UNPROCESSABLE, "out-of-range", "position");
    }

    @Test
    void a_closed_meeting_has_no_public_items() {
        spec.given(new MeetingScheduled(MEETING, "Klausur", START, END, PLACE, false));
        spec.when(new AddAgendaItem(MEETING, ITEM_1, "Ausschreibung", true, null, null))
                .thenRejected(UNPROCESSABLE, "public-item-in-closed-meeting", "publicItem");
        spec.when(new AddAgendaItem(MEETING, ITEM_1, "Ausschreibung", null, null, null))
                .then(new AgendaItemAdded(MEETING, ITEM_1, 1, "Ausschreibung", false, null));
    }

    @Test
    void a_proposal_and_an_item_id_appear_once_and_the_title_is_required() {
        spec.given(scheduled(), new AgendaItemAdded(MEETING, ITEM_1, 1, "Strategie", true, PROPOSAL));
        spec.when(new AddAgendaItem(MEETING, ITEM_2, "Strategie (2)", true, PROPOSAL, null))
                .thenRejected(CONFLICT, "proposal-already-on-agenda", "proposalId");
        spec.when(new AddAgendaItem(MEETING, ITEM_1, "Anderes", true, null, null))
                .thenRejected(CONFLICT, "agenda-item-exists", "agendaItemId");
        spec.when(new AddAgendaItem(MEETING, ITEM_2, "  ", true, null, null))
                .thenRejected(UNPROCESSABLE, "required", "title");
    }

    @Test
    void the_agenda_is_reordered_as_a_whole() {
        spec.given(scheduled(), item(ITEM_1, 1, "Eins"), item(ITEM_2, 2, "Zwei"), item(ITEM_3, 3, "Drei"));
        MeetingState state = spec.when(new ReorderAgenda(MEETING, ids(ITEM_3, ITEM_1, ITEM_2))).stateAfter();
        assertThat(titles(state)).containsExactly("Drei", "Eins", "Zwei");
        spec.when(new ReorderAgenda(MEETING, ids(ITEM_3, ITEM_1, ITEM_2)))
                .then(new AgendaReordered(MEETING, ids(ITEM_3, ITEM_1, ITEM_2)));
        spec.when(new ReorderAgenda(MEETING, ids(ITEM_1, ITEM_2, ITEM_3))).thenNothing();
    }

    @Test
    void a_new_order_names_each_item_exactly_once() {
        spec.given(scheduled(), item(ITEM_1, 1, "Eins"), item(ITEM_2, 2, "Zwei"));
        spec.when(new ReorderAgenda(MEETING, ids(ITEM_2))).thenRejected(UNPROCESSABLE, "incomplete-order",
                "agendaItemIds");
        spec.when(new ReorderAgenda(MEETING, ids(ITEM_2, ITEM_2)))
                .thenRejected(UNPROCESSABLE, "duplicate-agenda-item", "agendaItemIds[1]");
        spec.when(new ReorderAgenda(MEETING, ids(ITEM_2, ITEM_3)))
                .thenRejected(UNPROCESSABLE, "unknown-agenda-item", "agendaItemIds[1]");
        List<java.util.UUID> withNull = new ArrayList<>();
        withNull.add(null);
        withNull.add(ITEM_1);
        spec.when(new ReorderAgenda(MEETING, withNull))
                .thenRejected(UNPROCESSABLE, "unknown-agenda-item", "agendaItemIds[0]");
    }

    @Test
    void an_item_is_removed_with_its_proposal_named_and_the_rest_closes_up() {
        spec.given(scheduled(), new AgendaItemAdded(MEETING, ITEM_1, 1, "Strategie", true, PROPOSAL),
                item(ITEM_2, 2, "Verschiedenes"));
        spec.when(new RemoveAgendaItem(MEETING, ITEM_1)).then(new AgendaItemRemoved(MEETING, ITEM_1, PROPOSAL));
        assertThat(titles(spec.when(new RemoveAgendaItem(MEETING, ITEM_1)).stateAfter()))
                .containsExactly("Verschiedenes");
        spec.when(new RemoveAgendaItem(MEETING, ITEM_3)).thenRejected(NOT_FOUND, "agenda-item-not-found", null);
    }

    @Test
    void an_item_that_was_voted_on_stays_on_the_agenda() {
        spec.given(Meetings.heldWithEveryonePresent());
        spec.given(spec.when(Meetings.vote(VOTE_1, Ballot.totals(7, 0, 0))).events());
        spec.when(new RemoveAgendaItem(MEETING, ITEM_1)).thenRejected(CONFLICT, "agenda-item-dealt-with",
                "agendaItemId");
    }

    @Test
    void an_urgent_item_can_be_added_at_the_held_meeting() {
        spec.given(Meetings.heldMeeting()).when(new AddAgendaItem(MEETING, ITEM_2, "Dringlichkeit: Lizenzverlängerung",
                true, null, null)).then(new AgendaItemAdded(MEETING, ITEM_2, 2, "Dringlichkeit: Lizenzverlängerung",
                        true, null));
    }
}
