package io.kontor.platform.axon;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;

/**
 * This process's name among the nodes sharing a database: {@code kontor.node-id} when set, else
 * {@code pid@host} (Axon's own default), new with every start. Projection token claims are made under
 * it, and query nodes announce themselves ({@code query_node}) and their replays under it.
 *
 * <p>Why configure one: after a {@code kill -9} the restarted process found its segments claimed by a
 * process that no longer existed, waited out the whole claim timeout (15 s) before projecting anything,
 * and reads awaiting a position answered 503 meanwhile; its old {@code query_node} row also made it
 * count as two nodes and give up segments. A node that restarts under the same id takes its claims back
 * at once. The standalone, alone on its locked H2 file, always has one; in a cluster give each node its
 * own, never the same id to two live nodes.
 */
@Component
public class NodeIdentity {

    private final String id;

    public NodeIdentity(@Value("${kontor.node-id:}") String configuredId) {
        this.id = configuredId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configuredId;
    }

    public String id() {
        return id;
    }
}
