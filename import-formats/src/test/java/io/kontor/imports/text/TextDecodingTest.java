package io.kontor.imports.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecodingTest {

    @Test
    void readsUtf8WithAndWithoutTheByteOrderMark() {
        byte[] plain = "Name\nZakład Łódź\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        assertThat(TextDecoding.decode("a.csv", plain, null).text()).isEqualTo("Name\nZakład Łódź\n");
        assertThat(TextDecoding.decode("a.csv", withBom, null).text()).isEqualTo("Name\nZakład Łódź\n");
    }

    @Test
    void readsWhatAGermanExcelSavesAsWindows1252() {
        byte[] german = "Name;Ort\nMüller GmbH;Düsseldorf\nStraßenbau AG;Köln\n".getBytes(TextDecoding.WINDOWS_1252);

        TextDecoding.Decoded decoded = TextDecoding.decode("konten.csv", german, null);

        assertThat(decoded.charset()).isEqualTo(TextDecoding.WINDOWS_1252);
        assertThat(decoded.text()).contains("Müller GmbH", "Straßenbau AG", "Köln");
    }

    @Test
    void readsWhatAPolishExcelSavesAsWindows1250() {
        byte[] polish = "Nazwa;Miasto\nZakład Łódź sp. z o.o.;Łódź\nPiekarnia Żabka;Bełchatów\n".getBytes(TextDecoding.WINDOWS_1250);

        TextDecoding.Decoded decoded = TextDecoding.decode("konta.csv", polish, null);

        assertThat(decoded.charset()).isEqualTo(TextDecoding.WINDOWS_1250);
        assertThat(decoded.text()).contains("Zakład Łódź sp. z o.o.", "Piekarnia Żabka", "Bełchatów");
    }

    @Test
    void readsUtf16WithItsByteOrderMarkAndADeclaredCharset() {
        byte[] utf16 = "\uFEFFName\tWebsite\nRomashka\tromashka.ru\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] latin1 = "Name\nCafé Olé\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(TextDecoding.decode("u.txt", utf16, null).text()).isEqualTo("Name\tWebsite\nRomashka\tromashka.ru\n");
        assertThat(TextDecoding.decode("l.csv", latin1, "ISO-8859-1").text()).isEqualTo("Name\nCafé Olé\n");
    }

    @Test
    void refusesBinaryFilesSayingWhatTheyAreAndWhatWasExpected() {
        byte[] workbook = {'P', 'K', 3, 4, 20, 0, 6, 0};

        assertThatThrownBy(() -> TextDecoding.decode("accounts.xlsx", workbook, null))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("Excel workbook (.xlsx): save it as CSV")
                .hasMessageContaining("expected a CSV file (UTF-8 with or without BOM, Windows-1252");
        assertThatThrownBy(() -> TextDecoding.decode("empty.csv", new byte[0], null)).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> TextDecoding.decode("x.csv", new byte[]{'a', 0, 'b', 0}, null)).hasMessageContaining("NUL bytes");
    }
}
