package dev.supervisorportal.portal.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import dev.supervisorportal.backend.common.Messages;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Vaadin's translations from the application's message bundles ({@link Messages}): the portal's labels
 * ({@code i18n/portal-*.properties}) and the backend's messages alike, in English and German. A key missing in both
 * shows as {@code !key!}; {@code TranslationsCompleteTest} keeps that from happening.
 */
@Component
public class PortalTranslations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /** The text of {@code key} in {@code locale}; {@code !key!} when no bundle has it. */
    static String translate(String key, Locale locale, Object... params) {
        return Messages.source().getMessage(key, params, "!" + key + "!", locale);
    }

    /** Also translates a backend {@link dev.supervisorportal.backend.common.Msg} given as the key. */
    @Override
    public String getTranslation(Object key, Locale locale, Object... params) {
        return key instanceof MessageSourceResolvable message ? Messages.source().getMessage(message, locale)
                : getTranslation(String.valueOf(key), locale, params);
    }
}
