package io.kontor.api.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DomainsTest {

    @Test
    void reducesHostsToWhatOneOrganisationRegisters() {
        assertThat(Domains.registrable("shop.acme.pl")).isEqualTo("acme.pl");
        assertThat(Domains.registrable("acme.pl")).isEqualTo("acme.pl");
        assertThat(Domains.registrable("mail.acme.co.uk")).isEqualTo("acme.co.uk");
        assertThat(Domains.registrable("sklep.acme.com.pl")).isEqualTo("acme.com.pl");
    }

    @Test
    void knowsFreeMailProviders() {
        assertThat(Domains.isFreeMail("gmail.com")).isTrue();
        assertThat(Domains.isFreeMail("wp.pl")).isTrue();
        assertThat(Domains.isFreeMail("web.de")).isTrue();
        assertThat(Domains.isFreeMail("acme.pl")).isFalse();
    }
}
