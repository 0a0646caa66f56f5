package de.souveraen.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable type names of the published language and how to read them back, including old versions
 * through {@link Upcaster}s. Built once from explicit lists of records; never from class-path scanning,
 * so what is published is what is declared.
 */
public final class EventTypeRegistry {
    /** {@code context.EventName.vN}. */
    public static final Pattern TYPE_NAME = Pattern.compile("^[a-z][a-z]*\\.[A-Z][A-Za-z0-9]*\\.v[1-9][0-9]*$");

    private final Map<String, Class<? extends DomainEvent>> byName;
    private final Map<Class<? extends DomainEvent>, String> byClass;
    private final Map<String, Upcaster> upcasters;
    private final ObjectMapper mapper;

    private EventTypeRegistry(Map<String, Class<? extends DomainEvent>> byName, Map<String, Upcaster> upcasters) {
        this.byName = Collections.unmodifiableMap(byName);
        Map<Class<? extends DomainEvent>, String> reverse = new LinkedHashMap<>();
        byName.forEach((name, type) -> reverse.put(type, name));
        this.byClass = Collections.unmodifiableMap(reverse);
        this.upcasters = Collections.unmodifiableMap(upcasters);
        this.mapper = Json.mapper();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The stable name declared on a record class with {@link EventType}. */
    public static String typeNameOf(Class<?> type) {
        EventType annotation = type.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(type.getName() + " has no @EventType");
        }
        String name = annotation.value();
        if (!TYPE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("event type name '" + name + "' of " + type.getName()
                    + " does not match context.EventName.vN");
        }
        return name;
    }

    public String nameOf(DomainEvent event) {
        String name = byClass.get(event.getClass());
        if (name == null) {
            throw new UnknownEventTypeException(event.getClass().getName());
        }
        return name;
    }

    public boolean knows(String typeName) {
        return byName.containsKey(typeName) || upcasters.containsKey(typeName);
    }

    public Collection<String> typeNames() {
        return byName.keySet();
    }

    public Class<? extends DomainEvent> classOf(String typeName) {
        Class<? extends DomainEvent> type = byName.get(typeName);
        if (type == null) {
            throw new UnknownEventTypeException(typeName);
        }
        return type;
    }

    public JsonNode encode(DomainEvent event) {
        return mapper.valueToTree(event);
    }

    /** Reads a payload stored under {@code typeName}, upcasting old versions first. */
    public DomainEvent decode(String typeName, JsonNode payload) {
        String name = typeName;
        JsonNode current = payload;
        int guard = 0;
        while (!byName.containsKey(name)) {
            Upcaster upcaster = upcasters.get(name);
            if (upcaster == null || guard++ > 32) {
                throw new UnknownEventTypeException(typeName);
            }
            if (!(current instanceof ObjectNode object)) {
                throw new MalformedEventException(typeName, "payload is not a JSON object");
            }
            current = upcaster.upcast(object.deepCopy());
            name = upcaster.toType();
        }
        try {
            return mapper.treeToValue(current, byName.get(name));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException(typeName, e.getMessage());
        }
    }

    /** The event records a sealed interface permits, directly or through its sealed sub-interfaces. */
    @SuppressWarnings("unchecked")
    public static List<Class<? extends DomainEvent>> recordsOf(Class<? extends DomainEvent> sealedInterface) {
        Class<?>[] permitted = sealedInterface.getPermittedSubclasses();
        if (permitted == null) {
            throw new IllegalArgumentException(sealedInterface.getName() + " is not sealed");
        }
        List<Class<? extends DomainEvent>> records = new java.util.ArrayList<>();
        for (Class<?> type : permitted) {
            if (type.isInterface()) {
                records.addAll(recordsOf((Class<? extends DomainEvent>) type));
            } else {
                records.add((Class<? extends DomainEvent>) type);
            }
        }
        return records;
    }

    public static final class Builder {
        private final Map<String, Class<? extends DomainEvent>> byName = new LinkedHashMap<>();
        private final Map<String, Upcaster> upcasters = new LinkedHashMap<>();

        public Builder register(Class<? extends DomainEvent> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " must be a record");
            }
            String name = typeNameOf(type);
            Class<? extends DomainEvent> previous = byName.putIfAbsent(name, type);
            if (previous != null && previous != type) {
                throw new IllegalArgumentException("type name " + name + " used by " + previous.getName()
                        + " and " + type.getName());
            }
            return this;
        }

        /**
         * Registers every record permitted by a sealed context interface, also through its sealed sub-interfaces (one
         * per aggregate).
         */
        public Builder registerSealed(Class<? extends DomainEvent> sealedInterface) {
            recordsOf(sealedInterface).forEach(this::register);
            return this;
        }

        public Builder upcaster(Upcaster upcaster) {
            Objects.requireNonNull(upcaster);
            if (!TYPE_NAME.matcher(upcaster.fromType()).matches() || !TYPE_NAME.matcher(upcaster.toType()).matches()) {
                throw new IllegalArgumentException("upcaster names must match context.EventName.vN");
            }
            upcasters.put(upcaster.fromType(), upcaster);
            return this;
        }

        public EventTypeRegistry build() {
            for (Upcaster upcaster : upcasters.values()) {
                if (byName.containsKey(upcaster.fromType())) {
                    throw new IllegalArgumentException(upcaster.fromType() + " is both current and upcast");
                }
            }
            return new EventTypeRegistry(new LinkedHashMap<>(byName), new LinkedHashMap<>(upcasters));
        }
    }
}
