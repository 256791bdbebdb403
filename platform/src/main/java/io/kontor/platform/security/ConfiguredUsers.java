package io.kontor.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Authenticates HTTP Basic callers against the configured users.
 *
 * <p>Checking a bcrypt hash costs tens of milliseconds, which would cap a service that sends
 * thousands of commands a second. So once a password has been verified, its SHA-256 digest is kept
 * in memory and later requests are checked against that digest in constant time.
 */
public class ConfiguredUsers implements AuthenticationProvider {

    private final Map<String, Account> accounts;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Map<String, byte[]> verifiedDigests = new ConcurrentHashMap<>();

    public ConfiguredUsers(KontorSecurityProperties properties) {
        this.accounts = properties.getUsers().entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, entry -> Account.of(entry.getKey(), entry.getValue())));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String presented = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Account account = accounts.get(name);
        if (account == null || !matches(account, presented)) {
            throw new BadCredentialsException("Bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(name, null, account.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private boolean matches(Account account, String presented) {
        byte[] digest = sha256(account.name() + '\u0000' + presented);
        byte[] known = verifiedDigests.get(account.name());
        if (known != null && MessageDigest.isEqual(known, digest)) {
            return true;
        }
        if (!encoder.matches(presented, account.encodedPassword())) {
            return false;
        }
        verifiedDigests.put(account.name(), digest);
        return true;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Account(String name, String encodedPassword, List<SimpleGrantedAuthority> authorities) {

        static Account of(String name, KontorSecurityProperties.User user) {
            if (user.getPassword() == null || user.getPassword().isEmpty()) {
                throw new IllegalStateException("kontor.security.users." + name + ".password is not set");
            }
            String password = user.getPassword();
            String encoded = password.startsWith("{") ? password : "{noop}" + password;
            List<SimpleGrantedAuthority> authorities = user.getRoles().stream()
                    .map(role -> Role.valueOf(role.strip().toUpperCase(Locale.ROOT)))
                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                    .toList();
            return new Account(name, encoded, authorities);
        }
    }
}
