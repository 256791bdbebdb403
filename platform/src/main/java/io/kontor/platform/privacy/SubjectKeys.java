package io.kontor.platform.privacy;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.crypto.SecretKey;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One AES key per person (contact or lead) in {@code subject_key}, created in the transaction that first
 * writes the person's data and destroyed, in the erasure's transaction, by setting it to {@code NULL}: the
 * row stays as a tombstone, so nothing ever encrypts for that person again.
 *
 * <p>Keys are cached, because every contact or lead event read needs one. The cache only ever holds
 * committed keys: a key created in a transaction enters it when that transaction commits, a destroyed
 * one leaves it then. A reader that loaded a key while an erasure committed does not put it back (the
 * erasure epoch tells). Other processes learn of an erasure when they apply its event or, at the latest,
 * when their cached key expires ({@code kontor.privacy.key-cache-ttl}).
 */
public class SubjectKeys {

    private static final int MAX_CACHED = 200_000;
    /** What the cache holds for an erased person: the key is gone for good. */
    private static final Cached ERASED = new Cached(null, Long.MAX_VALUE);
    private static final String BEFORE = SubjectKeys.class.getName() + "/before";

    private final JdbcTemplate jdbc;
    private final long ttlNanos;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong erasures = new AtomicLong();

    public SubjectKeys(JdbcTemplate jdbc, Duration cacheTtl) {
        this.jdbc = jdbc;
        this.ttlNanos = cacheTtl.toNanos();
    }

    private record Cached(SecretKey key, long expiresAt) {
    }

    /** The person's key, or empty once erased (or for a person that never had one). */
    public Optional<SecretKey> forReading(UUID subject) {
        return Optional.ofNullable(lookup(subject)).map(Cached::key);
    }

    /** The person's key, created in the current transaction if they have none yet; empty once erased. */
    public Optional<SecretKey> forWriting(UUID subject) {
        Cached found = lookup(subject);
        if (found != null) {
            return Optional.ofNullable(found.key());
        }
        SecretKey key = FieldCipher.newKey();
        jdbc.update("INSERT INTO subject_key (subject_id, data_key, created_at) VALUES (?, ?, ?)", subject, key.getEncoded(),
                Timestamp.from(Instant.now()));
        afterCommit(subject, new Cached(key, 0));
        return Optional.of(key);
    }

    /** True once the person's key is destroyed. */
    public boolean isErased(UUID subject) {
        Cached found = lookup(subject);
        return found != null && found.key() == null;
    }

    /** Destroys the person's key in the current transaction; from its commit on, their fields read "[erased]". */
    public void destroy(UUID subject) {
        Timestamp now = Timestamp.from(Instant.now());
        if (jdbc.update("UPDATE subject_key SET data_key = NULL, erased_at = ? WHERE subject_id = ?", now, subject) == 0) {
            jdbc.update("INSERT INTO subject_key (subject_id, data_key, created_at, erased_at) VALUES (?, NULL, ?, ?)",
                    subject, now, now);
        }
        afterCommit(subject, ERASED);
    }

    /** Drops what this process cached about the person (another process erased them). */
    public void forget(UUID subject) {
        erasures.incrementAndGet();
        cache.remove(subject);
    }

    /** The key ({@code key} null once erased), or null if the person has no row at all. */
    private Cached lookup(UUID subject) {
        Cached local = pending().get(subject);
        if (local != null) {
            return local;
        }
        Cached cached = cache.get(subject);
        if (cached != null && cached.expiresAt() - System.nanoTime() > 0) {
            return cached;
        }
        long epoch = erasures.get();
        List<Cached> rows = jdbc.query("SELECT data_key FROM subject_key WHERE subject_id = ?", (rs, row) -> {
            byte[] key = rs.getBytes(1);
            return key == null ? ERASED : new Cached(FieldCipher.key(key), 0);
        }, subject);
        if (rows.isEmpty()) {
            return null;
        }
        // Not cached if an erasure committed while we read: what we read may be the key it destroyed.
        if (erasures.get() == epoch) {
            remember(subject, rows.get(0));
        }
        return rows.get(0);
    }

    private void remember(UUID subject, Cached entry) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(subject, entry.key() == null ? ERASED : new Cached(entry.key(), System.nanoTime() + ttlNanos));
    }

    /**
     * Keys created or destroyed in the current transaction: visible to it at once, to everyone else from
     * its commit (a rolled-back key must never be cached, or a retry would encrypt with a key nobody stored).
     */
    private void afterCommit(UUID subject, Cached entry) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (entry == ERASED) {
                erasures.incrementAndGet();
            }
            remember(subject, entry);
            return;
        }
        Map<UUID, Cached> pending = pending();
        if (!TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SubjectKeys.this);
                    if (status != STATUS_COMMITTED) {
                        return;
                    }
                    pending.forEach((id, cached) -> {
                        if (cached == ERASED) {
                            erasures.incrementAndGet();
                        }
                        remember(id, cached);
                    });
                }
            });
        }
        forgetOnRollback(pending, subject);
        pending.put(subject, entry);
    }

    /**
     * Under group commit a command that fails rolls back to its savepoint while the batch's transaction still
     * commits: what the command's unit of work put here must go with it (a key it created was never stored, a
     * key it destroyed is still there). The person's entry before the command comes back.
     */
    private static void forgetOnRollback(Map<UUID, Cached> pending, UUID subject) {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Map<UUID, Optional<Cached>> before = unitOfWork.getOrComputeResource(BEFORE, name -> {
            Map<UUID, Optional<Cached>> earlier = new HashMap<>();
            unitOfWork.onRollback(rolledBack -> earlier.forEach((id, previous) -> {
                if (previous.isPresent()) {
                    pending.put(id, previous.get());
                } else {
                    pending.remove(id);
                }
            }));
            return earlier;
        });
        before.putIfAbsent(subject, Optional.ofNullable(pending.get(subject)));
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Cached> pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Map.of();
        }
        Object bound = TransactionSynchronizationManager.getResource(this);
        return bound == null ? new HashMap<>() : (Map<UUID, Cached>) bound;
    }
}
