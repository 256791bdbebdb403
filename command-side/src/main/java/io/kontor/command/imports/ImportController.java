package io.kontor.command.imports;

import io.kontor.api.common.IsoCodes;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.common.PageRequest;
import io.kontor.api.common.TimeOrderedIds;
import io.kontor.api.common.Violations;
import io.kontor.imports.SourceFile;
import io.kontor.imports.record.ImportSource;
import io.kontor.imports.text.UnreadableFileException;
import io.kontor.platform.web.CurrentRequest;
import io.kontor.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Imports", description = "Salesforce and HubSpot exports: dry run, apply in any order, re-import, revert")
public class ImportController {

    private final ImportReading reading;
    private final DryRun dryRun;
    private final ImportJobs jobs;
    private final ImportAcceptance acceptance;
    private final ImportProperties properties;
    private final ImportChanges changes;

    public ImportController(ImportReading reading, DryRun dryRun, ImportJobs jobs, ImportAcceptance acceptance,
                            ImportProperties properties, ImportChanges changes) {
        this.changes = changes;
        this.reading = reading;
        this.dryRun = dryRun;
        this.jobs = jobs;
        this.acceptance = acceptance;
        this.properties = properties;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Import a Salesforce export CSV, an sfdx tree JSON file or a HubSpot export (the raw body, or "
            + "multipart parts named file); 202 with the import's id, or with dryRun=true 200 and the plan, nothing written",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "string", format = "binary"))}))
    @ApiResponse(responseCode = "202", description = "accepted; follow it at Location",
            content = @Content(schema = @Schema(implementation = ImportAccepted.class)))
    @ApiResponse(responseCode = "200", description = "the plan of a dry run; nothing was written",
            content = @Content(schema = @Schema(implementation = ImportPlan.class)))
    @ApiResponse(responseCode = "413", description = "larger than kontor.imports.max-file-size")
    public ResponseEntity<Object> importFiles(HttpServletRequest request,
                                              @Parameter(description = "salesforce or hubspot; told from the files when absent")
                                              @RequestParam(required = false) String source,
                                              @RequestParam(defaultValue = "false") boolean dryRun,
                                              @Parameter(description = "ISO 4217 currency of amounts that have none")
                                              @RequestParam(required = false) String currency,
                                              @Parameter(description = "all rows or none: refused before writing if any row has "
                                                      + "a problem, undone if a row is refused while applying")
                                              @RequestParam(defaultValue = "false") boolean atomic,
                                              @Parameter(description = "the file's name for a raw body, such as Account.csv")
                                              @RequestParam(required = false) String name) {
        ImportSource from = parameters(source, currency);
        List<SourceFile> files = ImportUploads.read(request, name, properties.maxFileSize().toBytes());
        PreparedImport prepared = reading.prepare(files, from, currency);
        if (dryRun) {
            return ResponseEntity.ok(this.dryRun.plan(prepared));
        }
        ImportJob job = acceptance.accept(prepared.read().source(), files, currency, atomic, CurrentRequest.principal(),
                CurrentRequest.correlationId().orElseGet(() -> TimeOrderedIds.next().toString()));
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + job.id()))
                .body(new ImportAccepted(job.id(), job.status(), job.source().key(), prepared.rows()));
    }

    /** Documents the multipart form: one or more files, each a part named file. */
    @Schema(name = "ImportUpload")
    record UploadForm(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "array",
            description = "the export's files, such as Account.csv and Contact.csv") List<byte[]> file) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "The import's status, counts, rate (rows/s) and problems, while it runs and after")
    public ImportView status(@PathVariable UUID id) {
        ImportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("import", id));
        return new ImportView(job.id(), job.status().name(), job.source().key(), jobs.fileNames(id), job.rows(), job.done(),
                job.created(), job.updated(), job.unchanged(), job.matched(), job.failed(), job.rate(), job.principal(),
                job.acceptedAt(), job.startedAt(), job.finishedAt(), job.failure(), job.eventPosition(), jobs.problemCount(id, "ERROR"),
                issues(id, "ERROR"), jobs.problemCount(id, "WARNING"), issues(id, "WARNING"),
                jobs.problemCount(id, "CANDIDATE"), issues(id, "CANDIDATE"));
    }

    @GetMapping("/{id}/records")
    @Operation(summary = "The records the import created or changed: object, Kontor id, what it did, and the source id")
    public ImportedRecord.Page records(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        ImportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("import", id));
        PageRequest request = new PageRequest(page, size);
        return new ImportedRecord.Page(changes.page(job.id(), request.offset(), request.size()).stream()
                .map(change -> new ImportedRecord(change.type().objectName(), change.aggregateId(), change.contactId(),
                        change.action().equals("CREATE") ? "CREATED" : "UPDATED", change.source(), change.externalId()))
                .toList(), page, request.size());
    }

    @PostMapping("/{id}/revert")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Undo the whole import with new events; 409 naming the records someone else changed since")
    public ResponseEntity<ImportAccepted> revert(@PathVariable UUID id) {
        ImportJob job = acceptance.revert(id, CurrentRequest.principal(),
                CurrentRequest.correlationId().orElseGet(() -> TimeOrderedIds.next().toString()));
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + id))
                .body(new ImportAccepted(job.id(), ImportStatus.REVERTING, job.source().key(), null));
    }

    @ExceptionHandler(UnreadableFileException.class)
    ResponseEntity<ProblemDetail> unreadable(UnreadableFileException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "unreadable-import-file", "Unreadable import file",
                e.getMessage());
        if (e.file() != null) {
            problem.setProperty("file", e.file());
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(ImportUploads.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(ImportUploads.TooLarge e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "import-too-large", "Import too large", e.getMessage());
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private List<ImportView.Issue> issues(UUID id, String kind) {
        return jobs.problems(id, kind, 200).stream().map(ImportView.Issue::of).toList();
    }

    private static ImportSource parameters(String source, String currency) {
        Violations violations = new Violations();
        ImportSource from = source == null ? null : ImportSource.fromKey(source).orElse(null);
        if (source != null && from == null) {
            violations.add("source", "must be salesforce or hubspot (or left out to tell it from the files)");
        }
        if (currency != null && !IsoCodes.isCurrency(currency)) {
            violations.add("currency", "must be an ISO 4217 currency code, such as EUR or PLN");
        }
        violations.throwIfAny();
        return from;
    }
}
