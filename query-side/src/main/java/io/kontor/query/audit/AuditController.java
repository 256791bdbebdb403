package io.kontor.query.audit;

import io.kontor.api.common.InvalidInputException;
import io.kontor.api.common.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The events are the truth: every event of every aggregate, in order, with who caused it and why,
 * kept forever (no field limit, no retention window), and any account as it was at any instant.
 */
@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit", description = "The complete history (AUDITOR, ADMIN)")
public class AuditController {

    private static final Map<String, String> AGGREGATE_TYPES = Map.of("accounts", "Account", "contacts", "Contact",
            "leads", "Lead", "opportunities", "Opportunity");
    private static final int MAX_LIMIT = 1000;

    private final StoredEvents events;
    private final EventFeed feed;
    private final AuditSeenBy seenBy;

    public AuditController(StoredEvents events, EventFeed feed, AuditSeenBy seenBy) {
        this.events = events;
        this.feed = feed;
        this.seenBy = seenBy;
    }

    @GetMapping("/{type}/{id}/events")
    @Operation(summary = "Every event of one account, contact, lead or opportunity, in order; paged by sequence number")
    public ResponseEntity<Map<String, Object>> history(@PathVariable String type, @PathVariable UUID id,
                                                       @Parameter(schema = @Schema(minimum = "0"))
                                                       @RequestParam(defaultValue = "0") long fromSequence,
                                                       @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_LIMIT))
                                                       @RequestParam(defaultValue = "100") int limit) {
        String aggregateType = AGGREGATE_TYPES.get(type);
        if (aggregateType == null) {
            throw new NotFoundException("There is no history of " + type + "; there is of "
                    + String.join(", ", AGGREGATE_TYPES.keySet()) + ".");
        }
        checkLimit(limit);
        if (fromSequence < 0) {
            throw InvalidInputException.of("fromSequence", "must be 0 or more");
        }
        if (!aggregateType.equals(events.aggregateTypeOf(id.toString()))) {
            throw new NotFoundException(type.substring(0, type.length() - 1), id);
        }
        List<StoredEvent> page = events.ofAggregate(id.toString(), fromSequence, limit + 1);
        boolean more = page.size() > limit;
        List<StoredEvent> shown = more ? page.subList(0, limit) : page;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("aggregateType", aggregateType);
        body.put("aggregateId", id);
        body.put("events", seenBy.events(shown.stream().map(AuditController::render).toList()));
        Long nextSequence = more ? page.get(limit).sequence() : null;
        body.put("nextSequence", nextSequence);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (nextSequence != null) {
            answer.header(HttpHeaders.LINK, "</api/audit/" + type + "/" + id + "/events?fromSequence=" + nextSequence
                    + "&limit=" + limit + ">; rel=\"next\"");
        }
        return answer.body(body);
    }

    @GetMapping("/accounts/{id}")
    @Operation(summary = "The account as it was at an instant, in the shape of GET /api/accounts/{id} (headquarters "
            + "and path as they stood then), rebuilt from the events")
    public AccountAsOf accountAsOf(@PathVariable UUID id,
                                   @Parameter(description = "ISO-8601 instant; now if absent") @RequestParam(required = false) Instant asOf) {
        Instant instant = asOf == null ? Instant.now() : asOf;
        if (!"Account".equals(events.aggregateTypeOf(id.toString()))) {
            throw new NotFoundException("account", id);
        }
        List<StoredEvent> history = events.ofAggregate(id.toString(), 0, Integer.MAX_VALUE);
        AccountState state = AccountState.fold(id, instant, history)
                .orElseThrow(() -> new NotFoundException("Account " + id + " did not exist yet at " + instant + "."));
        return seenBy.account(AccountAsOf.of(state, pathAt(state, instant)));
    }

    /** Ids from the headquarters down to the account, as the hierarchy stood at the instant. */
    private List<UUID> pathAt(AccountState state, Instant instant) {
        java.util.LinkedList<UUID> path = new java.util.LinkedList<>(List.of(state.id()));
        java.util.Set<UUID> seen = new java.util.HashSet<>(path);
        for (UUID parent = state.parentId(); parent != null && seen.add(parent); ) {
            path.addFirst(parent);
            parent = AccountState.parentAt(instant, events.placementsOf(parent.toString()));
        }
        return List.copyOf(path);
    }

    @GetMapping("/events")
    @Operation(summary = "The global event stream after position P, oldest first; follow 'next' to page without "
            + "skipping or repeating an event")
    public Map<String, Object> stream(@Parameter(schema = @Schema(minimum = "0")) @RequestParam(defaultValue = "0") long after,
                                      @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_LIMIT))
                                      @RequestParam(defaultValue = "100") int limit) {
        checkLimit(limit);
        if (after < 0) {
            throw InvalidInputException.of("after", "must be 0 or more");
        }
        EventFeed.Page page = feed.after(after, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("events", seenBy.events(seenBy.feed(page.events()).stream().map(AuditController::render).toList()));
        body.put("next", page.next());
        body.put("head", events.head());
        body.put("waitingForTransactionsInFlight", page.holdingBackAtGap());
        return body;
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    /** An event as the audit API shows it (the right of access shows a person's history the same way). */
    public static Map<String, Object> render(StoredEvent event) {
        Map<String, Object> rendered = new LinkedHashMap<>();
        rendered.put("position", event.position());
        rendered.put("aggregateType", event.aggregateType());
        rendered.put("aggregateId", event.aggregateId());
        rendered.put("sequence", event.sequence());
        rendered.put("type", event.type());
        rendered.put("revision", event.revision());
        rendered.put("timestamp", event.timestamp());
        rendered.put("payload", event.payload());
        rendered.put("principal", event.metaData().get("principal"));
        rendered.put("correlationId", event.metaData().get("correlationId"));
        rendered.put("causationId", event.metaData().get("causationId"));
        if (event.metaData().get("importId") != null) {
            // Only on events an import caused: the import's id, to find all of them and the import itself.
            rendered.put("importId", event.metaData().get("importId"));
        }
        return rendered;
    }
}
