package io.kontor.query.history;

import io.kontor.query.readmodel.ReadModel;
import io.kontor.query.readmodel.ReadModelSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** The history read model ({@code readmodel/history.sql}): every version of accounts, contacts and opportunities with the interval it was valid in, for reads as of any instant. */
@Configuration(proxyBeanMethods = false)
public class HistoryReadModel {

    public static final String NAME = "history";

    @Bean
    ReadModel history(JdbcTemplate jdbc) {
        return of(jdbc);
    }

    public static ReadModel of(JdbcTemplate jdbc) {
        return new ReadModel(NAME, 1, ReadModelSchema.of(NAME), List.of(new HistoryProjection(jdbc)), HistoryFold::new);
    }
}
