package dev.supervisorportal.portal.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.supervisorportal.backend.common.Messages;
import dev.supervisorportal.backend.users.UserAccounts;
import jakarta.servlet.http.Cookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
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

    LanguageChoice(UserAccounts users) {
        this.users = users;
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
        return signedInUser().flatMap(users::language)
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

    private static Optional<String> signedInUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                ? Optional.empty() : Optional.of(authentication.getName());
    }

    private static Optional<Locale> cookie(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        return Optional.ofNullable(cookies).stream().flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName())).findFirst()
                .map(cookie -> spoken(Locale.forLanguageTag(cookie.getValue())));
    }
}
