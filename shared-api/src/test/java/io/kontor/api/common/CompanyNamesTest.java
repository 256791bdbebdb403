package io.kontor.api.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyNamesTest {

    @ParameterizedTest(name = "{0} and {1} are one company")
    @CsvSource(delimiter = '|', value = {
            "Kowalski Sp. z o.o.         | KOWALSKI sp.z o.o.",
            "Zakłady Mięsne Łódź S.A.    | zaklady miesne lodz",
            "Żabka Polska spółka z ograniczoną odpowiedzialnością | Zabka Polska sp. z o.o.",
            "Müller GmbH                 | MÜLLER AG",
            "Müller GmbH & Co. KG        | Muller",
            "Bakkerij Hoekstra B.V.      | bakkerij hoekstra BV",
            "Van der Berg N.V.           | Van der Berg",
            "ООО «Ромашка»               | Ромашка ООО",
            "ЗАО \"Ромашка\"             | ромашка",
            "Acme Ltd.                   | ACME Inc"
    })
    void setsCaseAccentsPunctuationAndLegalFormsAside(String one, String other) {
        assertThat(CompanyNames.key(one)).isNotEmpty().isEqualTo(CompanyNames.key(other));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Kowalski Sp. z o.o. | Kowalska Sp. z o.o.", "Müller GmbH | Müller Bau GmbH"})
    void keepsDifferentCompaniesApart(String one, String other) {
        assertThat(CompanyNames.key(one)).isNotEqualTo(CompanyNames.key(other));
    }
}
