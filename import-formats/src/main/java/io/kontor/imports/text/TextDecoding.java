package io.kontor.imports.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

/**
 * Turns an uploaded file into text the way the tools and spreadsheets write it: UTF-8 with or without a
 * byte-order mark (Salesforce, HubSpot, Excel's "CSV UTF-8"), UTF-16 with a mark (Excel's "Unicode
 * text"), or a Windows code page (Excel's plain "CSV" in Germany and the Netherlands writes
 * Windows-1252, in Poland Windows-1250). Without a mark, strict UTF-8 is tried first; text that is not
 * UTF-8 is read in whichever of the two code pages gives words rather than symbols inside words
 * ({@code ³} in 1252 is {@code ł} in 1250). Binary files are refused with what they look like.
 */
public final class TextDecoding {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    public static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    private static final String EXPECTED = "expected a CSV file (UTF-8 with or without BOM, Windows-1252 or Windows-1250) "
            + "or an sfdx tree JSON file";

    /** The text and the character set it was read in. */
    public record Decoded(String text, Charset charset) {
    }

    private TextDecoding() {
    }

    /** Decodes {@code bytes}; {@code declared} (a charset name from the request, may be null) wins when given. */
    public static Decoded decode(String file, byte[] bytes, String declared) {
        if (bytes.length == 0) {
            throw new UnreadableFileException(file, "the file is empty; " + EXPECTED);
        }
        refuseBinary(file, bytes);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(file, bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(file, bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(file, bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (declared != null && !declared.isBlank()) {
            Charset charset = charset(file, declared.strip());
            return new Decoded(strict(file, bytes, 0, charset), charset);
        }
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                throw new UnreadableFileException(file, "the file holds NUL bytes: binary, or UTF-16 without a byte-order "
                        + "mark; " + EXPECTED);
            }
        }
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString(),
                    StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            String western = new String(bytes, WINDOWS_1252);
            String central = new String(bytes, WINDOWS_1250);
            return oddities(central) < oddities(western) ? new Decoded(central, WINDOWS_1250) : new Decoded(western, WINDOWS_1252);
        }
    }

    /** Characters that are not letters yet sit between two letters: the trace of a wrong code page. */
    static int oddities(String text) {
        int count = (int) text.chars().filter(c -> c == '\uFFFD').count() * 100;
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && "-'’.&/,;\"()".indexOf(c) < 0
                    && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
                count++;
            }
        }
        return count;
    }

    private static void refuseBinary(String file, byte[] bytes) {
        List<String> looksLike = List.of();
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            looksLike = List.of("a ZIP archive or an Excel workbook (.xlsx): save it as CSV, or unpack the export");
        } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            looksLike = List.of("an Excel 97-2003 workbook (.xls): save it as CSV");
        } else if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            looksLike = List.of("a PDF document");
        } else if (startsWith(bytes, 0x1F, 0x8B)) {
            looksLike = List.of("a gzip archive: unpack it first");
        }
        if (!looksLike.isEmpty()) {
            throw new UnreadableFileException(file, "the file is " + looksLike.get(0) + "; " + EXPECTED);
        }
    }

    private static String strict(String file, byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(file, "the file is not valid " + charset.name() + " text; " + EXPECTED);
        }
    }

    private static Charset charset(String file, String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnreadableFileException(file, "unknown character set " + name + "; " + EXPECTED);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
