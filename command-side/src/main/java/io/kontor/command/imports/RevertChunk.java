package io.kontor.command.imports;

import java.util.List;
import java.util.UUID;

/** Internal command (never sent over HTTP): undoes {@code actions}, numbered from {@code firstStep}, in one transaction. */
record RevertChunk(UUID importId, String owner, List<RevertAction> actions, int firstStep, int problemLimit) {
}
