package io.kontor.command.account;

import io.kontor.api.account.ReviewAccountMap;
import io.kontor.api.common.Notes;
import io.kontor.api.common.TimeOrderedIds;
import io.kontor.command.support.CommandDispatcher;
import io.kontor.command.support.WriteResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Account map", description = "People, their relationships and the buying center's picture across a hierarchy")
public class AccountMapReviewController {

    private final CommandDispatcher commands;

    public AccountMapReviewController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping(path = "/api/accounts/{id}/map/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a review of the account map (the map of the account's whole hierarchy): a map not "
            + "reviewed for 90 days is a finding. Answers the review's id and the account's version.")
    public ResponseEntity<MapReviewWriteResult> review(@PathVariable UUID id,
                                                       @RequestBody(required = false) ReviewRequest request) {
        UUID reviewId = TimeOrderedIds.next();
        var outcome = commands.dispatch(new ReviewAccountMap(id, reviewId, request == null ? null : request.note()));
        return WriteResponses.created("/api/accounts/" + id + "/map/reviews", outcome,
                new MapReviewWriteResult(reviewId, id, outcome.version()));
    }

    public record ReviewRequest(@Schema(description = "what the review found", maxLength = Notes.MAX,
            example = "CFO now signs above 50k; Kowalski moved to procurement") String note) {
    }
}
