package io.kontor.api.account;

import io.kontor.api.common.Money;

import java.util.List;

/**
 * The numbers of one account ({@code own}) or of its whole subtree ({@code rollup}). {@code accounts}
 * counts open accounts; money is listed per currency, never converted.
 */
public record Figures(long accounts, long contacts, long openOpportunities, List<Money> pipeline,
                      List<Money> weightedPipeline, List<Money> won) {
}
