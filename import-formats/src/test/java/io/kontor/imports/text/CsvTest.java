package io.kontor.imports.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {

    @Test
    void readsQuotedFieldsWithDelimitersQuotesAndLineBreaks() {
        String text = "\"Id\",\"Name\",\"Description\"\r\n"
                + "\"001A\",\"Müller, Schmidt & Co. KG\",\"Says \"\"hello\"\"\r\nand goodbye\"\r\n"
                + "\"001B\",\"Plain\",\"\"\r\n";

        CsvTable table = Csv.parse("Account.csv", text);

        assertThat(table.delimiter()).isEqualTo(',');
        assertThat(table.header()).containsExactly("Id", "Name", "Description");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).values()).containsExactly("001A", "Müller, Schmidt & Co. KG", "Says \"hello\"\r\nand goodbye");
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(1).line()).as("the line a record starts on counts the line break inside the quotes")
                .isEqualTo(4);
    }

    @Test
    void detectsTheSemicolonsAndTabsSpreadsheetsWrite() {
        CsvTable semicolons = Csv.parse("konten.csv", "Name;Umsatz\nMüller GmbH;\"12.500,00\"\n");
        CsvTable tabs = Csv.parse("export.txt", "Name\tWebsite\nAcme\tacme.pl\n");
        CsvTable declared = Csv.parse("excel.csv", "sep=;\nName;City\nAcme, Inc.;Boston\n");

        assertThat(semicolons.delimiter()).isEqualTo(';');
        assertThat(semicolons.dialect()).isEqualTo(Dialect.COMMA_DECIMAL);
        assertThat(semicolons.rows().get(0).values()).containsExactly("Müller GmbH", "12.500,00");
        assertThat(tabs.rows().get(0).values()).containsExactly("Acme", "acme.pl");
        assertThat(declared.rows().get(0).values()).containsExactly("Acme, Inc.", "Boston");
        assertThat(declared.rows().get(0).line()).isEqualTo(3);
    }

    @Test
    void skipsBlankLinesAndPadsShortRows() {
        CsvTable table = Csv.parse("a.csv", "A,B,C\n\n1,2\n\n3,4,5\n");

        assertThat(table.rows()).extracting(CsvTable.Row::values)
                .containsExactly(List.of("1", "2", ""), List.of("3", "4", "5"));
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(3, 5);
    }

    @Test
    void refusesAQuoteThatIsNeverClosedNamingItsLine() {
        assertThatThrownBy(() -> Csv.parse("broken.csv", "Id,Name\n1,\"Acme\n2,Other\n"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("broken.csv: the quoted field that starts on line 2 is never closed");
    }
}
