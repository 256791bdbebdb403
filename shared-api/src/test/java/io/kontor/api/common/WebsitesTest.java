package io.kontor.api.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WebsitesTest {

    @ParameterizedTest(name = "{0} is on domain {1}")
    @CsvSource({
            "https://www.acme.pl/kontakt, acme.pl",
            "acme.pl, acme.pl",
            "HTTP://Shop.Acme.DE:8080/x?y=1, shop.acme.de",
            "https://müller.de, xn--mller-kva.de",
            "www.ромашка.рф, xn--80aa3agjl3d.xn--p1ai"
    })
    void acceptsAddressesAsPeopleTypeThem(String website, String domain) {
        assertThat(Websites.problemWith(website)).isEmpty();
        assertThat(Websites.domainOf(website)).contains(domain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a site", "ftp://files.acme.pl", "https://localhost", "https://user@acme.pl",
            "https://acme..pl", "https://192.168.1.1", "mailto:x@acme.pl", "https://-acme.pl"})
    void refusesWhatIsNoWebsite(String website) {
        assertThat(Websites.problemWith(website)).isPresent();
    }
}
