package io.kontor.api.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeOrderedIdsTest {

    @Test
    void areVersionSevenUuidsOfTheRfcVariant() {
        UUID id = TimeOrderedIds.next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void sortAsTextInTheOrderTheyWereMade() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            made.add(TimeOrderedIds.next().toString());
        }
        List<String> sorted = new ArrayList<>(made);
        Collections.sort(sorted);

        assertThat(sorted).isEqualTo(made);
        assertThat(Set.copyOf(made)).hasSize(made.size());
    }

    @Test
    void tellTheMillisecondTheyWereMade() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        // The counter borrows the next milliseconds only after 4,096 ids in one; other tests may have done that.
        assertThat(TimeOrderedIds.millisOf(id)).isBetween(before, after + 1_000);
    }

    @Test
    void moreThanACounterFullInOneMillisecondBorrowTheNextMillisecondAndStayOrdered() {
        long now = System.currentTimeMillis();
        UUID previous = TimeOrderedIds.next(now);
        for (int i = 0; i < 5_000; i++) {
            UUID next = TimeOrderedIds.next(now);
            assertThat(next.toString()).isGreaterThan(previous.toString());
            previous = next;
        }

        assertThat(TimeOrderedIds.millisOf(previous)).isGreaterThan(now);
    }

    @Test
    void stayUniqueAndOrderedPerThreadWhenManyThreadsMakeThem() throws Exception {
        Set<UUID> all = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> ordered = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                ordered.add(threads.submit(() -> {
                    String last = "";
                    boolean increasing = true;
                    for (int i = 0; i < 25_000; i++) {
                        UUID id = TimeOrderedIds.next();
                        all.add(id);
                        increasing &= id.toString().compareTo(last) > 0;
                        last = id.toString();
                    }
                    return increasing;
                }));
            }
            for (Future<Boolean> each : ordered) {
                assertThat(each.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(all).hasSize(100_000);
    }

    @Test
    void refuseToReadTheTimeOfARandomUuid() {
        assertThatThrownBy(() -> TimeOrderedIds.millisOf(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
    }
}
