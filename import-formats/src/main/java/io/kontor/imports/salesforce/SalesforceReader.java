package io.kontor.imports.salesforce;

import io.kontor.imports.record.ImportRecord;
import io.kontor.imports.record.ProblemLog;
import io.kontor.imports.record.ReadOptions;
import io.kontor.imports.record.RecordType;
import io.kontor.imports.text.CsvTable;

import java.util.Map;
import java.util.function.Consumer;

/** Reads Salesforce files, CSV exports and sfdx tree files, into records; rows per object are counted. */
public final class SalesforceReader {

    private final SalesforceObjects objects;

    public SalesforceReader(ProblemLog log, ReadOptions options) {
        this.objects = new SalesforceObjects(log, new SalesforceVocabulary(options.stages(), options.roles()), options.currency());
    }

    public Map<RecordType, Integer> csv(String file, CsvTable table, Consumer<ImportRecord> records) {
        Map.Entry<RecordType, Integer> read = SalesforceCsv.read(file, table, objects, records);
        return Map.of(read.getKey(), read.getValue());
    }

    public Map<RecordType, Integer> tree(String file, String text, Consumer<ImportRecord> records) {
        return new SfdxTree(file, objects, records).read(text);
    }
}
