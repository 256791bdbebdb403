package io.kontor.query.opportunity;

import io.kontor.api.common.NotFoundException;
import io.kontor.api.common.PageRequest;
import io.kontor.api.opportunity.FindOpportunity;
import io.kontor.api.opportunity.ListAccountOpportunities;
import io.kontor.api.opportunity.OpportunityPage;
import io.kontor.api.opportunity.OpportunityStatus;
import io.kontor.api.opportunity.OpportunityView;
import io.kontor.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Opportunities")
public class OpportunityQueryController {

    private final QueryGateway queries;

    public OpportunityQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/opportunities/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The opportunity with its stage, probability, status and buying center; ETag is its version")
    public ResponseEntity<OpportunityView> opportunity(@PathVariable UUID id) {
        OpportunityView view = queries.query(new FindOpportunity(id), ResponseTypes.optionalInstanceOf(OpportunityView.class))
                .join().orElseThrow(() -> new NotFoundException("opportunity", id));
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @GetMapping(path = "/api/accounts/{id}/opportunities", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The account's own opportunities, oldest first; optionally only one status")
    public OpportunityPage opportunities(@PathVariable UUID id, @RequestParam(required = false) OpportunityStatus status,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        return queries.query(new ListAccountOpportunities(id, status, new PageRequest(page, size)), OpportunityPage.class).join();
    }
}
