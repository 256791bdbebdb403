package io.kontor.query.projection;

import io.kontor.platform.axon.WakeableEventStore;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * On PostgreSQL, listens for the {@code kontor_events} notification that every commit of new events
 * sends (see the PostgreSQL migration's trigger) and wakes the event store, so projections in this
 * process start on events another process wrote within milliseconds, not at the next poll. The
 * connection is its own, outside the pool; if it breaks, polling carries on while it reconnects.
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:postgresql:')")
public class PostgresEventNotifications implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresEventNotifications.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSourceProperties database;
    private final WakeableEventStore eventStore;
    private volatile boolean running;
    private Thread listener;

    public PostgresEventNotifications(DataSourceProperties database, WakeableEventStore eventStore) {
        this.database = database;
        this.eventStore = eventStore;
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "kontor-event-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(database.determineUrl(),
                    database.determineUsername(), database.determinePassword());
                 Statement statement = connection.createStatement()) {
                statement.execute("LISTEN kontor_events");
                eventStore.wakeUp();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        eventStore.wakeUp();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warn("Lost the PostgreSQL event notifications ({}); polling until they are back", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
