package io.kontor.query.contact;

import io.kontor.query.projection.EntityFold;
import io.kontor.query.readmodel.ReadModel;
import io.kontor.query.readmodel.ReadModelSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** The contacts read model ({@code readmodel/contacts.sql}): contacts as the API shows them. */
@Configuration(proxyBeanMethods = false)
public class ContactsReadModel {

    public static final String NAME = "contacts";

    @Bean
    ReadModel contacts(JdbcTemplate jdbc) {
        return of(jdbc);
    }

    public static ReadModel of(JdbcTemplate jdbc) {
        return new ReadModel(NAME, 2, ReadModelSchema.of(NAME), List.of(new ContactProjection(jdbc)),
                () -> new EntityFold(ContactProjection.SHAPE, ContactProjection::new));
    }
}
