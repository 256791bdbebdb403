package io.kontor.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * Ids, dates and instants in JSON bodies take the same one spelling as in paths and query parameters
 * ({@link StrictFormats}). Jackson's own deserializers trim blanks off them and read numbers as epoch
 * values; these take a JSON string in the API's format or nothing.
 */
final class StrictValues {

    private StrictValues() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("kontor-strict-values");
        module.addDeserializer(UUID.class, new Strict<>(UUID.class, StrictFormats::uuid));
        module.addDeserializer(LocalDate.class, new Strict<>(LocalDate.class, StrictFormats::date));
        module.addDeserializer(Instant.class, new Strict<>(Instant.class, StrictFormats::instant));
        return module;
    }

    private static final class Strict<T> extends StdScalarDeserializer<T> {

        private final transient Function<String, T> parser;

        Strict(Class<T> type, Function<String, T> parser) {
            super(type);
            this.parser = parser;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (!json.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), json);
            }
            T value = parser.apply(json.getText());
            return value != null ? value
                    : (T) context.handleWeirdStringValue(handledType(), json.getText(), "not in the API's format");
        }
    }
}
