package io.kontor.query.projection;

import io.kontor.query.readmodel.ReadModelDatabases;
import io.kontor.query.replay.BatchedRowsForTests;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same writes give the same rows whether they go to the table or through memory into it. */
class EntityRowsTest {

    private static final EntityShape SHAPE = new EntityShape("contact_view", "id", List.of("account_id", "first_name",
            "last_name", "email", "email_domain", "phone", "job_title", "external_ids"), List.of());
    private static final UUID ANNA = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final UUID ACME = UUID.fromString("00000000-0000-7000-8000-000000000002");
    private static final UUID OTHER = UUID.fromString("00000000-0000-7000-8000-000000000003");

    @Test
    void aRepeatedOrStaleEventChangesNothingAndAnErasureKeepsEmptyFieldsEmpty() {
        Consumer<EntityRows> writes = rows -> {
            rows.insert(ANNA, 0, Map.of("account_id", ACME, "first_name", "Anna", "last_name", "Nowak", "email", "a@acme.pl"));
            rows.insert(ANNA, 0, Map.of("account_id", OTHER, "first_name", "Again", "last_name", "Again"));
            assertThat(rows.update(ANNA, 1, Map.of("account_id", OTHER))).isTrue();
            assertThat(rows.update(ANNA, 1, Map.of("account_id", ACME))).as("the same event again").isFalse();
            assertThat(rows.update(OTHER, 1, Map.of("first_name", "Nobody"))).as("no such row").isFalse();
            assertThat(rows.update(ANNA, 2, Map.of("first_name", "[erased]"), Map.of("email", "[erased]", "phone", "[erased]")))
                    .isTrue();
        };
        JdbcTemplate live = ReadModelDatabases.h2("contacts");
        writes.accept(new EntityTable(live, SHAPE));
        JdbcTemplate rebuilt = ReadModelDatabases.h2("contacts");
        EntityRowsInMemory memory = new EntityRowsInMemory(SHAPE);
        writes.accept(memory);
        BatchedRowsForTests.write(rebuilt, memory::finish);

        assertThat(rows(rebuilt)).isEqualTo(rows(live));
        assertThat(rows(live)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("ACCOUNT_ID", OTHER).containsEntry("FIRST_NAME", "[erased]")
                    .containsEntry("EMAIL", "[erased]").containsEntry("VERSION", 2L);
            assertThat(row.get("PHONE")).as("no phone before, none now").isNull();
        });
    }

    @Test
    void aColumnTheTableLacksIsRefusedInMemoryAsTheDatabaseRefusesIt() {
        EntityRowsInMemory memory = new EntityRowsInMemory(SHAPE);
        assertThatThrownBy(() -> memory.insert(ANNA, 0, Map.of("nickname", "Ania")))
                .hasMessageContaining("contact_view has no column nickname");
        assertThatThrownBy(() -> memory.putPart("contact_seat", ANNA, ACME, Map.of()))
                .hasMessageContaining("contact_view has no part table contact_seat");
    }

    private static List<Map<String, Object>> rows(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT * FROM contact_view").stream().map(row -> (Map<String, Object>) new TreeMap<>(row)).toList();
    }
}
