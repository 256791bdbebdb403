package io.kontor.query.projection;

import io.kontor.platform.axon.NodeIdentity;
import io.kontor.query.readmodel.Generations;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;

/**
 * Shares the projections' segments fairly between the live query nodes. Each node announces itself
 * in {@code query_node}; a node holding more than its share of a projection's segments (segments
 * divided by live nodes, rounded up) releases one, and another node's coordinator claims it. When a
 * node dies its claims time out and the survivors take everything over; when it comes back, it gets
 * its share again. With one node nothing is ever released.
 */
@Component
public class SegmentBalancer {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Duration interval;
    private final String nodeId;
    private final Generations generations;

    public SegmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc,
                           @Value("${kontor.query.balance-interval:PT2S}") Duration interval, NodeIdentity node,
                           Generations generations) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.interval = interval;
        this.nodeId = node.id();
        this.generations = generations;
    }

    @Scheduled(fixedDelayString = "${kontor.query.balance-interval:PT2S}", initialDelayString = "${kontor.query.balance-interval:PT2S}")
    public void balance() {
        // Another node may have switched a read model to a new generation: readers here follow within a tick.
        generations.refresh();
        Instant now = Instant.now();
        if (jdbc.update("UPDATE query_node SET last_seen = ? WHERE node_id = ?", Timestamp.from(now), nodeId) == 0) {
            jdbc.update("INSERT INTO query_node (node_id, last_seen) VALUES (?, ?)", nodeId, Timestamp.from(now));
        }
        Timestamp cutoff = Timestamp.from(now.minus(interval.multipliedBy(3)));
        jdbc.update("DELETE FROM query_node WHERE last_seen < ?", cutoff);
        Long liveNodes = jdbc.queryForObject("SELECT COUNT(*) FROM query_node", Long.class);
        if (liveNodes == null || liveNodes < 2) {
            return;
        }
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                releaseAboveFairShare(name, streaming, liveNodes);
            }
        });
    }

    private void releaseAboveFairShare(String name, StreamingEventProcessor processor, long liveNodes) {
        Integer segments = jdbc.queryForObject("SELECT COUNT(*) FROM token_entry WHERE processor_name = ?", Integer.class, name);
        Map<Integer, ?> claimedHere = processor.processingStatus();
        long fairShare = (segments + liveNodes - 1) / liveNodes;
        if (segments != null && claimedHere.size() > fairShare) {
            int segment = Collections.max(claimedHere.keySet());
            LOG.info("Releasing segment {} of {}: this node holds {} of {} segments among {} nodes",
                    segment, name, claimedHere.size(), segments, liveNodes);
            processor.releaseSegment(segment);
        }
    }
}
