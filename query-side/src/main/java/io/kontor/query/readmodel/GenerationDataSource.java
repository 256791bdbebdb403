package io.kontor.query.readmodel;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** The application's data source, with every borrowed connection pointed at the live read-model generations. */
public class GenerationDataSource extends DelegatingDataSource {

    private final SearchPath searchPath;

    public GenerationDataSource(DataSource target, SearchPath searchPath) {
        super(target);
        this.searchPath = searchPath;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return prepared(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return prepared(super.getConnection(username, password));
    }

    private Connection prepared(Connection connection) throws SQLException {
        try {
            searchPath.prepare(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
