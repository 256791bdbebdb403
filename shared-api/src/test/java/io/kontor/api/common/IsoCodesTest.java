package io.kontor.api.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IsoCodesTest {

    @Test
    void knowsCountriesFromTheJdk() {
        assertThat(IsoCodes.isCountry("PL")).isTrue();
        assertThat(IsoCodes.isCountry("XX")).isFalse();
        assertThat(IsoCodes.isCountry("pl")).isFalse();
    }

    @Test
    void checksSubdivisionsExactlyWhereTheListIsShippedAndByShapeElsewhere() {
        assertThat(IsoCodes.isSubdivision("PL-14")).isTrue();
        assertThat(IsoCodes.isSubdivision("PL-15")).as("odd numbers are not Polish voivodeships").isFalse();
        assertThat(IsoCodes.isSubdivision("DE-BY")).isTrue();
        assertThat(IsoCodes.isSubdivision("DE-XX")).isFalse();
        assertThat(IsoCodes.isSubdivision("NL-NH")).isTrue();
        assertThat(IsoCodes.isSubdivision("FR-75")).as("France: shape only").isTrue();
        assertThat(IsoCodes.isSubdivision("XX-01")).isFalse();
        assertThat(IsoCodes.isSubdivision("PL14")).isFalse();
    }

    @Test
    void knowsCurrencies() {
        assertThat(IsoCodes.isCurrency("EUR")).isTrue();
        assertThat(IsoCodes.isCurrency("PLN")).isTrue();
        assertThat(IsoCodes.isCurrency("EURO")).isFalse();
        assertThat(IsoCodes.isCurrency("eur")).isFalse();
    }
}
