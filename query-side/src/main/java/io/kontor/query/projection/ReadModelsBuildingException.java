package io.kontor.query.projection;

import java.util.List;

/** A read asked for a read model that has no live generation yet (it is being built): answered with 503 and Retry-After. */
public class ReadModelsBuildingException extends RuntimeException {

    public ReadModelsBuildingException(List<String> building) {
        super("The read models " + building + " are being built from the event history and answer once they are complete;"
                + " GET /api/admin/projections shows how far they are. Retry shortly.");
    }
}
