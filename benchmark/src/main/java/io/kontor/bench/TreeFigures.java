package io.kontor.bench;

/** Hierarchy reads of 2,000 (and 50,000) accounts, and moving a large subtree to another headquarters. */
final class TreeFigures {

    private final Bench.Scale scale;
    private final Report report;

    TreeFigures(Bench.Scale scale, Report report) {
        this.scale = scale;
        this.report = report;
    }

    void measure(Trees trees) throws InterruptedException {
        System.out.println("hierarchies");
        Trees.Tree small = trees.build("Chain 2k", 1, 40, 49);
        Stats smallReads = trees.readWhole(small, 30);
        report.add(new Figure("hierarchy read, " + small.accounts() + " accounts, p50", smallReads.percentileMillis(50), "ms",
                null, 50.0, false, null));
        report.add(new Figure("hierarchy read, " + small.accounts() + " accounts, p99", smallReads.percentileMillis(99), "ms",
                null, null, false, null));
        Trees.Tree moving;
        int subtree;
        if (scale.bigTrees) {
            Trees.Tree big = trees.build("Chain 50k", 5, 50, 199);
            Stats bigReads = trees.readWhole(big, 10);
            report.add(new Figure("hierarchy read, " + big.accounts() + " accounts, p50", bigReads.percentileMillis(50), "ms",
                    null, null, false, null));
            moving = big;
            subtree = 1 + 50 * 200;
        } else {
            moving = trees.build("Move 1k", 1, 10, 99);
            subtree = 1 + 10 * 100;
        }
        double millis = trees.moveDivision(moving, subtree);
        report.add(new Figure("move a subtree of " + subtree + " accounts until every rollup is right", millis, "ms", null,
                scale.bigTrees ? 1000.0 : null, false, "from the command until the new headquarters' rollup counts it"));
    }
}
