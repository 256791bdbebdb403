package io.kontor.query.projection;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** When a read with {@code X-Await-Position} may go ahead, given a segment's token. */
class AwaitedPositionCoverageTest {

    @Test
    void aPositionThePartitionHasPassedIsCoveredEvenWithAnOlderGapBelowIt() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(10, List.of(5L));

        assertThat(ProjectionProgress.covers(token, 8)).isTrue();
        assertThat(ProjectionProgress.covers(token, 10)).isTrue();
    }

    @Test
    void aPositionThatIsStillAGapOrNotYetReachedIsNotCovered() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(10, List.of(5L));

        assertThat(ProjectionProgress.covers(token, 5)).isFalse();
        assertThat(ProjectionProgress.covers(token, 11)).isFalse();
        assertThat(ProjectionProgress.covers(null, 0)).isFalse();
    }

    @Test
    void duringAReplayOnlyTheReplaysProgressCounts() {
        GapAwareTrackingToken before = GapAwareTrackingToken.newInstance(100, Set.of());
        var replaying = ReplayToken.createReplayToken(before, GapAwareTrackingToken.newInstance(40, Set.of()));

        assertThat(ProjectionProgress.covers(replaying, 40)).isTrue();
        assertThat(ProjectionProgress.covers(replaying, 41)).isFalse();
    }
}
