package io.kontor.api.lead;

import io.kontor.api.common.Violations;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A qualification questionnaire in the manner of SAP CRM (seed 004): questions with weighted answers.
 * The score is the chosen answers' weight as a share of the highest weight reachable, 0 to 100; a
 * question left unanswered counts as its lowest answer, zero. A lead qualifies at {@code threshold} or above.
 */
public record Questionnaire(String id, String title, List<Question> questions, int threshold) {

    public record Question(String id, String text, List<Answer> answers) {
        int highestWeight() {
            return answers.stream().mapToInt(Answer::weight).max().orElse(0);
        }
    }

    public record Answer(String id, String text, int weight) {
    }

    public Questionnaire {
        questions = List.copyOf(questions);
        Set<String> ids = new HashSet<>();
        for (Question question : questions) {
            if (!ids.add(question.id()) || question.answers().isEmpty()) {
                throw new IllegalArgumentException("questionnaire " + id + ": question ids must be unique and each "
                        + "question needs answers (" + question.id() + ")");
            }
            if (question.answers().stream().anyMatch(answer -> answer.weight() < 0)) {
                throw new IllegalArgumentException("questionnaire " + id + ": weights must not be negative");
            }
        }
        if (threshold < 0 || threshold > 100 || questions.stream().mapToInt(Question::highestWeight).sum() <= 0) {
            throw new IllegalArgumentException("questionnaire " + id + ": the threshold must be 0-100 and some "
                    + "answer must weigh more than 0");
        }
    }

    /** The score of the given answers (question id to answer id); unknown questions or answers are invalid input. */
    public int score(Map<String, String> answers) {
        Violations violations = new Violations();
        int reached = 0;
        for (Map.Entry<String, String> given : answers.entrySet()) {
            Question question = questions.stream().filter(q -> q.id().equals(given.getKey())).findFirst().orElse(null);
            if (question == null) {
                violations.add("answers." + given.getKey(), "is not a question of questionnaire " + id);
                continue;
            }
            Answer answer = question.answers().stream().filter(a -> a.id().equals(given.getValue())).findFirst().orElse(null);
            if (answer == null) {
                violations.add("answers." + given.getKey(), "\"" + given.getValue() + "\" is not one of its answers");
            } else {
                reached += answer.weight();
            }
        }
        violations.throwIfAny();
        int reachable = questions.stream().mapToInt(Question::highestWeight).sum();
        return Math.round(100f * reached / reachable);
    }
}
