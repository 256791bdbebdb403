package io.kontor.query.integrity;

import io.kontor.api.common.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** Whether the event log is still what Kontor wrote (AUDITOR, ADMIN). */
@RestController
@RequestMapping(path = "/api/audit/integrity", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit")
public class IntegrityController {

    private static final int MAX_CHECKPOINTS = 1000;

    private final IntegrityChecks checks;

    public IntegrityController(IntegrityChecks checks) {
        this.checks = checks;
    }

    @GetMapping
    @Operation(summary = "Walks the event log's hash chains (the whole log, or from a checkpoint) and its checkpoints; names "
            + "the first broken position")
    public IntegrityReport verify(@Parameter(description = "the position of a checkpoint to start from; the whole log if absent",
                                          schema = @Schema(minimum = "1")) @RequestParam(required = false) Long fromCheckpoint) {
        if (fromCheckpoint != null && fromCheckpoint < 1) {
            throw InvalidInputException.of("fromCheckpoint", "must be 1 or more");
        }
        long began = System.nanoTime();
        IntegrityChecks.Verification verification = checks.verify(fromCheckpoint);
        LogScan.Break broken = verification.broken();
        return new IntegrityReport(broken == null, verification.eventsChecked(), verification.from(), verification.to(),
                broken == null ? null : broken.position(), broken == null ? null : broken.problem().code(),
                broken == null ? null : broken.detail(), verification.checkpointsChecked(), verification.signedCheckpoints(),
                verification.lastCheckpoint() == null ? null : CheckpointView.of(verification.lastCheckpoint()),
                (System.nanoTime() - began) / 1_000_000);
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "The newest checkpoints first: keep their hashes outside Kontor to prove later that the log up to "
            + "them is unchanged")
    public List<CheckpointView> checkpoints(@Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_CHECKPOINTS))
                                            @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_CHECKPOINTS) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_CHECKPOINTS);
        }
        return checks.checkpoints(limit).stream().map(CheckpointView::of).toList();
    }

    /** The outcome of a verification. */
    public record IntegrityReport(boolean valid, long eventsChecked,
                                  @Schema(description = "the position verified from (0: the whole log)") long from,
                                  @Schema(description = "the head of the log when the verification began") long to,
                                  @Schema(description = "the first position found broken; null when valid") Long firstBrokenPosition,
                                  @Schema(description = "event-altered, chain-broken, hash-missing, checkpoint-mismatch or "
                                          + "checkpoint-signature; null when valid") String problem,
                                  String detail, int checkpointsChecked,
                                  @Schema(description = "checkpoints whose Ed25519 signature the configured public key confirmed")
                                  int signedCheckpoints, CheckpointView lastCheckpoint, long durationMillis) {
    }

    /** A checkpoint: the log's running hash (hex) after {@code events} events, the last at {@code position}. */
    public record CheckpointView(long position, long events, String logHash, String signature, String keyId,
                                 Instant createdAt) {
        static CheckpointView of(Checkpoint checkpoint) {
            return new CheckpointView(checkpoint.position(), checkpoint.events(), IntegrityChecks.hex(checkpoint.logHash()),
                    IntegrityChecks.hex(checkpoint.signature()), checkpoint.keyId(), checkpoint.createdAt());
        }
    }
}
