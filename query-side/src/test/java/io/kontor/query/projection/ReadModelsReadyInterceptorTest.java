package io.kontor.query.projection;

import io.kontor.query.contact.ContactsReadModel;
import io.kontor.query.readmodel.Generations;
import io.kontor.query.readmodel.ReadModels;
import io.kontor.query.readmodel.SearchPath;
import io.kontor.platform.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** While a read model has no live generation of this code's shape yet, reads are refused rather than answered from nothing. */
class ReadModelsReadyInterceptorTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.h2());
    private final ReadModels readModels = new ReadModels(List.of(ContactsReadModel.of(jdbc)));
    private final ReadModelsReadyInterceptor interceptor =
            new ReadModelsReadyInterceptor(new Generations(jdbc, new SearchPath()), readModels);

    @Test
    void aReadBeforeTheFirstGenerationIsLiveIsRefusedAndOneAfterGoesThrough() {
        assertThatThrownBy(() -> interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), null))
                .isInstanceOf(ReadModelsBuildingException.class).hasMessageContaining("[contacts]");

        live(readModels.named("contacts").readModel().shape());

        assertThat(interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), null)).isTrue();
    }

    @Test
    void aReadWhileOnlyAGenerationOfAnOlderShapeIsLiveIsRefused() {
        live("an older shape");

        assertThatThrownBy(() -> interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), null))
                .isInstanceOf(ReadModelsBuildingException.class).hasMessageContaining("[contacts]");
    }

    private void live(String shape) {
        jdbc.update("INSERT INTO read_model_generation (read_model, generation, schema_name, shape, state, position, "
                + "events_done, events_total, requested_by, requested_at) VALUES ('contacts', 1, 'rm_contacts_1', ?, "
                + "'LIVE', 0, 0, 0, 'test', ?)", shape, Timestamp.from(Instant.now()));
    }
}
