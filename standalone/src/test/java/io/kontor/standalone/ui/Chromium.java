package io.kontor.standalone.ui;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs browser tests where Debian's Chromium and chromedriver are installed and skips them elsewhere, saying how
 * to install them; hands each test the one browser the whole run shares.
 */
final class Chromium implements ExecutionCondition, ParameterResolver {

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browser.installed()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        if (TOLD.compareAndSet(false, true)) {
            System.out.println(Browser.MISSING);
        }
        return ConditionEvaluationResult.disabled(Browser.MISSING);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Browser.class, key -> Browser.start(), Browser.class);
    }
}
