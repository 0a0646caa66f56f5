package de.souveraen.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventTypeRegistryTest {

    sealed interface Sample extends DomainEvent {
    }

    @EventType("sample.AmountBooked.v2")
    record AmountBooked(String line, BigDecimal amount, LocalDate bookedOn) implements Sample {
    }

    @EventType("sample.Noted.v1")
    record Noted(String text) implements Sample {
    }

    record Unnamed(String x) implements DomainEvent {
    }

    @EventType("Sample.bad-name")
    record BadlyNamed(String x) implements DomainEvent {
    }

    @EventType("sample.Noted.v1")
    record Twin(String x) implements DomainEvent {
    }

    /** v1 had the amount in cents; v2 has it in euros with two decimals. */
    static final Upcaster V1_TO_V2 = new Upcaster() {
        @Override
        public String fromType() {
            return "sample.AmountBooked.v1";
        }

        @Override
        public String toType() {
            return "sample.AmountBooked.v2";
        }

        @Override
        public ObjectNode upcast(ObjectNode payload) {
            long cents = payload.remove("amountCents").asLong();
            payload.put("amount", BigDecimal.valueOf(cents, 2));
            return payload;
        }
    };

    private final EventTypeRegistry registry = EventTypeRegistry.builder().registerSealed(Sample.class)
            .upcaster(V1_TO_V2).build();

    @Test
    void names_come_from_the_annotation_never_from_the_class() {
        assertThat(registry.nameOf(new Noted("x"))).isEqualTo("sample.Noted.v1");
        assertThat(registry.typeNames()).containsExactlyInAnyOrder("sample.AmountBooked.v2", "sample.Noted.v1");
        assertThat(registry.classOf("sample.Noted.v1")).isEqualTo(Noted.class);
    }

    sealed interface Context extends DomainEvent {
    }

    sealed interface Ledger extends Context {
    }

    @EventType("context.Posted.v1")
    record Posted(String text) implements Ledger {
    }

    @EventType("context.Opened.v1")
    record Opened(String text) implements Context {
    }

    @Test
    void a_context_registers_the_records_of_its_sealed_aggregate_interfaces_too() {
        EventTypeRegistry nested = EventTypeRegistry.builder().registerSealed(Context.class).build();
        assertThat(nested.typeNames()).containsExactlyInAnyOrder("context.Posted.v1", "context.Opened.v1");
        assertThat(nested.decode("context.Posted.v1", nested.encode(new Posted("x")))).isEqualTo(new Posted("x"));
    }

    @Test
    void money_and_dates_round_trip_exactly() {
        AmountBooked event = new AmountBooked("L-1", new BigDecimal("15000.00"), LocalDate.of(2026, 1, 29));
        var json = registry.encode(event);
        assertThat(Json.text(json)).isEqualTo("{\"line\":\"L-1\",\"amount\":15000.00,\"bookedOn\":\"2026-01-29\"}");
        assertThat(registry.decode("sample.AmountBooked.v2", json)).isEqualTo(event);
    }

    @Test
    void an_old_version_is_upcast_on_read() throws Exception {
        var v1 = Json.mapper().readTree("{\"line\":\"L-1\",\"amountCents\":123456,\"bookedOn\":\"2026-02-01\"}");
        assertThat(registry.decode("sample.AmountBooked.v1", v1))
                .isEqualTo(new AmountBooked("L-1", new BigDecimal("1234.56"), LocalDate.of(2026, 2, 1)));
        assertThat(registry.knows("sample.AmountBooked.v1")).isTrue();
    }

    @Test
    void unknown_types_and_bad_payloads_are_typed_failures() throws Exception {
        assertThatThrownBy(() -> registry.decode("sample.Nope.v1", Json.mapper().readTree("{}")))
                .isInstanceOf(UnknownEventTypeException.class);
        assertThatThrownBy(() -> registry.decode("sample.AmountBooked.v2",
                Json.mapper().readTree("{\"amount\":\"lots\"}"))).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> registry.nameOf(new Unnamed("x"))).isInstanceOf(UnknownEventTypeException.class);
    }

    @Test
    void registration_refuses_missing_bad_and_duplicate_names() {
        assertThatThrownBy(() -> EventTypeRegistry.builder().register(Unnamed.class))
                .hasMessageContaining("no @EventType");
        assertThatThrownBy(() -> EventTypeRegistry.builder().register(BadlyNamed.class))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> EventTypeRegistry.builder().register(Noted.class).register(Twin.class))
                .hasMessageContaining("used by");
        assertThatThrownBy(() -> EventTypeRegistry.builder().register(AmountBooked.class).upcaster(new Upcaster() {
            @Override
            public String fromType() {
                return "sample.AmountBooked.v2";
            }

            @Override
            public String toType() {
                return "sample.AmountBooked.v3";
            }

            @Override
            public ObjectNode upcast(ObjectNode payload) {
                return payload;
            }
        }).build()).hasMessageContaining("both current and upcast");
    }
}
