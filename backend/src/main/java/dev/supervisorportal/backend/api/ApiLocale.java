package dev.supervisorportal.backend.api;

import dev.supervisorportal.backend.common.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.util.Locale;

/**
 * The language the API answers in: the request's {@code Accept-Language} when it asks for English or German
 * ({@code de-CH} counts as German), English otherwise – never the server's own default locale.
 */
@Configuration(proxyBeanMethods = false)
class ApiLocale {

    /** Spring MVC's {@code localeResolver}, which the problem details and every {@code Msg} in a reply follow. */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(Messages.LANGUAGES);
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }
}
