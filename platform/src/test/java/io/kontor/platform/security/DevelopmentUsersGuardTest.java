package io.kontor.platform.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevelopmentUsersGuardTest {

    private static KontorSecurityProperties users(Map<String, String> passwords) {
        KontorSecurityProperties properties = new KontorSecurityProperties();
        passwords.forEach((name, password) -> {
            KontorSecurityProperties.User user = new KontorSecurityProperties.User();
            user.setPassword(password);
            user.setRoles(List.of("SERVICE"));
            properties.getUsers().put(name, user);
        });
        return properties;
    }

    @Test
    void theStandaloneModeOnLoopbackMayUseTheDevelopmentUsers() {
        assertThatCode(() -> DevelopmentUsersGuard.check(users(Map.of("service", "service")), "standalone", "127.0.0.1"))
                .doesNotThrowAnyException();
    }

    @Test
    void everyOtherModeRefusesToStartWithThem() {
        assertThatThrownBy(() -> DevelopmentUsersGuard.check(users(Map.of("admin", "admin")), "command-side", "0.0.0.0"))
                .hasMessageContaining("Refusing to start").hasMessageContaining("admin");
        assertThatThrownBy(() -> DevelopmentUsersGuard.check(users(Map.of("admin", "admin")), "", null))
                .hasMessageContaining("Refusing to start");
    }

    @Test
    void theStandaloneModeRefusesThemOnANetworkAddress() {
        assertThatThrownBy(() -> DevelopmentUsersGuard.check(users(Map.of("service", "service")), "standalone", "0.0.0.0"))
                .hasMessageContaining("loopback");
    }

    @Test
    void realPasswordsAreFineEverywhere() {
        assertThatCode(() -> DevelopmentUsersGuard.check(users(Map.of("service", "s3cr3t-f0r-real")), "command-side", "0.0.0.0"))
                .doesNotThrowAnyException();
    }
}
