package io.kontor.platform.axon;

import io.kontor.api.common.DataSubject;
import io.kontor.api.common.PersonalData;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactDetails;
import io.kontor.platform.privacy.PersonalDataCodec;
import io.kontor.platform.privacy.PersonalDataSerializer;
import io.kontor.platform.privacy.SubjectKeys;
import io.kontor.platform.testing.TestDatabases;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataSerializerTest {

    private static final DataSource DATABASE = TestDatabases.h2();
    private final JdbcTemplate jdbc = new JdbcTemplate(DATABASE);
    private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(DATABASE));
    private final SubjectKeys keys = new SubjectKeys(jdbc, Duration.ofMinutes(1));
    private final JacksonSerializer json = new AxonInfrastructureConfiguration().serializer(new AxonInfrastructureConfiguration()
            .revisionResolver());
    private final Serializer serializer = new PersonalDataSerializer(json, new PersonalDataCodec(keys));
    private final UUID anna = UUID.randomUUID();
    private final ContactAdded added = new ContactAdded(anna, UUID.randomUUID(),
            new ContactDetails("Anna", "Wiśniewska", "anna@grupa-lodz.pl", "+48 22 123 45 67", null));

    @Test
    void storesAPersonsFieldsOnlyEncryptedAndReadsThemBackWhole() {
        byte[] stored = inTransaction(() -> serializer.serialize(added, byte[].class).getData());

        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("Anna", "Wiśniewska", "anna@grupa-lodz.pl", "123 45")
                .contains(anna.toString(), added.accountId().toString(), "\"phone\":{\"$pd\":").contains("\"jobTitle\":null");
        assertThat(read(stored, ContactAdded.class)).isEqualTo(added);
    }

    @Test
    void oncePersonsKeyIsDestroyedTheirFieldsReadErasedAndEverythingElseStays() {
        byte[] stored = inTransaction(() -> serializer.serialize(added, byte[].class).getData());
        inTransaction(() -> {
            keys.destroy(anna);
            return null;
        });

        assertThat(read(stored, ContactAdded.class)).isEqualTo(new ContactAdded(anna, added.accountId(),
                new ContactDetails("[erased]", "[erased]", "[erased]", "[erased]", null)));
        assertThat(jdbc.queryForObject("SELECT data_key FROM subject_key WHERE subject_id = ?", byte[].class, anna)).isNull();
    }

    @Test
    void whatIsWrittenForAnErasedPersonIsErasedTooNeverTheValueStillHeldInMemory() {
        inTransaction(() -> {
            keys.destroy(anna);
            return null;
        });
        byte[] stored = inTransaction(() -> serializer.serialize(added, byte[].class).getData());

        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("Anna").contains("\"firstName\":\"[erased]\"");
        assertThat(jdbc.queryForObject("SELECT data_key FROM subject_key WHERE subject_id = ?", byte[].class, anna)).isNull();
    }

    @Test
    void aKeyCreatedInATransactionThatRolledBackIsNeverUsedAgain() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            serializer.serialize(added, byte[].class);
            throw new IllegalStateException("the command failed after serializing");
        })).hasMessageContaining("the command failed");
        byte[] stored = inTransaction(() -> serializer.serialize(added, byte[].class).getData());

        assertThat(jdbc.queryForList("SELECT subject_id FROM subject_key WHERE subject_id = ?", UUID.class, anna)).hasSize(1);
        SubjectKeys coldCache = new SubjectKeys(jdbc, Duration.ofMinutes(1));
        assertThat(new PersonalDataSerializer(json, new PersonalDataCodec(coldCache)).<byte[], ContactAdded>deserialize(
                serializer.serialize(added, byte[].class))).isEqualTo(added);
        assertThat(read(stored, ContactAdded.class)).isEqualTo(added);
    }

    @Test
    void anotherProcessSeesTheErasureWhenItForgetsItsCachedKey() {
        byte[] stored = inTransaction(() -> serializer.serialize(added, byte[].class).getData());
        SubjectKeys otherNode = new SubjectKeys(jdbc, Duration.ofMinutes(1));
        Serializer otherSerializer = new PersonalDataSerializer(json, new PersonalDataCodec(otherNode));
        assertThat(otherSerializer.<byte[], ContactAdded>deserialize(serialized(stored, ContactAdded.class))).isEqualTo(added);

        inTransaction(() -> {
            keys.destroy(anna);
            return null;
        });
        otherNode.forget(anna);

        assertThat(otherSerializer.<byte[], ContactAdded>deserialize(serialized(stored, ContactAdded.class)).details().firstName())
                .isEqualTo(PersonalData.ERASED);
    }

    @Test
    void plainTextWrittenBeforeEncryptionIsReadAsItIsUntilThePersonIsErased() {
        byte[] legacy = json.serialize(added, byte[].class).getData();
        assertThat(read(legacy, ContactAdded.class)).isEqualTo(added);

        inTransaction(() -> {
            keys.destroy(anna);
            return null;
        });
        assertThat(read(legacy, ContactAdded.class).details().lastName()).isEqualTo(PersonalData.ERASED);
    }

    @Test
    void aValueMovedToAnotherFieldOrChangedFailsItsTag() {
        byte[] stored = inTransaction(() -> serializer.serialize(added, byte[].class).getData());
        String text = new String(stored, StandardCharsets.UTF_8);
        String firstName = text.replaceAll("(?s).*\"firstName\":(\\{[^}]*}).*", "$1");
        String swapped = text.replaceAll("\"lastName\":\\{[^}]*}", "\"lastName\":" + Matcher.quoteReplacement(firstName));

        assertThatThrownBy(() -> read(swapped.getBytes(StandardCharsets.UTF_8), ContactAdded.class))
                .hasMessageContaining("lastName fails its authentication tag");
    }

    @Test
    void personalFieldsInsideCollectionsAndMapsOfASnapshotAreEncryptedToo() {
        Diary diary = new Diary(anna, List.of(new Note("met at the fair", 3)), Map.of("first", new Note("likes golf", 1)));
        byte[] stored = inTransaction(() -> serializer.serialize(diary, byte[].class).getData());

        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("fair", "golf").contains("\"weight\":3");
        assertThat(read(stored, Diary.class)).isEqualTo(diary);
    }

    @Test
    void aTypeWithPersonalDataButNoPersonNamedIsRefused() {
        assertThatThrownBy(() -> serializer.serialize(new Note("whose?", 1), byte[].class))
                .hasMessageContaining("no field marked @DataSubject");
    }

    record Note(@PersonalData String text, int weight) {
    }

    record Diary(@DataSubject UUID personId, List<Note> notes, Map<String, Note> byName) {
    }

    private <T> T read(byte[] stored, Class<T> type) {
        return serializer.deserialize(serialized(stored, type));
    }

    private SerializedObject<byte[]> serialized(byte[] stored, Class<?> type) {
        return new SimpleSerializedObject<>(stored, byte[].class, json.typeForClass(type));
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }
}
