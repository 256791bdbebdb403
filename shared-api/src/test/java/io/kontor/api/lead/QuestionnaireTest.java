package io.kontor.api.lead;

import io.kontor.api.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionnaireTest {

    private final Questionnaire questionnaire = new Questionnaire("q", "Q", List.of(
            new Questionnaire.Question("budget", "Budget?", List.of(new Questionnaire.Answer("yes", "Yes", 30),
                    new Questionnaire.Answer("no", "No", 0))),
            new Questionnaire.Question("size", "Size?", List.of(new Questionnaire.Answer("big", "Big", 10),
                    new Questionnaire.Answer("small", "Small", 1)))), 50);

    @Test
    void scoresTheShareOfTheHighestReachableWeight() {
        assertThat(questionnaire.score(Map.of("budget", "yes", "size", "big"))).isEqualTo(100);
        assertThat(questionnaire.score(Map.of("budget", "yes", "size", "small"))).isEqualTo(78);
        assertThat(questionnaire.score(Map.of("budget", "yes"))).as("an unanswered question counts zero").isEqualTo(75);
        assertThat(questionnaire.score(Map.of("budget", "no", "size", "small"))).isEqualTo(3);
    }

    @Test
    void refusesUnknownQuestionsAndAnswers() {
        assertThatThrownBy(() -> questionnaire.score(Map.of("budget", "maybe", "mood", "good")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("answers.budget").hasMessageContaining("answers.mood");
    }

    @Test
    void refusesAnInconsistentQuestionnaire() {
        assertThatThrownBy(() -> new Questionnaire("bad", "Bad", List.of(), 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Questionnaire("bad", "Bad", questionnaire.questions(), 101))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
