package io.kontor.command.imports;

import io.kontor.imports.SourceFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code file} parts of a {@code multipart/form-data} body already read into memory. The servlet
 * container parses multipart only from a body it has not handed out yet; a request with an
 * {@code Idempotency-Key} arrives with its body read (and kept) by the idempotency filter.
 */
final class MultipartBody {

    private MultipartBody() {
    }

    static List<SourceFile> files(byte[] body, String contentType) {
        String boundary = MediaType.parseMediaType(contentType).getParameter("boundary");
        if (boundary == null) {
            return List.of();
        }
        byte[] delimiter = ("--" + unquote(boundary)).getBytes(StandardCharsets.US_ASCII);
        List<SourceFile> files = new ArrayList<>();
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int partStart = start + delimiter.length;
            if (partStart + 2 <= body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
                break;
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), partStart);
            int next = indexOf(body, delimiter, partStart);
            if (headersEnd < 0 || next < 0) {
                break;
            }
            String headers = new String(body, partStart, headersEnd - partStart, StandardCharsets.UTF_8);
            int contentEnd = next - 2;
            String disposition = null;
            String type = null;
            for (String header : headers.split("\r\n")) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-disposition:")) {
                    disposition = header.substring(header.indexOf(':') + 1).strip();
                } else if (lower.startsWith("content-type:")) {
                    type = header.substring(header.indexOf(':') + 1).strip();
                }
            }
            if (disposition != null && "file".equals(ContentDisposition.parse(disposition).getName())) {
                byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, Math.max(headersEnd + 4, contentEnd));
                files.add(new SourceFile(ContentDisposition.parse(disposition).getFilename(), content, ImportUploads.charset(type)));
            }
            start = next;
        }
        return files;
    }

    private static String unquote(String value) {
        return value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
