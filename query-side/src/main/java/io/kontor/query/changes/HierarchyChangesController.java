package io.kontor.query.changes;

import io.kontor.api.account.FindHierarchyChanges;
import io.kontor.api.account.HierarchyChanges;
import io.kontor.api.common.InvalidInputException;
import io.kontor.api.common.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts")
public class HierarchyChangesController {

    private final QueryGateway queries;

    public HierarchyChangesController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{id}/hierarchy/changes")
    @Operation(summary = "What changed in the tree under the account between two instants: accounts opened, closed "
            + "and moved into, out of or within it (each with when and where), and the rolled-up figures at both ends "
            + "with the change of pipeline, weighted pipeline and won business per currency",
            description = "Built from the history of every account version. `before` is null when the account did not "
                    + "exist yet at `from`; 404 when it did not exist at `to` either. Moves of the account itself are "
                    + "not listed (its tree goes with it).")
    public HierarchyChanges changes(@PathVariable UUID id,
                                    @Parameter(description = "ISO-8601 instant: the start (exclusive)", required = true)
                                    @RequestParam Instant from,
                                    @Parameter(description = "ISO-8601 instant after `from`: the end (inclusive)", required = true)
                                    @RequestParam Instant to) {
        if (!to.isAfter(from)) {
            throw InvalidInputException.of("to", "must be after from");
        }
        return queries.query(new FindHierarchyChanges(id, from, to), ResponseTypes.optionalInstanceOf(HierarchyChanges.class))
                .join().orElseThrow(() -> new NotFoundException("Account " + id + " did not exist at " + to + "."));
    }
}
