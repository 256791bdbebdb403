package io.kontor.standalone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand over a socket, for requests no well-behaved client sends: encoded slashes
 * and NULs, dot segments, over-long request lines and headers, TRACE. What the server (Tomcat itself,
 * before any Kontor code) answers to those is part of the contract too.
 */
final class RawHttp {

    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    private RawHttp() {
    }

    static Answer send(int port, String method, String target, String user, Map<String, String> headers) {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
        if (user != null) {
            request.append("Authorization: Basic ").append(Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))).append("\r\n");
        }
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] head = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static String dechunk(String chunked) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked.getBytes(StandardCharsets.UTF_8));
        while (true) {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n' && c != -1; c = in.read()) {
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            int size = line.isEmpty() ? 0 : Integer.parseInt(line.toString().strip(), 16);
            if (size == 0) {
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(in.readNBytes(size));
            in.skip(2);
        }
    }
}
