package de.souveraen.eventstore.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.idempotency.StoredResponse;
import de.souveraen.eventstore.store.CommandHandler;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpTest {

    @Test
    void if_match_names_one_version_strong_or_weak() {
        assertThat(Http.expectedVersion("\"7\"", true)).isEqualTo(7L);
        assertThat(Http.expectedVersion("W/\"12\"", false)).isEqualTo(12L);
        assertThat(Http.expectedVersion("*", true)).isNull();
        assertThat(Http.expectedVersion(null, false)).isNull();
    }

    @Test
    void a_replacing_request_without_if_match_is_428_and_a_garbled_one_400() {
        assertThatThrownBy(() -> Http.expectedVersion(" ", true)).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.kind().status).isEqualTo(428);
            assertThat(r.field()).isEqualTo("If-Match");
        });
        for (String garbled : List.of("7", "\"7\", \"8\"", "\"x\"", "\"\"", "\"123456789012345678901\"")) {
            assertThatThrownBy(() -> Http.expectedVersion(garbled, false)).as(garbled)
                    .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.kind().status).isEqualTo(400));
        }
    }

    @Test
    void a_creation_answers_201_with_location_and_etag_a_change_200_without_location() {
        Response created = Http.answer(new CommandHandler.Outcome(Http.created("a1", 1), false), "/api/x/a1");
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getHeaderString("Location")).isEqualTo("/api/x/a1");
        assertThat(created.getHeaderString("ETag")).isEqualTo("\"1\"");

        Response changed = Http.answer(new CommandHandler.Outcome(Http.changed("a1", 4), true), "/api/x/a1");
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeaderString("Location")).isNull();
        assertThat(changed.getHeaderString("ETag")).isEqualTo("\"4\"");
        assertThat(changed.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Http.answeredId(new StoredResponse(201, "{\"id\":\"b2\",\"version\":3}"))).isEqualTo("b2");
    }

    @Test
    void pages_count_from_zero_and_refuse_sizes_out_of_range() {
        Page<Integer> second = Page.of(List.of(1, 2, 3, 4, 5), 1, 2);
        assertThat(second.items()).containsExactly(3, 4);
        assertThat(second.total()).isEqualTo(5);
        assertThat(Page.of(List.of(1, 2), 9, 2).items()).isEmpty();
        assertThatThrownBy(() -> Page.of(List.of(), 0, 501)).isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.field()).isEqualTo("size"));
        assertThatThrownBy(() -> Page.request(-1, null)).isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.field()).isEqualTo("page"));
    }
}
