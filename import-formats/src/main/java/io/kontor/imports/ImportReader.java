package io.kontor.imports;

import io.kontor.imports.hubspot.HubSpotReader;
import io.kontor.imports.record.ImportRecord;
import io.kontor.imports.record.ImportSource;
import io.kontor.imports.record.ProblemLog;
import io.kontor.imports.record.ReadImport;
import io.kontor.imports.record.ReadOptions;
import io.kontor.imports.record.RecordType;
import io.kontor.imports.salesforce.SalesforceCsv;
import io.kontor.imports.salesforce.SalesforceReader;
import io.kontor.imports.text.Csv;
import io.kontor.imports.text.CsvTable;
import io.kontor.imports.text.TextDecoding;
import io.kontor.imports.text.UnreadableFileException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the files of one import: decodes them, tells their format (Salesforce CSV export, sfdx tree JSON,
 * HubSpot companies or contacts export) and source, and maps every row. A file that cannot be read at
 * all throws {@link UnreadableFileException} saying what was expected; problems with single rows are
 * collected with their file, line and field.
 */
public final class ImportReader {

    private static final String EXPECTED = "expected a Salesforce export CSV (API field names such as Id, Name, AccountId "
            + "in the header), an sfdx tree JSON file, or a HubSpot companies or contacts export (Record ID, ...)";

    private ImportReader() {
    }

    /** Reads {@code files}; {@code source} may be null (then it is told from the files, which must agree). */
    public static ReadImport read(List<SourceFile> files, ImportSource source, ReadOptions options) {
        ProblemLog log = new ProblemLog();
        SalesforceReader salesforce = new SalesforceReader(log, options);
        HubSpotReader hubspot = new HubSpotReader(log);
        List<ImportRecord> records = new ArrayList<>();
        Map<RecordType, Integer> rows = new EnumMap<>(RecordType.class);
        List<String> names = new ArrayList<>();
        ImportSource found = source;
        for (SourceFile file : files) {
            String name = file.name() == null || file.name().isBlank() ? "upload" : file.name();
            names.add(name);
            String text = TextDecoding.decode(name, file.content(), file.charset()).text();
            String start = text.stripLeading();
            Map<RecordType, Integer> read;
            ImportSource format;
            if (start.startsWith("{") || start.startsWith("[")) {
                format = ImportSource.SALESFORCE;
                requireSource(name, found, format);
                read = salesforce.tree(name, text, records::add);
            } else if (start.startsWith("<")) {
                throw new UnreadableFileException(name, "the file is XML or HTML; " + EXPECTED);
            } else {
                CsvTable table = Csv.parse(name, text);
                if (HubSpotReader.recognizes(table)) {
                    format = ImportSource.HUBSPOT;
                    requireSource(name, found, format);
                    read = hubspot.csv(name, table);
                } else if (SalesforceCsv.recognizes(table)) {
                    format = ImportSource.SALESFORCE;
                    requireSource(name, found, format);
                    read = salesforce.csv(name, table, records::add);
                } else {
                    throw new UnreadableFileException(name, "the header (" + String.join(", ", table.header().stream()
                            .limit(6).toList()) + (table.header().size() > 6 ? ", ..." : "") + ") is neither Salesforce's nor "
                            + "HubSpot's; " + EXPECTED);
                }
            }
            found = format;
            read.forEach((type, count) -> rows.merge(type, count, Integer::sum));
        }
        hubspot.finish(records::add);
        if (found == null) {
            throw new UnreadableFileException(null, "no file was sent; " + EXPECTED);
        }
        return new ReadImport(found, List.copyOf(names), List.copyOf(records), Map.copyOf(rows), log.errors(), log.warnings());
    }

    private static void requireSource(String file, ImportSource expected, ImportSource format) {
        if (expected != null && expected != format) {
            throw new UnreadableFileException(file, "the file is a " + format.key() + " export, but the import is from "
                    + expected.key() + "; send one source's files per import");
        }
    }
}
