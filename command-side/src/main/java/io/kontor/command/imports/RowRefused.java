package io.kontor.command.imports;

/** An atomic import's row that Kontor refused: the chunk rolls back and the import stops. */
class RowRefused extends RuntimeException {

    private final transient Problem problem;

    RowRefused(Problem problem) {
        super(problem.message());
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
