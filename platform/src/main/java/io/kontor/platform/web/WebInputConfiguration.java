package io.kontor.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.ArrayList;
import java.util.List;

/**
 * A client that accepts {@code application/problem+json} is taken to accept the API's JSON too: it
 * then hears why an invalid request was refused instead of a bare 406.
 */
@Configuration(proxyBeanMethods = false)
public class WebInputConfiguration implements WebMvcConfigurer {

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(new ProblemAwareNegotiation()));
    }

    static final class ProblemAwareNegotiation implements ContentNegotiationStrategy {

        private final HeaderContentNegotiationStrategy header = new HeaderContentNegotiationStrategy();

        @Override
        public List<MediaType> resolveMediaTypes(org.springframework.web.context.request.NativeWebRequest request)
                throws org.springframework.web.HttpMediaTypeNotAcceptableException {
            List<MediaType> accepted = header.resolveMediaTypes(request);
            if (accepted.stream().noneMatch(MediaType.APPLICATION_PROBLEM_JSON::equalsTypeAndSubtype)
                    || accepted.stream().anyMatch(MediaType.APPLICATION_JSON::isCompatibleWith)) {
                return accepted;
            }
            List<MediaType> widened = new ArrayList<>(accepted);
            widened.add(MediaType.APPLICATION_JSON);
            return widened;
        }
    }
}
