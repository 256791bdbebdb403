package io.kontor.standalone;

import io.kontor.imports.salesforce.SalesforceIds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample exports under {@code src/test/resources/imports}, written in the tools' own formats, with the
 * record ids of one made-up org: {@code {{001:2}}} is that org's second account id (18 characters, with a
 * valid case suffix), {@code {{001:2:15}}} the same id as a report writes it, {@code {{hs:3}}} a HubSpot
 * record id, {@code {{ORG}}} / {@code {{org}}} the org's code in names and domains. Tests share one
 * application, so each uses an org of its own.
 */
final class ImportSamples {

    private static final Pattern SALESFORCE = Pattern.compile("\\{\\{(0[0-9A-Z]{2}):(\\d+)(:15)?}}");
    private static final Pattern HUBSPOT = Pattern.compile("\\{\\{hs:(\\d+)}}");

    private final String org;
    private final long hubspotBase;

    private ImportSamples(String org, long hubspotBase) {
        this.org = org;
        this.hubspotBase = hubspotBase;
    }

    /** A new made-up org. */
    static ImportSamples org() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append("ABCDEFGHJKLMNPQRSTUVWXYZ23456789".charAt(random.nextInt(32)));
        }
        return new ImportSamples(code.toString(), random.nextLong(100_000, 999_999) * 1000);
    }

    String code() {
        return org;
    }

    /** The org's Salesforce id with the given key prefix and number, 18 characters. */
    String salesforceId(String prefix, int number) {
        return SalesforceIds.normalize(base(prefix, number)).orElseThrow();
    }

    long hubspotId(int number) {
        return hubspotBase + number;
    }

    /** The sample file with this org's ids. */
    String text(String resource) {
        String text = resource(resource);
        Matcher salesforce = SALESFORCE.matcher(text);
        StringBuilder rendered = new StringBuilder();
        while (salesforce.find()) {
            int number = Integer.parseInt(salesforce.group(2));
            salesforce.appendReplacement(rendered, salesforce.group(3) != null ? base(salesforce.group(1), number)
                    : salesforceId(salesforce.group(1), number));
        }
        salesforce.appendTail(rendered);
        Matcher hubspot = HUBSPOT.matcher(rendered.toString());
        StringBuilder withHubspot = new StringBuilder();
        while (hubspot.find()) {
            hubspot.appendReplacement(withHubspot, Long.toString(hubspotId(Integer.parseInt(hubspot.group(1)))));
        }
        hubspot.appendTail(withHubspot);
        return withHubspot.toString().replace("{{ORG}}", org).replace("{{org}}", org.toLowerCase(Locale.ROOT));
    }

    byte[] bytes(String resource) {
        return text(resource).getBytes(StandardCharsets.UTF_8);
    }

    private String base(String prefix, int number) {
        return prefix + org + String.format("%06d", number);
    }

    static String resource(String name) {
        try (InputStream in = ImportSamples.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
