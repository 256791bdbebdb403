package io.kontor.api.account;

import io.kontor.api.common.FieldViolation;
import io.kontor.api.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AccountProfileRulesTest {

    @Test
    void acceptsACompleteValidProfile() {
        AccountProfile profile = new AccountProfile("ООО «Ромашка»", AccountKind.BRANCH, "Retail", "RU", "RU-MOW",
                "ромашка.рф", "1000/42").normalized();
        assertThatCode(() -> AccountProfileRules.check(profile)).doesNotThrowAnyException();
    }

    @Test
    void normalizesCodesAndBlanksButKeepsTheNameAsWritten() {
        AccountProfile profile = new AccountProfile(" Bakkerij 't Hoekje ", AccountKind.LOCATION, "  ", "nl", "nl-ut",
                " hoekje.nl ", null).normalized();
        assertThat(profile).isEqualTo(new AccountProfile("Bakkerij 't Hoekje", AccountKind.LOCATION, null, "NL", "NL-UT",
                "hoekje.nl", null));
    }

    @Test
    void namesEveryInvalidField() {
        AccountProfile profile = new AccountProfile("x".repeat(201), AccountKind.COMPANY, "i".repeat(101), "ZZ", "PL-99",
                "http://", "D\n1");
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class, () -> AccountProfileRules.check(profile));
        assertThat(invalid.violations()).extracting(FieldViolation::field)
                .containsExactly("name", "industry", "country", "region", "website", "debtorNumber");
    }

    @Test
    void debtorNumbersCompareWithoutCaseOrSurroundingBlanks() {
        assertThat(AccountProfileRules.debtorNumberKey(" d-100 ")).isEqualTo(AccountProfileRules.debtorNumberKey("D-100"));
    }
}
