package io.kontor.query.figures;

import io.kontor.api.account.Figures;
import io.kontor.api.common.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * A hierarchy node's figures as they are summed: its own (an account, its contacts, its opportunities), then
 * its children's rollups. The one place that says how figures add up outside the accounts read model (trees as
 * they stood at an instant, trees cut down to what a scoped caller sees).
 */
public final class FigureTally {

    private long accounts;
    private long contacts;
    private long open;
    private final MoneyFigures pipeline = new MoneyFigures();
    private final MoneyFigures weighted = new MoneyFigures();
    private final MoneyFigures won = new MoneyFigures();

    /** A tally starting from figures already summed. */
    public static FigureTally of(Figures figures) {
        FigureTally tally = new FigureTally();
        tally.accounts = figures.accounts();
        tally.contacts = figures.contacts();
        tally.open = figures.openOpportunities();
        add(tally.pipeline, figures.pipeline());
        add(tally.weighted, figures.weightedPipeline());
        add(tally.won, figures.won());
        return tally;
    }

    public void addOpenAccount() {
        accounts++;
    }

    public void addContacts(long count) {
        contacts += count;
    }

    public void addOpenOpportunity(String currency, BigDecimal amount, int probability) {
        open++;
        pipeline.add(currency, amount);
        weighted.add(currency, Contribution.weighted(amount, probability));
    }

    public void addWon(String currency, BigDecimal amount) {
        won.add(currency, amount);
    }

    public void add(FigureTally other) {
        accounts += other.accounts;
        contacts += other.contacts;
        open += other.open;
        pipeline.addAll(other.pipeline);
        weighted.addAll(other.weighted);
        won.addAll(other.won);
    }

    public Figures figures() {
        return new Figures(accounts, contacts, open, pipeline.list(), weighted.list(), won.list());
    }

    private static void add(MoneyFigures figures, List<Money> money) {
        money.forEach(m -> figures.add(m.currency(), m.amount()));
    }
}
