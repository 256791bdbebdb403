package io.kontor.query.map;

import io.kontor.api.map.AccountMap;
import io.kontor.api.map.ContactRelationships;
import io.kontor.api.map.FindAccountMap;
import io.kontor.api.map.FindContactRelationships;
import io.kontor.api.map.FindMapReviews;
import io.kontor.api.map.MapReview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
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

    /**
     * One operation for the three formats: JSON unless the Accept header prefers Mermaid or GraphML (a
     * client asking for anything, or for nothing in particular, gets JSON).
     */
    @GetMapping(path = MAP, produces = {MediaType.APPLICATION_JSON_VALUE, MermaidExport.MEDIA_TYPE, GraphmlExport.MEDIA_TYPE})
    @Operation(summary = SUMMARY, responses = @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AccountMap.class)),
            @Content(mediaType = MermaidExport.MEDIA_TYPE, schema = @Schema(type = "string", description = "a Mermaid flowchart")),
            @Content(mediaType = GraphmlExport.MEDIA_TYPE, schema = @Schema(type = "string", description = "a GraphML document"))}))
    public ResponseEntity<?> map(@PathVariable UUID id,
                                 @Parameter(description = "the opportunity whose buying center the nodes show")
                                 @RequestParam(required = false) UUID opportunityId,
                                 @Parameter(description = "ISO-8601 instant: the map as it stood then")
                                 @RequestParam(required = false) Instant asOf,
                                 @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false)
                                 String accept) {
        AccountMap map = queries.query(new FindAccountMap(id, opportunityId, asOf), AccountMap.class).join();
        return switch (preferred(accept)) {
            case MermaidExport.MEDIA_TYPE -> text(MermaidExport.MEDIA_TYPE, MermaidExport.of(map));
            case GraphmlExport.MEDIA_TYPE -> text(GraphmlExport.MEDIA_TYPE, GraphmlExport.of(map));
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(map);
        };
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

    /** The format the Accept header prefers most among those the map comes in; JSON when it prefers none. */
    static String preferred(String accept) {
        List<MediaType> offered = List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType(MermaidExport.MEDIA_TYPE),
                MediaType.parseMediaType(GraphmlExport.MEDIA_TYPE));
        List<MediaType> wanted = accept == null ? List.of(MediaType.ALL) : MediaType.parseMediaTypes(accept);
        MimeTypeUtils.sortBySpecificity(wanted);
        for (MediaType type : wanted) {
            if (type.isWildcardType()) {
                break;
            }
            for (MediaType format : offered) {
                if (format.isCompatibleWith(type)) {
                    return format.getType() + "/" + format.getSubtype();
                }
            }
        }
        return MediaType.APPLICATION_JSON_VALUE;
    }

    private static ResponseEntity<String> text(String mediaType, String body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType + ";charset=UTF-8")).body(body);
    }
}
