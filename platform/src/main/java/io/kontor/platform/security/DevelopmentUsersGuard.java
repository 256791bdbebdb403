package io.kontor.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

/**
 * Refuses to start with the documented development users (service/service, analyst/analyst, ...)
 * or any user whose password is its own name, unless this is the standalone mode bound to a
 * loopback address. A forgotten default password must never reach a network.
 */
public final class DevelopmentUsersGuard {

    private DevelopmentUsersGuard() {
    }

    public static void check(KontorSecurityProperties properties, String mode, String serverAddress) {
        if (properties.getUsers().isEmpty()) {
            throw new IllegalStateException("Refusing to start without users: configure them with "
                    + "kontor.security.users.<name>.password and .roles (SERVICE, ANALYST, AUDITOR, ADMIN).");
        }
        List<String> weak = properties.getUsers().entrySet().stream()
                .filter(entry -> entry.getKey().equals(entry.getValue().getPassword()))
                .map(Map.Entry::getKey)
                .toList();
        if (weak.isEmpty()) {
            return;
        }
        if (!"standalone".equals(mode)) {
            throw new IllegalStateException("Refusing to start: users " + weak + " have the development password"
                    + " (their own name), which only the standalone mode on 127.0.0.1 accepts. Configure real"
                    + " users with kontor.security.users.<name>.password and .roles.");
        }
        if (!isLoopback(serverAddress)) {
            throw new IllegalStateException("Refusing to start: the standalone mode with development users " + weak
                    + " must listen on a loopback address, not " + serverAddress + ".");
        }
    }

    private static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
