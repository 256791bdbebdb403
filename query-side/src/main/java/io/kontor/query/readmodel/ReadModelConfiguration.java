package io.kontor.query.readmodel;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** Points every connection of the application at the live read-model generations. */
@Configuration(proxyBeanMethods = false)
public class ReadModelConfiguration {

    @Bean
    static SearchPath readModelSearchPath() {
        return new SearchPath();
    }

    @Bean
    static BeanPostProcessor generationAwareDataSource(ObjectProvider<SearchPath> searchPath) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof GenerationDataSource)) {
                    return new GenerationDataSource(dataSource, searchPath.getObject());
                }
                return bean;
            }
        };
    }
}
