package io.kontor.platform.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * Path variables and query parameters of every endpoint take exactly one spelling of a value (see
 * {@link StrictFormats}). Registered as editors, not converters: Spring falls back from a converter
 * that refuses a value to its lenient default editor, which trims blanks and reads {@code 1-2-3-4-5}.
 */
@ControllerAdvice
public class StrictParameters {

    @InitBinder
    void strictValues(WebDataBinder binder) {
        binder.registerCustomEditor(UUID.class, new Strict(StrictFormats::uuid));
        binder.registerCustomEditor(Instant.class, new Strict(StrictFormats::instant));
        binder.registerCustomEditor(LocalDate.class, new Strict(StrictFormats::date));
    }

    private static final class Strict extends PropertyEditorSupport {

        private final Function<String, Object> parser;

        Strict(Function<String, Object> parser) {
            this.parser = parser;
        }

        @Override
        public void setAsText(String text) {
            Object value = parser.apply(text);
            if (value == null) {
                throw new IllegalArgumentException("not in the API's format");
            }
            setValue(value);
        }
    }
}
