package io.kontor.command.imports;

import io.kontor.imports.record.RowProblem;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one step will do to Kontor, decided from the claims before anything is sent: create the record (under
 * a new id), update the fields that changed at the source since the last import, leave it unchanged, close an
 * opportunity, or refuse the row. {@code references} are the Kontor ids of the records the row points at;
 * {@code previous} is what the last import said (for revert), {@code baseline} what this one will remember.
 */
record Decision(Step step, Action action, UUID id, Map<String, UUID> references, Set<String> changed,
                Map<String, String> previous, Map<String, String> baseline, RowProblem problem) {

    enum Action { CREATE, UPDATE, UNCHANGED, CLOSE, SKIP, FAIL }

    static Decision fail(Step step, String field, String message) {
        return new Decision(step, Action.FAIL, null, Map.of(), Set.of(), null, null,
                new RowProblem(step.record().at(), step.record().type(), field, message));
    }

    UUID reference(String field) {
        return references.get(field);
    }
}
