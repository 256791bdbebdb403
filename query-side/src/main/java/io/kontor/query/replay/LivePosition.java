package io.kontor.query.replay;

import io.kontor.query.projection.ProjectionDispatcher;
import io.kontor.query.projection.ProjectionProgress;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Where the live projections are, as their committed token says. */
@Component
class LivePosition {

    private final ProjectionProgress progress;

    LivePosition(ProjectionProgress progress) {
        this.progress = progress;
    }

    /** The live token: every event up to {@code index} except those at {@code gaps} has been applied. */
    record Token(long index, SortedSet<Long> gaps) {

        static final Token NONE = new Token(0, new TreeSet<>());

        /** Up to here every event has been applied: nothing at or below it can still arrive. */
        long safe() {
            return gaps.isEmpty() ? index : gaps.first() - 1;
        }

        boolean applied(long position) {
            return position <= index && !gaps.contains(position);
        }
    }

    Token committed() {
        Map<Integer, TrackingToken> segments = progress.tokens(Set.of(ProjectionDispatcher.PROCESSOR))
                .getOrDefault(ProjectionDispatcher.PROCESSOR, Map.of());
        TrackingToken token = segments.get(0);
        TrackingToken unwrapped = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (unwrapped instanceof GapAwareTrackingToken gapAware) {
            return new Token(gapAware.getIndex(), new TreeSet<>(gapAware.getGaps()));
        }
        return Token.NONE;
    }
}
