package io.kontor.command.imports;

import io.kontor.imports.record.RecordType;
import io.kontor.imports.record.RowProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan of an import without writing anything: the same decisions the import would take, row by row and
 * in the same order (records it would create count as existing for the rows after them), plus the refusals
 * Kontor's set-based rules would give, and the duplicate candidates.
 */
@Component
class DryRun {

    private static final int SHOWN = 200;

    private final JdbcTemplate jdbc;
    private final DuplicateCandidates candidates;

    DryRun(JdbcTemplate jdbc, DuplicateCandidates candidates) {
        this.jdbc = jdbc;
        this.candidates = candidates;
    }

    @Transactional(readOnly = true)
    public ImportPlan plan(PreparedImport prepared) {
        ClaimCache claims = new ClaimCache(jdbc);
        List<Problem> found = candidates.find(prepared, claims);
        RuleForecast rules = new RuleForecast(jdbc);
        Map<RecordType, int[]> perType = new LinkedHashMap<>();
        prepared.read().rowsPerType().forEach((type, rows) -> perType.put(type, new int[]{rows, 0, 0, 0, 0}));
        List<RowProblem> errors = new ArrayList<>(prepared.errors());
        prepared.errors().stream().filter(e -> e.type() != null).map(RowProblem::type).forEach(type -> counts(perType, type)[4]++);
        List<ImportPlan.Update> updates = new ArrayList<>();
        for (int from = 0; from < prepared.steps().size(); from += 500) {
            List<Step> chunk = prepared.steps().subList(from, Math.min(prepared.steps().size(), from + 500));
            claims.prefetch(chunk.stream().flatMap(step -> java.util.stream.Stream.concat(java.util.stream.Stream.of(step.record().key()),
                    Decider.references(step.record()).values().stream())).toList());
            for (Step step : chunk) {
                Decision decision = Decider.decide(step, claims);
                RowProblem refused = decision.problem() != null ? decision.problem()
                        : rules.refusal(decision).orElse(null);
                if (step instanceof Step.Close) {
                    continue;
                }
                int[] counts = counts(perType, step.record().type());
                if (refused != null) {
                    errors.add(refused);
                    counts[4]++;
                    continue;
                }
                switch (decision.action()) {
                    case CREATE -> counts[1]++;
                    case UPDATE -> {
                        counts[2]++;
                        if (updates.size() < SHOWN) {
                            updates.add(new ImportPlan.Update(step.record().at().file(), step.record().at().line(),
                                    step.record().type().objectName(), decision.id(), decision.changed().stream()
                                    .map(step.record()::sourceField).distinct().toList()));
                        }
                    }
                    default -> counts[3]++;
                }
                if (decision.action() == Decision.Action.CREATE || decision.action() == Decision.Action.UPDATE) {
                    claims.put(step.record().key(), new ClaimCache.Claim(decision.id(), decision.baseline()));
                }
            }
        }
        Map<String, ImportPlan.ObjectCounts> objects = new LinkedHashMap<>();
        int[] total = new int[5];
        perType.forEach((type, c) -> {
            objects.put(type.objectName(), new ImportPlan.ObjectCounts(c[0], c[1], c[2], c[3], c[4]));
            for (int i = 0; i < 5; i++) {
                total[i] += c[i];
            }
        });
        return new ImportPlan(true, prepared.read().source().key(), prepared.read().files(), prepared.rows(), objects, total[1],
                total[2], total[3], total[2] + total[3], total[4], updates, shown(found),
                shown(errors.stream().map(Problem::error).toList()), shown(prepared.warnings().stream().map(Problem::warning).toList()));
    }

    private static int[] counts(Map<RecordType, int[]> perType, RecordType type) {
        return perType.computeIfAbsent(type, t -> new int[5]);
    }

    private static List<ImportView.Issue> shown(List<Problem> problems) {
        return problems.stream().limit(1000).map(ImportView.Issue::of).toList();
    }
}
