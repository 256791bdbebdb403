package io.kontor.command.relationship;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** The answer to a relationship's write: the relationship, its source contact and the contact's version (its ETag). */
@Schema(name = "RelationshipWriteResult")
public record RelationshipWriteResult(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
                                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID contactId,
                                      @Schema(description = "the source contact's sequence number after the command") long version) {
}
