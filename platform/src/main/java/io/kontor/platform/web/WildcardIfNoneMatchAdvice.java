package io.kontor.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.Arrays;

/**
 * {@code If-None-Match: *} on a read of a resource that exists answers 304 (RFC 9110, 13.1.2: the
 * condition is false when any current representation exists). Spring compares entity tags but leaves
 * the wildcard to unsafe methods; this covers every read of the API, with or without an ETag.
 */
@ControllerAdvice
public class WildcardIfNoneMatchAdvice implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (read && response instanceof ServletServerHttpResponse servlet
                && servlet.getServletResponse().getStatus() == HttpStatus.OK.value()
                && asksForAnyRepresentation(request.getHeaders())) {
            response.setStatusCode(HttpStatus.NOT_MODIFIED);
            return null;
        }
        return body;
    }

    private static boolean asksForAnyRepresentation(HttpHeaders headers) {
        return headers.getOrEmpty(HttpHeaders.IF_NONE_MATCH).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .anyMatch(tag -> tag.strip().equals("*"));
    }
}
