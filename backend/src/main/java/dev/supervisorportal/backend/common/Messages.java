package dev.supervisorportal.backend.common;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The portal's message bundles: every {@code i18n/<feature>.properties} on the classpath (English) with its
 * {@code i18n/<feature>_de.properties} (German). English is the fallback; an apostrophe is always written twice
 * ({@code can''t}), because every message goes through {@link java.text.MessageFormat}.
 */
public final class Messages {

    /** The languages the portal speaks, the first being the default. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final MessageSource SOURCE = create();

    private Messages() {
    }

    /** The one message source of the application (the backend's beans and the portal's views use it). */
    public static MessageSource source() {
        return SOURCE;
    }

    public static String text(Msg message, Locale locale) {
        return SOURCE.getMessage(message, locale);
    }

    /** The base names of the bundles, such as {@code i18n/workloads}: one per {@code .properties} without a language. */
    public static List<String> baseNames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            return Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull)
                    .filter(name -> !name.contains("_"))
                    .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
    }

    private static MessageSource create() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(baseNames().toArray(String[]::new));
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
