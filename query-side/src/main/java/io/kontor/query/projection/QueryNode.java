package io.kontor.query.projection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * This query node's name among the others, in {@code query_node} and on replay requests:
 * {@code kontor.node-id} when set (the same id the token claims are made under), else new at every start.
 */
@Component
public class QueryNode {

    private final String id;

    public QueryNode(@Value("${kontor.node-id:}") String configuredId) {
        this.id = configuredId.isBlank() ? UUID.randomUUID().toString() : configuredId;
    }

    public String id() {
        return id;
    }
}
