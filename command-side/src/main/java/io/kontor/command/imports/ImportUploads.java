package io.kontor.command.imports;

import io.kontor.api.common.InvalidInputException;
import io.kontor.imports.SourceFile;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of an import request: every {@code file} part of a {@code multipart/form-data} body, or the raw
 * body (its name from {@code Content-Disposition} or the {@code name} parameter, its character set from
 * {@code Content-Type}). Bodies larger than the limit are refused while they are read, so a body without a
 * length cannot get around it.
 */
final class ImportUploads {

    /** Thrown when the request exceeds the import size limit (answered with 413). */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("The upload is larger than the import limit of " + limit / (1024 * 1024) + " MB (kontor.imports.max-file-size); "
                    + "split the export into several files and import them one after another.");
        }
    }

    private ImportUploads() {
    }

    static List<SourceFile> read(HttpServletRequest request, String name, long limit) {
        if (request.getContentLengthLong() > limit) {
            throw new TooLarge(limit);
        }
        if (request instanceof MultipartHttpServletRequest multipart) {
            List<SourceFile> files = new ArrayList<>();
            for (MultipartFile file : multipart.getFiles("file")) {
                files.add(new SourceFile(file.getOriginalFilename(), bytes(file), charset(file.getContentType())));
            }
            if (files.isEmpty()) {
                files = MultipartBody.files(body(request, limit), request.getContentType());
            }
            if (files.isEmpty()) {
                throw InvalidInputException.of("file", "is required: send the export as a multipart/form-data part named file");
            }
            return files;
        }
        byte[] body = body(request, limit);
        if (body.length == 0) {
            throw InvalidInputException.of("file", "is required: send the export as the request body or as a multipart/form-data "
                    + "part named file");
        }
        return List.of(new SourceFile(name != null ? name : dispositionName(request), body, charset(request.getContentType())));
    }

    private static byte[] body(HttpServletRequest request, long limit) {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw new TooLarge(limit);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dispositionName(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        return header == null ? null : ContentDisposition.parse(header).getFilename();
    }

    /** The character set a sender declared ({@code text/csv; charset=windows-1252}); null when none (then it is detected). */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            Charset charset = MediaType.parseMediaType(contentType).getCharset();
            return charset == null ? null : charset.name();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
