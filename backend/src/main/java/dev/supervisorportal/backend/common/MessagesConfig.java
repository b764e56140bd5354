package dev.supervisorportal.backend.common;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes {@link Messages#source()} the application context's {@code messageSource}. */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

    @Bean
    MessageSource messageSource() {
        return Messages.source();
    }
}
