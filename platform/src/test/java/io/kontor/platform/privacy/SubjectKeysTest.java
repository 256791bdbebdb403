package io.kontor.platform.privacy;

import io.kontor.platform.testing.TestDatabases;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache of people's keys holds only what committed, group commit's savepoints included. */
class SubjectKeysTest {

    private static final DataSource DATABASE = TestDatabases.h2();
    private final JdbcTemplate jdbc = new JdbcTemplate(DATABASE);
    private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(DATABASE));
    private final SubjectKeys keys = new SubjectKeys(jdbc, Duration.ofMinutes(1));
    private final UUID anna = UUID.randomUUID();
    private final UUID jan = UUID.randomUUID();

    @Test
    void aCommandRolledBackToItsSavepointLeavesNoKeyItCreatedOrDestroyedWhileTheBatchCommits() {
        transaction.executeWithoutResult(batch -> {
            keys.forWriting(anna);
            UnitOfWork<?> refused = DefaultUnitOfWork.startAndGet(null);
            Object savepoint = batch.createSavepoint();
            keys.destroy(anna);
            keys.forWriting(jan);
            assertThat(keys.isErased(anna)).as("within the command").isTrue();
            batch.rollbackToSavepoint(savepoint);
            refused.rollback();
        });

        assertThat(keys.isErased(anna)).isFalse();
        assertThat(keys.forReading(anna)).isPresent();
        assertThat(keys.forReading(jan)).as("a key never stored is never cached").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subject_key WHERE subject_id = ? AND data_key IS NOT NULL",
                Long.class, anna)).isEqualTo(1);
    }

    @Test
    void aDestroyedKeyIsGoneForEveryReaderOnceItsTransactionCommits() {
        transaction.executeWithoutResult(status -> keys.forWriting(anna));
        transaction.executeWithoutResult(status -> {
            UnitOfWork<?> erasure = DefaultUnitOfWork.startAndGet(null);
            keys.destroy(anna);
            erasure.commit();
        });

        assertThat(keys.isErased(anna)).isTrue();
        assertThat(keys.forReading(anna)).isEmpty();
    }
}
