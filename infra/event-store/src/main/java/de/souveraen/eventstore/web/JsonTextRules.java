package de.souveraen.eventstore.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Text in request bodies may hold any Unicode character except NUL (U+0000): PostgreSQL cannot store it in text or
 * jsonb, so it would fail the write after validation. And no single text may be longer than {@value #MAX_LENGTH}
 * characters (the domains set tighter limits per field; this one holds for fields without their own). Either is
 * refused while reading the body — a 400 problem naming the field ({@link ProblemMappers}), before anything is
 * decided or stored.
 */
@Singleton
public class JsonTextRules implements ObjectMapperCustomizer {
    public static final int MAX_LENGTH = 50_000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("souveraen-text").addDeserializer(String.class, new NoNul()));
    }

    static final class NoNul extends StdScalarDeserializer<String> {
        NoNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text,
                        "NUL (U+0000) is not allowed in text");
            }
            if (text != null && text.length() > MAX_LENGTH) {
                return (String) context.handleWeirdStringValue(String.class, text.substring(0, 40) + "…",
                        "text longer than " + MAX_LENGTH + " characters");
            }
            return text;
        }
    }
}
