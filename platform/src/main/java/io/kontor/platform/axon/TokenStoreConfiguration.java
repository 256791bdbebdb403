package io.kontor.platform.axon;

import java.time.Duration;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The projections' token store (Axon's JDBC one, on the {@code token_entry} table Flyway created), with
 * its claims made in the name of {@code kontor.node-id} when that is set.
 *
 * <p>Why a node id: Axon's default claim owner is {@code pid@host}, new with every start. After a
 * {@code kill -9} the restarted process found its own segments claimed by a process that no longer
 * existed and waited out the whole claim timeout (15 s) before projecting anything; reads awaiting a
 * position answered 503 meanwhile. A node that restarts under the same id takes its claims back at once.
 * The standalone, alone on its locked H2 file, always has one; in a cluster give each node its own,
 * never the same id to two live nodes.
 */
@Configuration(proxyBeanMethods = false)
public class TokenStoreConfiguration {

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                                 @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout,
                                 @Value("${kontor.node-id:}") String nodeId) {
        JdbcTokenStore.Builder builder = JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .claimTimeout(claimTimeout);
        if (!nodeId.isBlank()) {
            builder.nodeId(nodeId);
        }
        return builder.build();
    }
}
