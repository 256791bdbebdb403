package io.kontor.standalone;

import io.kontor.platform.visibility.GuardedRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code /api/**} route of the running service (command side, query side, web interface together) is
 * classified for visibility in {@link GuardedRoutes}: a new endpoint fails this test until someone decides what a
 * scoped user may see of it (until then the gate answers 404 to scoped users), and no stale entry stays behind.
 */
class GuardedRoutesTest extends StandaloneTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyApiRouteIsClassifiedForVisibilityAndEveryClassifiedRouteExists() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(mapping -> mapping.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/")).forEach(routes::add));
        assertThat(routes).as("routes of the service").isNotEmpty();
        assertThat(GuardedRoutes.all().keySet()).as("routes GuardedRoutes classifies").containsExactlyInAnyOrderElementsOf(routes);
    }
}
