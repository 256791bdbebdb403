package io.kontor.api.common;

import java.util.List;
import java.util.Set;

/**
 * Domains as companies own them: {@code shop.acme.pl} and {@code www.acme.pl} are both {@code acme.pl},
 * {@code acme.co.uk} stays whole. Free mail providers belong to nobody, so they never match a company.
 */
public final class Domains {

    private static final Set<String> TWO_LEVEL_SUFFIXES = Set.copyOf(ResourceLists.read("two-level-suffixes.txt"));
    private static final Set<String> FREE_MAIL = Set.copyOf(ResourceLists.read("free-mail-domains.txt"));

    private Domains() {
    }

    /** The part of a host name one organisation registers (lower-case, punycode). */
    public static String registrable(String host) {
        List<String> labels = List.of(host.split("\\."));
        int keep = labels.size() >= 3 && TWO_LEVEL_SUFFIXES.contains(String.join(".", labels.subList(labels.size() - 2,
                labels.size()))) ? 3 : 2;
        return String.join(".", labels.subList(Math.max(0, labels.size() - keep), labels.size()));
    }

    public static boolean isFreeMail(String domain) {
        return FREE_MAIL.contains(domain) || FREE_MAIL.contains(registrable(domain));
    }
}
