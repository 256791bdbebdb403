package io.kontor.query.replay;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Folds are written out once what lives long in the heap passes the limit, and not before. */
class FoldMemoryTest {

    @Test
    void whatSurvivesCollectionsCountsAgainstTheLimit() {
        List<long[]> held = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            held.add(new long[1_000]);
        }
        System.gc();
        FoldMemory memory = new FoldMemory(0.6);
        double share = memory.oldGenerationShare();

        assertThat(share).as("32 MB held through a collection").isGreaterThan(0.0).isLessThan(1.0);
        assertThat(new FoldMemory(share / 2).full()).isTrue();
        assertThat(new FoldMemory(Math.min(0.99, share * 2 + 0.1)).full()).isFalse();
        assertThat(held).hasSize(4_000);
    }
}
