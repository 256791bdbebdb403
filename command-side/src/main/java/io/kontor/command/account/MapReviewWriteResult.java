package io.kontor.command.account;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** The answer to a map review: the review, the account it was recorded on and the account's version (its ETag). */
@Schema(name = "MapReviewWriteResult")
public record MapReviewWriteResult(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID accountId,
                                   @Schema(description = "the account's sequence number after the command") long version) {
}
