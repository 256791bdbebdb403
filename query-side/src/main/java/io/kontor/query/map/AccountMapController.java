package io.kontor.query.map;

import io.kontor.api.map.AccountMap;
import io.kontor.api.map.ContactRelationships;
import io.kontor.api.map.FindAccountMap;
import io.kontor.api.map.FindContactRelationships;
import io.kontor.api.map.FindMapReviews;
import io.kontor.api.map.MapReview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Account map")
public class AccountMapController {

    private static final String MAP = "/api/accounts/{id}/map";
    private static final String SUMMARY = "The map of the account's whole hierarchy (headquarters and every branch): its people "
            + "as nodes (with opportunityId, their seats there: roles, influence, interest, attitude, coverage, RACI, the "
            + "power/interest quadrant; and the onion ring 1-4 of everyone), their relationships as edges, and findings (each "
            + "with a stable code and the contacts concerned). asOf: the hierarchy, people and seats as they stood at that "
            + "instant, with the relationships that held on its day.";

    private final QueryGateway queries;

    public AccountMapController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(path = MAP, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = SUMMARY)
    public AccountMap map(@PathVariable UUID id,
                          @Parameter(description = "the opportunity whose buying center the nodes show")
                          @RequestParam(required = false) UUID opportunityId,
                          @Parameter(description = "ISO-8601 instant: the map as it stood then")
                          @RequestParam(required = false) Instant asOf) {
        return find(id, opportunityId, asOf);
    }

    @GetMapping(path = MAP, produces = MermaidExport.MEDIA_TYPE)
    @Operation(summary = "The same map as a Mermaid flowchart (Accept: text/vnd.mermaid)")
    public ResponseEntity<String> mermaid(@PathVariable UUID id, @RequestParam(required = false) UUID opportunityId,
                                          @RequestParam(required = false) Instant asOf) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(MermaidExport.MEDIA_TYPE + ";charset=UTF-8"))
                .body(MermaidExport.of(find(id, opportunityId, asOf)));
    }

    @GetMapping(path = MAP, produces = GraphmlExport.MEDIA_TYPE)
    @Operation(summary = "The same map as GraphML, for yEd and Gephi (Accept: application/graphml+xml)")
    public ResponseEntity<String> graphml(@PathVariable UUID id, @RequestParam(required = false) UUID opportunityId,
                                          @RequestParam(required = false) Instant asOf) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(GraphmlExport.MEDIA_TYPE + ";charset=UTF-8"))
                .body(GraphmlExport.of(find(id, opportunityId, asOf)));
    }

    @GetMapping(path = MAP + "/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The reviews of the map of the account's hierarchy, latest first")
    public List<MapReview> reviews(@PathVariable UUID id) {
        return queries.query(new FindMapReviews(id), ResponseTypes.multipleInstancesOf(MapReview.class)).join();
    }

    @GetMapping(path = "/api/contacts/{id}/relationships", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The contact's relationships: outgoing (it is the source) and incoming; current ones, or all with ended=true")
    public ContactRelationships relationships(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean ended) {
        return queries.query(new FindContactRelationships(id, ended), ContactRelationships.class).join();
    }

    private AccountMap find(UUID id, UUID opportunityId, Instant asOf) {
        return queries.query(new FindAccountMap(id, opportunityId, asOf), AccountMap.class).join();
    }
}
