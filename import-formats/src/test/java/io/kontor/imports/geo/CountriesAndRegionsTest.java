package io.kontor.imports.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountriesAndRegionsTest {

    @Test
    void namesCountriesInTheUsualLanguagesAndCodes() {
        assertThat(Countries.code("United States")).contains("US");
        assertThat(Countries.code("USA")).contains("US");
        assertThat(Countries.code("Stany Zjednoczone")).contains("US");
        assertThat(Countries.code("Polska")).contains("PL");
        assertThat(Countries.code("POLAND")).contains("PL");
        assertThat(Countries.code("Deutschland")).contains("DE");
        assertThat(Countries.code("Niemcy")).contains("DE");
        assertThat(Countries.code("Nederland")).contains("NL");
        assertThat(Countries.code("the Netherlands")).contains("NL");
        assertThat(Countries.code("Duitsland")).contains("DE");
        assertThat(Countries.code("Österreich")).contains("AT");
        assertThat(Countries.code("Schweiz")).contains("CH");
        assertThat(Countries.code("Россия")).contains("RU");
        assertThat(Countries.code("DEU")).contains("DE");
        assertThat(Countries.code("pl")).contains("PL");
        assertThat(Countries.code("Narnia")).isEmpty();
    }

    @Test
    void namesRegionsByTheirNamesInSeveralLanguagesAndByCode() {
        assertThat(Regions.find("US", "Florida")).contains(new Regions.Region("US-FL", "US"));
        assertThat(Regions.find("US", "FL")).contains(new Regions.Region("US-FL", "US"));
        assertThat(Regions.find("DE", "Nordrhein-Westfalen")).contains(new Regions.Region("DE-NW", "DE"));
        assertThat(Regions.find("DE", "North Rhine-Westphalia")).contains(new Regions.Region("DE-NW", "DE"));
        assertThat(Regions.find("DE", "BY")).contains(new Regions.Region("DE-BY", "DE"));
        assertThat(Regions.find("PL", "mazowieckie")).contains(new Regions.Region("PL-14", "PL"));
        assertThat(Regions.find("PL", "Województwo Łódzkie")).contains(new Regions.Region("PL-10", "PL"));
        assertThat(Regions.find("PL", "MZ")).as("the code before 2018").contains(new Regions.Region("PL-14", "PL"));
        assertThat(Regions.find("NL", "Noord-Holland")).contains(new Regions.Region("NL-NH", "NL"));
        assertThat(Regions.find("BE", "Limburg")).contains(new Regions.Region("BE-VLI", "BE"));
        assertThat(Regions.find("NL", "Limburg")).contains(new Regions.Region("NL-LI", "NL"));
        assertThat(Regions.find("CA", "ON")).as("a code where Kontor knows no names").contains(new Regions.Region("CA-ON", "CA"));
        assertThat(Regions.find(null, "Bayern")).as("a unique name settles the country").contains(new Regions.Region("DE-BY", "DE"));
        assertThat(Regions.find(null, "Limburg")).as("ambiguous without a country").isEmpty();
        assertThat(Regions.find("US", "Bavaria")).isEmpty();
    }
}
