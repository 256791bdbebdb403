package io.kontor.command.support;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a write: the resource written and the version it reached (also its ETag). */
@Schema(name = "WriteResult")
public record WriteResult(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid") String id,
                          @Schema(description = "the aggregate's sequence number after the command") long version) {
}
