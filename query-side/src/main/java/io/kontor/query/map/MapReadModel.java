package io.kontor.query.map;

import io.kontor.query.readmodel.ReadModel;
import io.kontor.query.readmodel.ReadModelSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The account map read model ({@code readmodel/map.sql}): accounts, people, relationships and
 * buying-center seats as periods of event time, and the reviews of the maps. One read model, so a move
 * and the changes of the people below it are applied in the order they happened.
 */
@Configuration(proxyBeanMethods = false)
public class MapReadModel {

    public static final String NAME = "map";

    @Bean
    ReadModel map(JdbcTemplate jdbc) {
        return of(jdbc);
    }

    public static ReadModel of(JdbcTemplate jdbc) {
        return new ReadModel(NAME, 3, ReadModelSchema.of(NAME), List.of(MapPeopleProjection.live(jdbc),
                MapBuyingCenterProjection.live(jdbc)), () -> new MapFold(jdbc));
    }
}
