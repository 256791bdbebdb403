package io.kontor.api.common;

import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a partial update: either leave the current value alone, or replace it (possibly with
 * {@code null}, which clears it). Distinguishes "not sent" from "sent as null", as JSON merge patch does.
 */
public sealed interface Patch<T> {

    @SuppressWarnings("unchecked")
    static <T> Patch<T> keep() {
        return (Patch<T>) Keep.INSTANCE;
    }

    static <T> Patch<T> set(T value) {
        return new Set<>(value);
    }

    T applyTo(T current);

    boolean isSet();

    <R> Patch<R> map(Function<T, R> mapper);

    enum Keep implements Patch<Object> {
        INSTANCE;

        @Override
        public Object applyTo(Object current) {
            return current;
        }

        @Override
        public boolean isSet() {
            return false;
        }

        @Override
        public <R> Patch<R> map(Function<Object, R> mapper) {
            return keep();
        }
    }

    record Set<T>(T value) implements Patch<T> {
        @Override
        public T applyTo(T current) {
            return value;
        }

        @Override
        public boolean isSet() {
            return true;
        }

        @Override
        public <R> Patch<R> map(Function<T, R> mapper) {
            return new Set<>(value == null ? null : mapper.apply(value));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Set<?> other && Objects.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(value);
        }
    }
}
