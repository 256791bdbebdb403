package io.kontor.platform.axon;

import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdentifierFactoryTest {

    @Test
    void axonFindsKontorsFactoryOnTheClasspath() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifierFactory.class);
    }

    @Test
    void eventsGetTimeOrderedIdentifiersSoTheEventStoresIndexGrowsAtItsEnd() {
        String first = GenericEventMessage.asEventMessage("opened").getIdentifier();
        String second = GenericEventMessage.asEventMessage("moved").getIdentifier();

        assertThat(UUID.fromString(first).version()).isEqualTo(7);
        assertThat(second).isGreaterThan(first);
    }
}
