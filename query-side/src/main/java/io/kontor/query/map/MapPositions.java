package io.kontor.query.map;

import org.axonframework.eventhandling.TrackingToken;

/** The global position of the event being handled: what keys the periods it begins. */
final class MapPositions {

    private MapPositions() {
    }

    static long of(TrackingToken token) {
        if (token == null) {
            throw new IllegalStateException("the account map is built from the event stream; its handlers need a position");
        }
        return token.position().orElseThrow(() -> new IllegalStateException("a token without a position: " + token));
    }
}
