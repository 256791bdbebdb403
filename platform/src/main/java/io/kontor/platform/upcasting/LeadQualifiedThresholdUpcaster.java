package io.kontor.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kontor.api.lead.LeadQualified;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * {@link LeadQualified} revision 1 to 2: revision 2 records the threshold in force when the lead
 * qualified. Revision 1 did not, so its events read with an unknown ({@code null}) threshold: an
 * upcaster never invents history.
 *
 * <p>How to change an event's shape: give the record the next {@code @EventRevision}, write a
 * {@link SingleEventUpcaster} like this one from the previous revision (a Spring bean in this package is
 * registered automatically), and test it with an event stored in the old shape.
 */
@Component
public class LeadQualifiedThresholdUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(LeadQualified.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(LeadQualified.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            if (!upcast.has("threshold")) {
                upcast.putNull("threshold");
            }
            return upcast;
        });
    }
}
