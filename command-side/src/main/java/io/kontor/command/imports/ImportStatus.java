package io.kontor.command.imports;

/**
 * Where an import stands. {@code PLANNED}: accepted, waiting for a node to run it; {@code RUNNING};
 * {@code DONE}; {@code FAILED} (an atomic import refused, or an import that could not go on: what it
 * applied is listed and can be reverted); {@code REVERTING} and {@code REVERTED}.
 */
public enum ImportStatus {
    PLANNED, RUNNING, DONE, FAILED, REVERTING, REVERTED;

    boolean isActive() {
        return this == PLANNED || this == RUNNING || this == REVERTING;
    }
}
