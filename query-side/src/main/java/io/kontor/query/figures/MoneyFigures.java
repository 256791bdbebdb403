package io.kontor.query.figures;

import io.kontor.api.common.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects money per currency and lists it the way the API shows it: one entry per currency that
 * has something to show, sorted by currency code, scaled to the currency (weighted values are summed
 * exactly and rounded half-even only here, at the end).
 */
public final class MoneyFigures {

    private final Map<String, BigDecimal> amounts = new TreeMap<>();

    public void add(String currency, BigDecimal amount) {
        amounts.merge(currency, amount, BigDecimal::add);
    }

    public void addAll(MoneyFigures other) {
        other.amounts.forEach(this::add);
    }

    public List<Money> list() {
        List<Money> list = new ArrayList<>();
        amounts.forEach((currency, amount) -> list.add(new Money(amount, currency).rounded()));
        return List.copyOf(list);
    }
}
