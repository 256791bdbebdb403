package io.kontor.command.account;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.FieldViolation;
import io.kontor.api.common.InvalidInputException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Set;
import java.util.stream.Collectors;

/** Matchers for the two kinds of refusal: a business rule (409) and invalid fields (400). */
public final class RuleViolated {

    private RuleViolated() {
    }

    public static Matcher<Throwable> rule(String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable failure) {
                return failure instanceof BusinessRuleViolation violation && violation.rule().equals(rule);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a violation of rule " + rule);
            }
        };
    }

    public static Matcher<Throwable> invalidFields(String... fields) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable failure) {
                return failure instanceof InvalidInputException invalid && invalid.violations().stream()
                        .map(FieldViolation::field).collect(Collectors.toSet()).equals(Set.of(fields));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("invalid input in fields " + Set.of(fields));
            }
        };
    }
}
