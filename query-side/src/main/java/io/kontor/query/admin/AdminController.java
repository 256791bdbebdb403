package io.kontor.query.admin;

import io.kontor.platform.web.CurrentRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping(path = "/api/admin/projections", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration", description = "Projections: progress and replays (ADMIN)")
public class AdminController {

    private final ProjectionAdmin projections;

    public AdminController(ProjectionAdmin projections) {
        this.projections = projections;
    }

    @GetMapping
    @Operation(summary = "Every projection with its position, status, lag behind the head and replay progress")
    public List<ProjectionStatus> list() {
        return projections.list();
    }

    @PostMapping("/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild every projection in one pass over the events, each into a new generation beside "
            + "its live one (202)")
    public ResponseEntity<List<ProjectionStatus>> replayAll() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/admin/projections"))
                .body(projections.replayAll(CurrentRequest.principal()));
    }

    @GetMapping("/{name}")
    @Operation(summary = "One projection with its position, status, lag and replay progress")
    public ProjectionStatus projection(@PathVariable String name) {
        return projections.status(name);
    }

    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild the projection from the first event into a new generation beside the live one, "
            + "which keeps answering every read until the new one has caught up and replaces it (202)")
    public ResponseEntity<ProjectionStatus> replay(@PathVariable String name) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/admin/projections/" + name))
                .body(projections.replay(name, CurrentRequest.principal()));
    }

    @DeleteMapping("/{name}/replay")
    @Operation(summary = "Cancel the projection's running replay; the live generation is untouched (404 if none runs)")
    public ProjectionStatus cancel(@PathVariable String name) {
        return projections.cancel(name);
    }
}
