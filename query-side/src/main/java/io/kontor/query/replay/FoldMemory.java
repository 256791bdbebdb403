package io.kontor.query.replay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Whether the folds of a rebuild may keep growing: they hold every entity's current rows, which for a long
 * history can outgrow the heap. Once what survives a full collection in the old generation passes
 * {@code kontor.query.rebuild.fold-heap-limit} (a share of the maximum heap) the rebuild writes what the folds
 * hold and carries on through the handlers, which give the same rows wherever the fold stopped
 * ({@code FoldEquivalenceTest}), only slower.
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

    /**
     * True once the folds should be written out. The old generation also holds garbage until a full collection
     * (with the parallel collector every promoted object stays there until one), so past the limit this asks for
     * one and measures again: a rebuild is a batch job, and it asks at most once per chunk of events.
     */
    boolean full() {
        if (oldGenerationShare() <= limit) {
            return false;
        }
        System.gc();
        return oldGenerationShare() > limit;
    }
}
