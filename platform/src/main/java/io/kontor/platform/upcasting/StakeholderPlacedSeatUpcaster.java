package io.kontor.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kontor.api.opportunity.StakeholderPlaced;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * {@link StakeholderPlaced} revision 1 to 2: revision 2 seats have several {@code roles}, an
 * {@code attitude}, a {@code coverage} and a {@code raci} letter. A revision 1 seat had one role and
 * recorded none of the rest, so it reads as that one role, a neutral attitude (0), {@code UNKNOWN}
 * coverage and no letter: what the seat said, and nothing invented.
 */
@Component
public class StakeholderPlacedSeatUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(StakeholderPlaced.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(StakeholderPlaced.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            if (!upcast.has("roles")) {
                upcast.putArray("roles").add(upcast.path("role"));
            }
            if (!upcast.has("attitude")) {
                upcast.put("attitude", 0);
            }
            if (!upcast.has("coverage")) {
                upcast.put("coverage", "UNKNOWN");
            }
            if (!upcast.has("raci")) {
                upcast.putNull("raci");
            }
            return upcast;
        });
    }
}
