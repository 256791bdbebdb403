package io.kontor.query.replay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Whether the folds of a rebuild may keep growing: they hold every entity's current rows, which for a long
 * history can outgrow the heap. Past {@code kontor.query.rebuild.fold-heap-limit} (a share of the maximum
 * heap in the old generation, where what lives long ends up; the short-lived garbage of a rebuild dies
 * young) the rebuild writes what the folds hold and carries on through the handlers, which give the same rows
 * wherever the fold stopped ({@code FoldEquivalenceTest}), only slower.
 */
@Component
class FoldMemory {

    private final double limit;
    private final List<MemoryPoolMXBean> oldGeneration;
    private final long max;

    FoldMemory(@Value("${kontor.query.rebuild.fold-heap-limit:0.6}") double limit) {
        this.limit = limit;
        this.oldGeneration = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .filter(pool -> !pool.getName().contains("Eden") && !pool.getName().contains("Survivor"))
                .toList();
        this.max = Runtime.getRuntime().maxMemory();
    }

    /** The share of the maximum heap the old generation holds now (with ZGC and the like: the whole heap). */
    double oldGenerationShare() {
        return (double) oldGeneration.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum() / max;
    }

    /** True once the folds should be written out. */
    boolean full() {
        return oldGenerationShare() > limit;
    }
}
