package io.kontor.command.support;

import java.util.Map;

/**
 * What a command did: the handler's result, the version each touched aggregate reached, and the
 * global event position a reader can await to see all of it.
 */
public record CommandOutcome(Object result, String aggregateId, long version, long position,
                             Map<String, Long> aggregateVersions) {

    public long versionOf(Object aggregateId) {
        Long version = aggregateVersions.get(aggregateId.toString());
        if (version == null) {
            throw new IllegalStateException("the command did not touch aggregate " + aggregateId);
        }
        return version;
    }
}
