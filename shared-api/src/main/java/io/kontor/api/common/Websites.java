package io.kontor.api.common;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Website addresses as sales people type them: {@code https://müller.de/kontakt}, {@code www.acme.pl}
 * or just {@code acme.pl}. A bare host is read as https. Internationalised domain names are allowed.
 */
public final class Websites {

    public static final int MAX_LENGTH = 2048;
    private static final Pattern LABEL = Pattern.compile("(?!-)[a-z0-9-]{1,63}(?<!-)");

    private Websites() {
    }

    /** Why the address is not a usable website, or empty if it is one. */
    public static Optional<String> problemWith(String website) {
        if (website.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        return host(website).isPresent()
                ? Optional.empty()
                : Optional.of("must be an http(s) address or a domain name, such as https://example.com");
    }

    /**
     * The registrable part people compare websites by: lower case, punycode for non-ASCII names,
     * without a leading {@code www.}. Empty when the address is not a valid website.
     */
    public static Optional<String> domainOf(String website) {
        return host(website).map(host -> host.startsWith("www.") ? host.substring(4) : host);
    }

    private static Optional<String> host(String website) {
        if (website == null || website.isBlank() || website.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        String withScheme = website.contains("://") ? website : "https://" + website;
        try {
            URI uri = new URI(withScheme);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String rawHost = uri.getHost() != null ? uri.getHost() : hostFromAuthority(uri.getRawAuthority());
            if (!(scheme.equals("http") || scheme.equals("https")) || rawHost == null || uri.getUserInfo() != null) {
                return Optional.empty();
            }
            String host = IDN.toASCII(rawHost, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            return isDomainName(host) ? Optional.of(host) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    /** java.net.URI leaves the host empty for non-ASCII names; take it from the authority instead. */
    private static String hostFromAuthority(String authority) {
        if (authority == null || authority.contains("@")) {
            return null;
        }
        int colon = authority.lastIndexOf(':');
        return colon >= 0 ? authority.substring(0, colon) : authority;
    }

    private static boolean isDomainName(String host) {
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2 || host.length() > 253) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
    }
}
