package io.kontor.api.common;

/** No such thing: answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " with id " + id);
    }

    public NotFoundException(String message) {
        super(message);
    }
}
