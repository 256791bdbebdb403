package io.kontor.api.common;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Email addresses: a plausible {@code local@domain}, compared without case. */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");

    private EmailAddresses() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= MAX_LENGTH && SHAPE.matcher(email).matches()
                && Websites.domainOf(domainPart(email)).isPresent();
    }

    /** The key two addresses are equal by: lower case, surrounding blanks removed. */
    public static String key(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The domain after the {@code @}, lower case; empty for an address without one. */
    public static Optional<String> domainOf(String email) {
        if (email == null || !email.contains("@")) {
            return Optional.empty();
        }
        return Websites.domainOf(domainPart(email));
    }

    private static String domainPart(String email) {
        return email.substring(email.lastIndexOf('@') + 1);
    }
}
