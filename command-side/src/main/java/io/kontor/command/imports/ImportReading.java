package io.kontor.command.imports;

import io.kontor.imports.ImportReader;
import io.kontor.imports.SourceFile;
import io.kontor.imports.record.ImportSource;
import io.kontor.imports.record.ReadOptions;
import org.springframework.stereotype.Component;

import java.util.List;

/** Reads an import's files with the configured mappings and puts the records in order. */
@Component
class ImportReading {

    private final ImportProperties properties;

    ImportReading(ImportProperties properties) {
        this.properties = properties;
    }

    PreparedImport prepare(List<SourceFile> files, ImportSource source, String currency) {
        return ImportPreparation.prepare(ImportReader.read(files, source,
                new ReadOptions(currency, properties.stages(), properties.roles())));
    }
}
