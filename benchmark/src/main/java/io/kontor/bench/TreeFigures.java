package io.kontor.bench;

/** Hierarchy reads of 2,000 (and 50,000) accounts, and moving a large subtree to another headquarters (smaller when quick). */
final class TreeFigures {

    private final Bench.Scale scale;
    private final Report report;

    TreeFigures(Bench.Scale scale, Report report) {
        this.scale = scale;
        this.report = report;
    }

    void measure(Trees trees) throws InterruptedException {
        Bench.phase("hierarchies");
        int[] read = scale.readTree;
        Trees.Tree small = trees.build("Chain " + read[1] * (read[2] + 1), read[0], read[1], read[2]);
        Stats smallReads = trees.readWhole(small, 30);
        report.add(new Figure("hierarchy read, " + small.accounts() + " accounts, p50", smallReads.percentileMillis(50), "ms",
                null, small.accounts() >= 2000 ? 50.0 : null, false, null));
        report.add(new Figure("hierarchy read, " + small.accounts() + " accounts, p99", smallReads.percentileMillis(99), "ms",
                null, null, false, null));
        int[] move = scale.moveTree;
        Trees.Tree moving = trees.build("Move", move[0], move[1], move[2]);
        int subtree = 1 + move[1] * (1 + move[2]);
        if (scale.bigTrees) {
            Stats bigReads = trees.readWhole(moving, 10);
            report.add(new Figure("hierarchy read, " + moving.accounts() + " accounts, p50", bigReads.percentileMillis(50), "ms",
                    null, null, false, null));
        }
        double millis = trees.moveDivision(moving, subtree);
        report.add(new Figure("move a subtree of " + subtree + " accounts until every rollup is right", millis, "ms", null,
                scale.bigTrees ? 1000.0 : null, false, "from the command until the new headquarters' rollup counts it"));
    }
}
