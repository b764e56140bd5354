package dev.supervisorportal.portal.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.supervisorportal.backend.common.Messages;
import dev.supervisorportal.backend.users.UserAccounts;
import dev.supervisorportal.portal.preferences.BrowserCookie;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * Which language a new page speaks: the signed-in user's choice, else the one last chosen in this browser (a cookie,
 * which also serves the sign-in page), else the browser's own language when the portal speaks it, else English.
 */
@Component
class LanguageChoice implements VaadinServiceInitListener {

    static final String COOKIE = "portal-language";

    private final UserAccounts users;
    private final AuthenticationContext authentication;

    LanguageChoice(UserAccounts users, AuthenticationContext authentication) {
        this.users = users;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale language = languageFor(VaadinRequest.getCurrent());
            init.getUI().setLocale(language);
            init.getUI().getSession().setLocale(language);
        });
    }

    Locale languageFor(VaadinRequest request) {
        return authentication.getPrincipalName().flatMap(users::language)
                .or(() -> cookie(request))
                .or(() -> Optional.ofNullable(request).map(VaadinRequest::getLocale).map(LanguageChoice::spoken))
                .filter(Messages.LANGUAGES::contains)
                .orElse(Locale.ENGLISH);
    }

    /** The portal's language for a browser's ({@code de-AT} is German), or {@code null}. */
    static Locale spoken(Locale browser) {
        return Messages.LANGUAGES.stream().filter(language -> language.getLanguage().equals(browser.getLanguage()))
                .findFirst().orElse(null);
    }

    private static Optional<Locale> cookie(VaadinRequest request) {
        return BrowserCookie.value(request, COOKIE).map(tag -> spoken(Locale.forLanguageTag(tag)));
    }
}
