package io.kontor.api.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource({
            "Łódź, lodz",
            "Zakład  Śródmieście , zaklad srodmiescie",
            "Müller GmbH, muller gmbh",
            "Straße, strasse",
            "IJsselstein, ijsselstein",
            "Ærø, aero",
            "ООО Ромашка, ооо ромашка",
            "Ёлка, елка",
            "Crème Brûlée, creme brulee"
    })
    void foldsCaseAccentsAndSpecialLetters(String text, String folded) {
        assertThat(SearchText.fold(text)).isEqualTo(folded);
    }
}
