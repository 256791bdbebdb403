package io.kontor.query.readmodel;

import java.util.List;
import java.util.function.Supplier;

/**
 * A read model: its name (what administrators replay), the tables it owns ({@link ReadModelSchema}),
 * and the objects whose {@code @EventHandler} methods keep those tables up to date.
 *
 * <p>The handlers are plain objects composed by the read model's slice, not Spring beans: Axon would
 * register a bean's handlers in a processing group of their own. Here every read model runs behind
 * one processor ({@code ProjectionDispatcher}), which reads each event once, and each read model can
 * be rebuilt into a new generation of its tables while its live generation keeps serving.
 *
 * @param version raise it when the handlers change what they write: a new shape of a read model is
 *                rebuilt from the first event beside the old one, which keeps serving until the switch
 * @param bulk    the read model's {@link BulkFold} for rebuilds, or null to rebuild through the handlers
 */
public record ReadModel(String name, int version, ReadModelSchema schema, List<Object> handlers,
                        Supplier<BulkFold> bulk) {

    /** A read model that is rebuilt through its handlers only. */
    public ReadModel(String name, int version, ReadModelSchema schema, List<Object> handlers) {
        this(name, version, schema, handlers, null);
    }

    public ReadModel {
        if (!name.matches("[a-z][a-z0-9_]{0,30}")) {
            throw new IllegalArgumentException("a read model's name is lower case, at most 31 characters: " + name);
        }
        handlers = List.copyOf(handlers);
    }

    /** What identifies the tables and what the handlers write into them: a changed shape needs a rebuild. */
    public String shape() {
        return schema.fingerprint("version " + version);
    }
}
