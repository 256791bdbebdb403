package io.kontor.command.imports;

import io.kontor.imports.record.ImportRecord;
import io.kontor.imports.record.OpportunityRecord;

/**
 * One thing an import does, in the order it must happen: a record to create or update, or (after every
 * buying-center seat is placed) an opportunity to close as won or lost.
 */
sealed interface Step {

    ImportRecord record();

    /** Creates or updates the record. */
    record Apply(ImportRecord record) implements Step {
    }

    /** Wins or loses the opportunity, once its contact roles are placed (a closed opportunity takes none). */
    record Close(OpportunityRecord record) implements Step {
    }
}
