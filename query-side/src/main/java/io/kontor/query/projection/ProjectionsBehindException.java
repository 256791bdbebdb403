package io.kontor.query.projection;

/** The projections did not reach an awaited position in time: answered with 503 and Retry-After. */
public class ProjectionsBehindException extends RuntimeException {

    private final long position;

    public ProjectionsBehindException(long position, long waitedMillis) {
        super("The projections have not reached event position " + position + " within " + waitedMillis
                + " ms; the answer would not include your write yet. Retry shortly.");
        this.position = position;
    }

    public long position() {
        return position;
    }
}
