package io.kontor.platform.leads;

import io.kontor.api.lead.Questionnaire;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lead questionnaire, bound from {@code kontor.leads.questionnaire} (a default ships in the
 * platform's defaults). The command side scores with it, the query side serves it; both read the same
 * settings. An inconsistent questionnaire stops the application at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuestionnaireConfiguration.LeadSettings.class)
public class QuestionnaireConfiguration {

    @Bean
    Questionnaire leadQuestionnaire(LeadSettings settings) {
        return settings.questionnaire();
    }

    @ConfigurationProperties("kontor.leads")
    public record LeadSettings(Questionnaire questionnaire) {
    }
}
